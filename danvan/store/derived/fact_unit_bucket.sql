-- Grain: one row per locality × organization × indicator × breakdown × bucket, where a bucket is a
-- quarter, half-year, nine months or year. An intermediate table: fact_effective reads it, and
-- warehouse.derive drops it afterwards (the dashboard never reads it).
--
-- Rules, in order:
-- 1. A stored figure belongs to every bucket that contains its whole period; a stock or cumulative
--    figure (time_aggregation 'last') describes the position at its period's end, so it also
--    belongs to every bucket that contains that end: a year's 180.455 members are the members at
--    31/12, in Quý IV and 6 tháng cuối năm too, and "688 models from 2011 to 2017" is the
--    cumulative count at the end of 2017.
-- 2. Sourced over demo, never mixed: within one province (of the figure's own era), for one
--    organization/indicator/breakdown/bucket, if any sourced figure exists the demo figures are
--    left out, so a real figure is never added to an invented one.
-- 3. Per unit and bucket: a figure stored for exactly that bucket wins. Otherwise
--    stock and cumulative (time_aggregation 'last') take the latest figure in the bucket (the later
--    end; of two with the same end, the longer period: a quarter's report over its last month), and only
--    for a unit that still exists at the bucket's end (a legacy district has no stock at the end
--    of 2025); flows ('sum') add up the figures of the finest period kind present
--    (quarters, else months, else half-years). `complete` says whether the value covers the whole
--    bucket (used to let a wider unit's figure win, see fact_effective).
-- 4. `covers` says whether the unit reported the bucket, for the reporting counts ("41/54 xã báo
--    cáo", fact_area): a figure for exactly the bucket; a stock reported in the bucket's last
--    quarter; a flow whose figures cover every quarter (month, half-year) of the bucket during
--    which the unit existed — a legacy district's two quarters of 2025, a new commune's last two.
--
-- The dashboard's "sourced only" scope needs no rows of its own here: by rule 2 a row that has a
-- sourced figure has no demo figure beside it, so the rows of that scope are exactly the rows
-- with `not is_demo` (fact_effective takes them from here).
-- Sources travel as small integers, numbered in their sort order (so a sorted list of numbers is a
-- sorted list of ids), and fact_effective turns them back into ids; qualifiers likewise within this step.
-- Aggregating text costs a copy per row and group (a batch id is longer than DuckDB keeps inline):
-- seconds at the national scale. Both tables are intermediate, kept in memory (temp) and dropped
-- by warehouse.derive.
create or replace temp table source_number as
select source_id, row_number() over (order by source_id)::integer as source_no from source;

create or replace temp table fact_unit_bucket as
with
approx_no as (
    select approx, row_number() over (order by approx)::integer as no
    from (select distinct approx from fact_resolved union select '')  -- '' is code 1, used below
),
approx_names as (
    select list(approx order by no) as names from approx_no
),
period_bucket as (
    select
        p.period_id, p.start_date as period_start, p.end_date as period_end,
        b.kind as bucket_kind, b.period_id as bucket_id, b.start_date as bucket_start,
        b.end_date as bucket_end, b.start_date <= p.start_date as contained,
        -- compared once per period and bucket here, not once per figure in the grouping below
        p.period_id = b.period_id as exact, p.kind = 'quarter' as of_quarter,
        p.kind = 'month' as of_month, p.kind = 'half' as of_half,
        -- "latest" for stocks: the later end, then the longer period (a quarter over its last month)
        date_diff('day', date '2000-01-01', p.end_date) * 100000
            + date_diff('day', p.start_date, p.end_date) as period_order
    from period as p
    join bucket as b on b.start_date <= p.end_date and p.end_date <= b.end_date  -- its end inside (rule 1)
),
-- indicators counted at a point in time (rule 1: their figures also sit in a bucket by their end)
point_indicator as (
    select code as indicator from indicator where time_aggregation = 'last'
),
in_bucket as (
    select
        s.* exclude (source_id, approx), sn.source_no, an.no as approx_no,
        pb.* exclude (period_id, bucket_start, bucket_end, contained), l.province_id, l.valid_from, l.valid_to
    from fact_resolved as s
    join source_number as sn using (source_id)
    join approx_no as an using (approx)
    join period_bucket as pb using (period_id)
    join locality as l using (locality_id)
    where pb.contained or s.indicator in (select indicator from point_indicator)
),
sourced_keys as (
    select distinct province_id, organization, indicator, breakdown, bucket_id
    from in_bucket
    where not is_demo
),
kept as (
    select b.*
    from in_bucket as b
    left join sourced_keys as k
        on b.is_demo
        and k.province_id = b.province_id and k.organization = b.organization
        and k.indicator = b.indicator and k.breakdown = b.breakdown and k.bucket_id = b.bucket_id
    where k.province_id is null
),
per_unit as (
    select
        locality_id, organization, indicator, breakdown, bucket_id,
        any_value(bucket_kind) as bucket_kind,  -- follows from the bucket: not a key to hash
        bool_or(is_demo) as is_demo,
        any_value(valid_from) as valid_from,
        any_value(valid_to) as valid_to,
        list(source_no) as source_nos,
        max(value) filter (where exact) as exact_value,
        max(approx_no) filter (where exact) as exact_approx,
        arg_max(value, period_order) as last_value,
        arg_max(approx_no, period_order) as last_approx,
        max(period_end) as last_end,
        sum(value) filter (where of_quarter) as q_sum,
        count(*) filter (where of_quarter) as q_n,
        sum(value) filter (where of_month) as m_sum,
        count(*) filter (where of_month) as m_n,
        sum(value) filter (where of_half) as h_sum,
        count(*) filter (where of_half) as h_n,
        max(approx_no) filter (where of_quarter or of_month or of_half) as sum_approx,
        count(*) as n_facts
    from kept
    group by locality_id, organization, indicator, breakdown, bucket_id
),
-- what follows from the bucket and the indicator is joined after grouping: a smaller state per group
-- (the unit's validity rides along, its table is joined before grouping anyway)
per_unit_attrs as (
    select
        u.*, b.start_date as bucket_start, b.end_date as bucket_end, i.time_aggregation,
        -- months of the bucket during which the unit existed (validity starts and ends on quarter bounds)
        greatest(
            0,
            date_diff(
                'month',
                greatest(b.start_date, coalesce(u.valid_from, b.start_date)),
                least(b.end_date, coalesce(u.valid_to, b.end_date)) + 1
            )
        ) as valid_months
    from per_unit as u
    join bucket as b on b.period_id = u.bucket_id
    join indicator as i on i.code = u.indicator
),
valued as (
    select
        *,
        case
            when exact_value is not null then exact_value
            when time_aggregation = 'last' then last_value
            when q_n > 0 then q_sum
            when m_n > 0 then m_sum
            when h_n > 0 then h_sum
        end as value,
        case
            when exact_value is not null then exact_approx
            when time_aggregation = 'last' then last_approx
            when n_facts = 1 then sum_approx
            else 1  -- ''
        end as approx_no,
        case
            when exact_value is not null then true
            when time_aggregation = 'last' then last_end = bucket_end
            when q_n > 0 then q_n = (month(bucket_end) - month(bucket_start) + 1) // 3
            when m_n > 0 then m_n = month(bucket_end) - month(bucket_start) + 1
            when h_n > 0 then h_n = (month(bucket_end) - month(bucket_start) + 1) // 6
            else false
        end as complete,
        case
            when exact_value is not null then true
            when time_aggregation = 'last' then last_end > bucket_end - interval 3 month
            when q_n > 0 then q_n * 3 >= valid_months
            when m_n > 0 then m_n >= valid_months
            when h_n > 0 then h_n * 6 >= valid_months
            else false
        end as covers
    from per_unit_attrs
)
select
    locality_id, organization, indicator, breakdown, bucket_kind, bucket_id, bucket_end, value,
    a.names[approx_no] as approx, complete, covers, is_demo, list_sort(list_distinct(source_nos)) as source_nos,
    n_facts
from valued
cross join approx_names as a
where value is not null
    -- a stock needs the unit to exist at the bucket's end, unless the figure is for that bucket
    and (time_aggregation <> 'last' or exact_value is not null or valid_to is null or valid_to >= bucket_end);
