-- series: indicators over time in one area, by organization and breakdown.
-- Grain: one row per indicator × organization × breakdown × bucket.
-- $indicators     list of indicator codes; a ratio (overdue_ratio) is recomputed from the sums of
--                 its numerator and denominator, never averaged
-- $organizations  list of organization codes; '*' is the all-organizations total
-- $breakdowns     list of breakdown codes; '' is the total
-- $bucket_kind    quarter | half | nine_months | year
-- $date_from, $date_to   buckets whose end date lies in this range …
-- $bucket_ids     … or whose id is in this list (KPI comparisons); an empty list for none
-- $area_id        'VN', a province id, or a smaller unit's id
-- $area_is_top    true for 'VN' and provinces (read the pre-summed fact_area)
-- $mode           current | as_reported
-- $scope          all | sourced
-- List parameters are tested with list_contains, not `in (select unnest(…))`: each such
-- subquery is a join to plan, and planning cost more than reading (national scale: 47 → 23 ms).
with
wanted as (
    select * from indicator_component where list_contains($indicators, target)
),
top_rows as (
    select organization, breakdown, bucket_id, bucket_end, indicator, value, n_units, is_demo, source_ids, approx
    from fact_area
    where $area_is_top
        and mode = $mode and scope = $scope and area_id = $area_id
        and indicator in (select component from wanted)
        and list_contains($organizations, organization)
        and list_contains($breakdowns, breakdown)
        and bucket_kind = $bucket_kind
        and (bucket_end between $date_from and $date_to or list_contains($bucket_ids, bucket_id))
),
unit_rows as (
    select
        f.organization, f.breakdown, f.bucket_id, any_value(f.bucket_end) as bucket_end, f.indicator,
        sum(f.value) as value, count(*) as n_units, bool_or(f.is_demo) as is_demo,
        list_distinct(flatten(list(f.source_ids))) as source_ids,
        case when count(*) = 1 then max(f.approx) else '' end as approx
    from fact_effective as f
    join locality as l using (locality_id)
    where not $area_is_top
        and f.scope in ($scope, 'both')  -- rows of both scopes are stored once (derive_4)
        and (
            l.locality_id = $area_id
            or l.district_id = $area_id
            or ($mode = 'current' and l.current_commune_id = $area_id)
        )
        and f.indicator in (select component from wanted)
        and list_contains($organizations, f.organization)
        and list_contains($breakdowns, f.breakdown)
        and f.bucket_kind = $bucket_kind
        and (f.bucket_end between $date_from and $date_to or list_contains($bucket_ids, f.bucket_id))
    group by f.organization, f.breakdown, f.bucket_id, f.indicator
),
rows as (
    select * from top_rows
    union all
    select * from unit_rows
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
    case when count(*) = 1 then max(r.approx) else '' end as approx
from rows as r
join wanted as w on w.component = r.indicator
group by w.target, r.organization, r.breakdown, r.bucket_id, w.kind, w.numerator, w.denominator
order by w.target, r.organization, r.breakdown, bucket_end;
