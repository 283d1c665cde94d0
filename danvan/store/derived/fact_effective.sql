-- Grain: one row per locality × organization × indicator × breakdown × bucket and the scopes it
-- belongs to, plus such rows with organization '*' (all organizations).
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
-- Scopes: 'all' uses every row of fact_unit_bucket, the dashboard's "sourced only" (documents and
-- imports) the rows without demo figures, which are exactly that scope's rows (see fact_unit_bucket).
-- A row that is the same in both is stored once, with scope 'both'; a query for scope X reads
-- `scope in (X, 'both')`. So `scope` here is 'all' (a demo figure, or a total with one in it),
-- 'sourced' (hidden in 'all' only by a wider demo figure, or a total without the demo figures
-- beside it) or 'both' — an imported file is stored once, not twice.
create or replace table fact_effective as
with
units_with_facts as (
    select distinct locality_id from fact_unit_bucket
),
pairs as (
    select a.descendant_id, a.ancestor_id
    from locality_ancestor as a
    semi join units_with_facts as d on d.locality_id = a.descendant_id
    semi join units_with_facts as u on u.locality_id = a.ancestor_id
),
-- per row: is it covered by a wider unit's complete figure (any), or by a complete sourced one?
-- Asked from the row's side (its unit's ancestors' figures for its key and bucket), not from the
-- wider figure's (every unit inside it): a province's year figure would otherwise be copied to
-- each of its legacy communes for buckets they have no figure in (6.6 million rows for 0.7 million
-- shadowed ones in a national import's part).
shadow as (
    select
        f.locality_id, f.organization, f.indicator, f.breakdown, f.bucket_id,
        bool_or(not w.is_demo) as by_sourced
    from fact_unit_bucket as f
    join pairs as p on p.descendant_id = f.locality_id
    join fact_unit_bucket as w
        on w.locality_id = p.ancestor_id and w.complete
        and w.organization = f.organization and w.indicator = f.indicator
        and w.breakdown = f.breakdown and w.bucket_id = f.bucket_id
    group by all
),
single as (
    select
        case
            when f.is_demo then 'all'
            when s.locality_id is null then 'both'
            else 'sourced'  -- covered only by a wider demo figure
        end as scope,
        f.*
    from fact_unit_bucket as f
    left join shadow as s
        on s.locality_id = f.locality_id and s.organization = f.organization
        and s.indicator = f.indicator and s.breakdown = f.breakdown and s.bucket_id = f.bucket_id
    where s.locality_id is null or (not f.is_demo and not s.by_sourced)
),
-- The all-organizations total of a unit, bucket and key. Most such groups hold rows of one stored
-- scope (an imported province: 'both'; demo: 'all'), and their total is worked out once, with that
-- scope. A group that mixes scopes gets one total per scope it counts in, merged when equal.
group_scopes as (
    select
        locality_id, indicator, breakdown, bucket_id,
        min(scope) = max(scope) as pure,
        bool_or(organization = 'combined') as has_combined
    from single
    group by locality_id, indicator, breakdown, bucket_id
),
pure_parts as (
    select s.*, true as pure
    from single as s
    join group_scopes as g using (locality_id, indicator, breakdown, bucket_id)
    where g.pure and (s.organization = 'combined' or not g.has_combined)
),
mixed as (
    select s.*
    from single as s
    semi join (select * from group_scopes where not pure) as g
        using (locality_id, indicator, breakdown, bucket_id)
),
mixed_per_scope as (
    select 'all' as view_scope, * exclude (scope) from mixed where scope in ('all', 'both')
    union all
    select 'sourced' as view_scope, * exclude (scope) from mixed where scope in ('sourced', 'both')
),
mixed_parts as (
    select v.view_scope as scope, v.* exclude (view_scope), false as pure
    from mixed_per_scope as v
    where v.organization = 'combined'
        or not exists (
            select 1 from mixed_per_scope as c
            where c.organization = 'combined' and c.view_scope = v.view_scope
                and c.locality_id = v.locality_id and c.indicator = v.indicator
                and c.breakdown = v.breakdown and c.bucket_id = v.bucket_id
        )
),
all_orgs as (
    select
        scope, pure, locality_id, '*' as organization, indicator, breakdown, bucket_kind, bucket_id,
        any_value(bucket_end) as bucket_end, sum(value) as value,
        case when count(*) = 1 then any_value(approx) else '' end as approx,
        bool_and(complete) as complete, bool_and(covers) as covers, bool_or(is_demo) as is_demo,
        list_sort(list_distinct(flatten(list(source_nos)))) as source_nos, sum(n_facts) as n_facts
    from (select * from pure_parts union all by name select * from mixed_parts)
    group by scope, pure, locality_id, indicator, breakdown, bucket_kind, bucket_id
),
-- a total of a mixed group that is the same in both scopes is stored once (a pure group's total
-- has its one scope already)
all_orgs_merged as (
    select * exclude (pure) from all_orgs where pure
    union all by name
    select
        case when count(*) = 2 then 'both' else any_value(scope) end as scope,
        locality_id, organization, indicator, breakdown, bucket_kind, bucket_id, bucket_end, value,
        approx, complete, covers, is_demo, source_nos, n_facts
    from all_orgs
    where not pure
    group by all
),
-- sources back from fact_unit_bucket's numbers to their ids (the numbers are in id order, so the lists stay sorted)
source_names as (
    select list(source_id order by source_no) as names from source_number
)
select
    r.* exclude (source_nos, n_facts), list_transform(r.source_nos, lambda i: n.names[i]) as source_ids,
    r.n_facts
from (
    select * from single
    union all by name
    select * from all_orgs_merged
) as r
cross join source_names as n
-- Stored in this order (it changes no value): DuckDB keeps min/max per row group, so a query for
-- one indicator over a few buckets skips most of the table (tens of millions of rows at the
-- national demo scale); 'all' < 'both' < 'sourced', so either scope reads one stretch. One bucket
-- of one indicator is less than a row group even nationally, so sorting further buys nothing.
order by scope, indicator, bucket_kind, bucket_end;
