-- ranking: the units directly inside an area, for one bucket.
-- Grain: one row per indicator × child unit.
-- $indicators, $organizations, $breakdowns, $scope, $mode   as in series.sql
-- $bucket_kind, $bucket_id   the one bucket ranked (a partial bucket: its whole quarters' bucket)
-- units_reporting / units_expected: a province's communes reported and expected (fact_area);
-- null for smaller units.
-- fact_effective keeps a row that is the same in both scopes once, with scope 'both' (fact_effective).
-- $area_id, $area_level      national | province | district
-- Children: the nation → provinces (today's 34, or the provinces as reported);
-- a province in mode 'current' → today's communes (a legacy commune counts in its current commune
-- where the crosswalk is exact), and before the reform the legacy districts that now lie in it (a
-- district belongs wholly to one current province but to no single current commune);
-- a legacy province → its districts; a current province as reported → its communes;
-- a legacy district → its communes.
-- List parameters are tested with list_contains, not `in (select unnest(…))`: each such
-- subquery is a join to plan, and planning cost more than reading (national scale: 47 → 23 ms).
with
wanted as (
    select * from indicator_component where list_contains($indicators, target)
),
provinces as (
    select area_id as child_id, indicator, value, is_demo, source_ids, units_reporting, units_expected
    from fact_area
    where $area_level = 'national'
        and mode = $mode and scope = $scope and area_level = 'province'
        and bucket_kind = $bucket_kind and bucket_id = $bucket_id
        and indicator in (select component from wanted)
        and list_contains($organizations, organization)
        and list_contains($breakdowns, breakdown)
),
inside as (
    select
        case
            when $mode = 'current' and $area_level = 'province' then coalesce(l.current_commune_id, l.district_id)
            when $area_level = 'province' and l.era = 'legacy' then l.district_id
            when l.level = 'commune' then l.locality_id
        end as child_id,
        f.indicator, f.value, f.is_demo, f.source_ids,
        null::bigint as units_reporting, null::bigint as units_expected
    from fact_effective as f
    join locality as l using (locality_id)
    where $area_level <> 'national'
        and f.scope in ($scope, 'both') and f.bucket_kind = $bucket_kind and f.bucket_id = $bucket_id
        and f.indicator in (select component from wanted)
        and list_contains($organizations, f.organization)
        and list_contains($breakdowns, f.breakdown)
        and (
            ($mode = 'current' and $area_level = 'province' and l.current_province_id = $area_id)
            or ($mode = 'as_reported' and $area_level = 'province' and l.province_id = $area_id)
            or ($area_level = 'district' and l.district_id = $area_id)
        )
),
rows as (
    select * from provinces
    union all
    select * from inside where child_id is not null
)
select
    w.target as indicator,
    r.child_id as locality_id,
    any_value(l.name) as locality_name,
    any_value(l.short_name) as short_name,
    any_value(l.level) as level,
    case
        when w.kind = 'ratio'
            then sum(r.value) filter (where r.indicator = w.numerator)
                / nullif(sum(r.value) filter (where r.indicator = w.denominator), 0)
        else sum(r.value)
    end as value,
    bool_or(r.is_demo) as is_demo,
    list_distinct(flatten(list(r.source_ids))) as source_ids,
    min(r.units_reporting) as units_reporting,  -- provinces only (fact_area); a ratio: its least part
    max(r.units_expected) as units_expected
from rows as r
join wanted as w on w.component = r.indicator
join locality as l on l.locality_id = r.child_id
group by w.target, r.child_id, w.kind, w.numerator, w.denominator
order by w.target, value desc nulls last;
