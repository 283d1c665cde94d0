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
        list_distinct(flatten(list(distinct f.source_ids))) as source_ids
    from fact_effective as f
    join locality as l using (locality_id)
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
        list_distinct(flatten(list(distinct source_ids))) as source_ids
    from placed
    group by mode, scope, area_id, area_level, organization, indicator, breakdown, bucket_kind, bucket_id
)
select * from area where mode <> 'nation'
union all by name
select 'current' as mode, * exclude (mode) from area where mode = 'nation'
union all by name
select 'as_reported' as mode, * exclude (mode) from area where mode = 'nation'
-- Stored in this order (it changes no value) so that min/max per row group skip what a query
-- for one indicator and a few buckets does not need.
order by mode, scope, indicator, bucket_kind, bucket_end, area_id, organization, breakdown;
