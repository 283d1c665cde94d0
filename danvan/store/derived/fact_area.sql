-- Grain: one row per boundary mode × scope × area × organization × indicator × breakdown × bucket,
-- for the areas every dashboard view starts from: the nation ('VN') and the provinces. Views inside
-- a province (its communes, or a legacy province's districts) read fact_effective directly.
-- mode 'current': every unit is counted in today's province (the crosswalk is exact for provinces);
-- mode 'as_reported': every unit is counted in the province it belonged to.
-- Stocks and flows both add up across units; ratios are recomputed by the queries from the sums.
-- The nation adds up every unit once, and is the same in both modes: the same units, only grouped
-- differently below the nation.
-- fact_effective stores a row of both scopes once (scope 'both'); here it counts in each.
-- The units are read once: first added up per stored scope, today's province and the province as
-- reported (sums, counts and lists add up again), then placed in both modes, the nation and both
-- scopes, and added up once more.
-- Source lists are gathered distinct before they are flattened: most units share one list, and
-- flattening every unit's list first costs a second at the national scale.
--
-- Reporting counts ("41/54 xã báo cáo"), counted in communes — the units that report since the
-- reform, and the finest level before it, so both eras count alike (with the few legacy districts
-- that have no commune: locality_reporting):
-- * units_expected: the communes of the area that existed at the bucket's end (a stock or a
--   cumulative count) or at any time during it (a flow: a 2025 flow expects the legacy communes
--   of the first half and today's communes of the second).
-- * units_reporting: the communes covered by a unit figure that reports the whole bucket
--   (`covers`, fact_unit_bucket): a commune's own, or a district's or province's figure, which covers
--   every commune inside it.
-- * the all-organizations total '*' is reported as far as its least reported organization is,
--   plus the units reported by a combined figure (MTTQ and the organizations together): one
--   commune's figure for Hội LHPN beside every commune's for the others is 1/54 for the total.
create or replace table fact_area as
with
by_province as (
    select
        f.scope as stored_scope, l.current_province_id, l.province_id, f.organization, f.indicator,
        f.breakdown, f.bucket_kind, f.bucket_id,
        any_value(f.bucket_end) as bucket_end,
        sum(f.value) as value,
        count(*) as n,
        max(f.approx) as approx,  -- used only where n = 1
        bool_or(f.is_demo) as is_demo,
        list_distinct(flatten(list(distinct f.source_ids))) as source_ids,
        sum(case when f.covers then i.reporting_units else 0 end) as reporting
    from fact_effective as f
    join locality as l using (locality_id)
    join locality_reporting as i using (locality_id)
    group by all
),
scoped as (
    select 'all' as scope, * exclude (stored_scope) from by_province where stored_scope in ('all', 'both')
    union all
    select 'sourced' as scope, * exclude (stored_scope) from by_province
    where stored_scope in ('sourced', 'both')
),
placed as (
    select 'current' as mode, current_province_id as area_id, 'province' as area_level, * from scoped
    union all
    select 'as_reported' as mode, province_id as area_id, 'province' as area_level, * from scoped
    union all
    -- the nation, the same in both modes: placed once, copied into each below
    select 'nation' as mode, 'VN' as area_id, 'national' as area_level, * from scoped
),
area as (
    select
        mode, scope, area_id, area_level, organization, indicator, breakdown, bucket_kind, bucket_id,
        any_value(bucket_end) as bucket_end,
        sum(value) as value,
        case when sum(n) = 1 then max(approx) else '' end as approx,
        sum(n)::bigint as n_units,
        bool_or(is_demo) as is_demo,
        list_distinct(flatten(list(distinct source_ids))) as source_ids,
        sum(reporting)::bigint as units_reporting
    from placed
    group by mode, scope, area_id, area_level, organization, indicator, breakdown, bucket_kind, bucket_id
),
-- the communes each area expects, per bucket: existing at its end, and at any time during it
communes as (
    select province_id, current_province_id, valid_from, valid_to
    from locality
    semi join (select locality_id from locality_reporting where is_reporting_unit) using (locality_id)
),
expected_by_province as (
    select
        b.period_id as bucket_id, c.province_id, c.current_province_id,
        count(*) filter (where coalesce(c.valid_from, b.end_date) <= b.end_date
            and b.end_date <= coalesce(c.valid_to, b.end_date)) as at_end,
        count(*) as during
    from bucket as b
    join communes as c
        on coalesce(c.valid_from, b.end_date) <= b.end_date and b.start_date <= coalesce(c.valid_to, b.start_date)
    where b.period_id in (select distinct bucket_id from by_province)
    group by all
),
expected as (
    select 'current' as mode, current_province_id as area_id, bucket_id, sum(at_end) as at_end,
        sum(during) as during
    from expected_by_province group by all
    union all
    select 'as_reported', province_id, bucket_id, sum(at_end), sum(during) from expected_by_province group by all
    union all
    select 'nation', 'VN', bucket_id, sum(at_end), sum(during) from expected_by_province group by all
),
-- the all-organizations total: its least reported organization, plus what combined figures report
least_reported as (
    select
        mode, scope, area_id, indicator, breakdown, bucket_id,
        min(units_reporting) filter (where organization not in ('*', 'combined')) as single_min,
        max(units_reporting) filter (where organization = 'combined') as combined
    from area
    group by all
),
with_expected as (
    select
        a.*, r.single_min, r.combined,
        coalesce(case when i.time_aggregation = 'last' then e.at_end else e.during end, 0)::bigint
            as units_expected
    from area as a
    join least_reported as r using (mode, scope, area_id, indicator, breakdown, bucket_id)
    join indicator as i on i.code = a.indicator
    left join expected as e using (mode, area_id, bucket_id)
),
counted as (
    select
        * exclude (units_reporting, single_min, combined),
        -- a province's own figure and its communes' may both report: never more than expected
        least(
            case
                when organization = '*'
                    then least(units_reporting, coalesce(single_min, 0) + coalesce(combined, 0))
                else units_reporting
            end,
            units_expected
        ) as units_reporting
    from with_expected
)
select * from counted where mode <> 'nation'
union all by name
select 'current' as mode, * exclude (mode) from counted where mode = 'nation'
union all by name
select 'as_reported' as mode, * exclude (mode) from counted where mode = 'nation'
-- Stored in this order (it changes no value) so that min/max per row group skip what a query
-- for one indicator and a few buckets does not need.
order by mode, scope, indicator, bucket_kind, bucket_end, area_id, organization, breakdown;
