-- Grain: one row per scope × locality × organization × indicator × breakdown × bucket, plus one
-- row per scope × locality × indicator × breakdown × bucket with organization '*' (all organizations).
--
-- No double counting:
-- * A wider unit's complete figure wins over the figures of the units inside it: where a province
--   reported its yearly total, its districts' quarterly figures are not added on top. Containment
--   crosses the reform (see locality_ancestor), so a current province's yearly 2025 figure also
--   wins over its legacy districts' first-half figures.
-- * The all-organizations total of a unit is its 'combined' figure (a report for MTTQ and the
--   organizations together) where one exists, otherwise the sum of the single organizations.
--   A combined figure is never split or added to the figures it already contains.
--
-- Scope 'all' uses every row of fact_unit_bucket; scope 'sourced' (documents and imports only) the
-- rows without demo figures, which are exactly that scope's rows (see derive_3).
create or replace table fact_effective as
with
scoped as (
    select 'all' as scope, * from fact_unit_bucket
    union all
    select 'sourced' as scope, * from fact_unit_bucket where not is_demo
),
units_with_facts as (
    select distinct locality_id from fact_unit_bucket
),
pairs as (
    select a.descendant_id, a.ancestor_id
    from locality_ancestor as a
    semi join units_with_facts as d on d.locality_id = a.descendant_id
    semi join units_with_facts as u on u.locality_id = a.ancestor_id
),
shadowed as (
    select distinct
        p.descendant_id as locality_id, w.scope, w.organization, w.indicator, w.breakdown, w.bucket_id
    from pairs as p
    join scoped as w on w.locality_id = p.ancestor_id and w.complete
),
visible as (
    select f.*
    from scoped as f
    anti join shadowed as s
        on s.locality_id = f.locality_id and s.scope = f.scope and s.organization = f.organization
        and s.indicator = f.indicator and s.breakdown = f.breakdown and s.bucket_id = f.bucket_id
),
combined_keys as (
    select scope, locality_id, indicator, breakdown, bucket_id
    from visible
    where organization = 'combined'
),
all_orgs as (
    select
        v.scope, v.locality_id, '*' as organization, v.indicator, v.breakdown, v.bucket_kind,
        v.bucket_id, any_value(v.bucket_end) as bucket_end, sum(v.value) as value,
        case when count(*) = 1 then max(v.approx) else '' end as approx,
        bool_and(v.complete) as complete, bool_or(v.is_demo) as is_demo,
        list_distinct(flatten(list(v.source_ids))) as source_ids, sum(v.n_facts) as n_facts
    from visible as v
    left join combined_keys as c
        on c.scope = v.scope and c.locality_id = v.locality_id and c.indicator = v.indicator
        and c.breakdown = v.breakdown and c.bucket_id = v.bucket_id
    where v.organization = 'combined' or c.locality_id is null
    group by v.scope, v.locality_id, v.indicator, v.breakdown, v.bucket_kind, v.bucket_id
)
select * from visible
union all
select * from all_orgs
-- Stored in this order (it changes no value): DuckDB keeps min/max per row group, so a query for
-- one indicator over a few buckets skips most of the table (42 M rows at the national demo scale).
order by scope, indicator, bucket_kind, bucket_end, organization, breakdown, locality_id;
