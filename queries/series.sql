-- series: indicators over time in one area, by organization and breakdown.
-- Grain: one row per indicator × organization × breakdown × bucket.
-- $indicators     list of indicator codes; a ratio (overdue_ratio) is recomputed from the sums of
--                 its numerator and denominator, never averaged
-- $organizations  list of organization codes; '*' is the all-organizations total
-- $breakdowns     list of breakdown codes; '' is the total
-- $bucket_ids     the buckets read (a partial year is read as the bucket of its whole quarters,
--                 2026-9M: danvan/queries.py resolves them) …
-- $bucket_kinds   … their kinds, and
-- $date_from, $date_to   the first and last of their end dates: the table is stored in that
--                 order, so these let DuckDB skip what lies outside (they select nothing more)
-- $area_id        'VN', a province id, or a smaller unit's id
-- $area_is_top    true for 'VN' and provinces (read the pre-summed fact_area)
-- $mode           current | as_reported
-- $scope          all | sourced
-- units_reporting / units_expected: communes reported and expected (fact_area); for a ratio, its
-- least reported part. Inside a province they are counted here, from the units' own figures.
-- List parameters are tested with list_contains, not `in (select unnest(…))`: each such
-- subquery is a join to plan, and planning cost more than reading (national scale: 47 → 23 ms).
with
wanted as (
    select * from indicator_component where list_contains($indicators, target)
),
top_rows as (
    select
        organization, breakdown, bucket_id, bucket_end, indicator, value, n_units, is_demo, source_ids,
        approx, units_reporting, units_expected
    from fact_area
    where $area_is_top
        and mode = $mode and scope = $scope and area_id = $area_id
        and indicator in (select component from wanted)
        and list_contains($organizations, organization)
        and list_contains($breakdowns, breakdown)
        and list_contains($bucket_kinds, bucket_kind)
        and bucket_end between $date_from and $date_to
        and list_contains($bucket_ids, bucket_id)
),
-- a unit inside a province: the communes it stands for, before and after the reform
area_communes as (
    select valid_from, valid_to
    from locality
    semi join (select locality_id from locality_reporting where is_reporting_unit) using (locality_id)
    where not $area_is_top
        and (
            locality_id = $area_id
            or district_id = $area_id
            or ($mode = 'current' and current_commune_id = $area_id)
        )
),
area_expected as (
    select
        b.period_id as bucket_id,
        count(*) filter (where coalesce(c.valid_from, b.end_date) <= b.end_date
            and b.end_date <= coalesce(c.valid_to, b.end_date)) as at_end,
        count(*) as during
    from bucket as b
    join area_communes as c
        on coalesce(c.valid_from, b.end_date) <= b.end_date and b.start_date <= coalesce(c.valid_to, b.start_date)
    where list_contains($bucket_ids, b.period_id)
    group by b.period_id
),
unit_rows as (
    select
        f.organization, f.breakdown, f.bucket_id, any_value(f.bucket_end) as bucket_end, f.indicator,
        sum(f.value) as value, count(*) as n_units, bool_or(f.is_demo) as is_demo,
        list_distinct(flatten(list(f.source_ids))) as source_ids,
        case when count(*) = 1 then max(f.approx) else '' end as approx,
        sum(case when f.covers then c.reporting_units else 0 end)::bigint as units_reporting
    from fact_effective as f
    join locality as l using (locality_id)
    join locality_reporting as c using (locality_id)
    where not $area_is_top
        and f.scope in ($scope, 'both')  -- rows of both scopes are stored once (fact_effective)
        and (
            l.locality_id = $area_id
            or l.district_id = $area_id
            or ($mode = 'current' and l.current_commune_id = $area_id)
        )
        and f.indicator in (select component from wanted)
        and list_contains($organizations, f.organization)
        and list_contains($breakdowns, f.breakdown)
        and list_contains($bucket_kinds, f.bucket_kind)
        and f.bucket_end between $date_from and $date_to
        and list_contains($bucket_ids, f.bucket_id)
    group by f.organization, f.breakdown, f.bucket_id, f.indicator
),
unit_rows_counted as (
    select
        u.* exclude (units_reporting),
        coalesce(case when i.time_aggregation = 'last' then e.at_end else e.during end, 0)::bigint as units_expected,
        least(u.units_reporting, units_expected) as units_reporting
    from unit_rows as u
    join indicator as i on i.code = u.indicator
    left join area_expected as e using (bucket_id)
),
rows as (
    select * from top_rows
    union all by name
    select * from unit_rows_counted
)
select
    w.target as indicator,
    r.organization,
    r.breakdown,
    r.bucket_id,
    any_value(r.bucket_end) as bucket_end,
    case
        when w.kind = 'ratio'
            then sum(r.value) filter (where r.indicator = w.numerator)
                / nullif(sum(r.value) filter (where r.indicator = w.denominator), 0)
        else sum(r.value)
    end as value,
    max(r.n_units) as n_units,
    bool_or(r.is_demo) as is_demo,
    list_distinct(flatten(list(r.source_ids))) as source_ids,
    case when count(*) = 1 then max(r.approx) else '' end as approx,
    -- a ratio is reported as far as its least reported part
    case when w.kind = 'ratio' and count(*) < 2 then 0 else min(r.units_reporting) end as units_reporting,
    max(r.units_expected) as units_expected
from rows as r
join wanted as w on w.component = r.indicator
group by w.target, r.organization, r.breakdown, r.bucket_id, w.kind, w.numerator, w.denominator
order by w.target, r.organization, r.breakdown, bucket_end;
