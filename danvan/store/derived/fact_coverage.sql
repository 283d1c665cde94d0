-- Grain: one row per scope × locality × quarter in which the unit has at least one active figure
-- stored for exactly that quarter (the data-quality view: who reported, and when).
-- Scope 'all' counts every active figure, 'sourced' only documents and imports. `n_facts` counts
-- figures, including those another source wins over (a report that arrived is a report);
-- `last_reported_on` is the latest date a figure for that quarter reached the office.
-- The unit's areas and end of validity are copied from locality, so that the coverage queries
-- (queries/coverage*.sql) read this table alone.
create or replace table fact_coverage as
with
reported as (
    select f.locality_id, f.period_id, p.end_date, f.reported_on, s.kind = 'demo' as is_demo
    from fact as f
    join source as s using (source_id)
    join period as p using (period_id)
    where s.status = 'active' and p.kind = 'quarter'
),
per_scope as (
    select
        'all' as scope, locality_id, period_id, any_value(end_date) as end_date, count(*) as n_facts,
        max(reported_on) as last_reported_on, bool_or(is_demo) as is_demo
    from reported
    group by locality_id, period_id
    union all
    select
        'sourced' as scope, locality_id, period_id, any_value(end_date) as end_date,
        count(*) as n_facts, max(reported_on) as last_reported_on, false as is_demo
    from reported
    where not is_demo
    group by locality_id, period_id
)
select
    c.*, l.name, l.level, l.province_id, l.current_province_id, l.district_id, l.valid_to
from per_scope as c
join locality as l using (locality_id)
-- Stored in this order (it changes no value): a view reads one scope over a few quarters.
order by c.scope, c.end_date, c.locality_id;
