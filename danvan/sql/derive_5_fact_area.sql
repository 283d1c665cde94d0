-- Grain: one row per boundary mode × scope × area × organization × indicator × breakdown × bucket,
-- for the areas every dashboard view starts from: the nation ('VN') and the provinces. Views inside
-- a province (its communes, or a legacy province's districts) read fact_effective directly.
-- mode 'current': every unit is counted in today's province (the crosswalk is exact for provinces);
-- mode 'as_reported': every unit is counted in the province it belonged to.
-- Stocks and flows both add up across units; ratios are recomputed by the queries from the sums.
create or replace table fact_area as
with
e as (
    select f.*, l.province_id, l.district_id, l.current_province_id
    from fact_effective as f
    join locality as l using (locality_id)
),
placed as (
    select 'current' as mode, 'VN' as area_id, 'national' as area_level, * from e
    union all
    select 'as_reported', 'VN', 'national', * from e
    union all
    select 'current', current_province_id, 'province', * from e
    union all
    select 'as_reported', province_id, 'province', * from e
)
select
    mode, scope, area_id, area_level, organization, indicator, breakdown, bucket_kind, bucket_id,
    any_value(bucket_end) as bucket_end,
    sum(value) as value,
    case when count(*) = 1 then max(approx) else '' end as approx,
    count(*) as n_units,
    bool_or(is_demo) as is_demo,
    list_distinct(flatten(list(source_ids))) as source_ids
from placed
group by all
-- Stored in this order (it changes no value) so that min/max per row group skip what a query
-- for one indicator and a few buckets does not need.
order by mode, scope, indicator, bucket_kind, bucket_end, area_id, organization, breakdown;
