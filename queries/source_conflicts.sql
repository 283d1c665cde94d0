-- source_conflicts: two active sources giving different values for the same locality,
-- organization, indicator, breakdown and period, side by side, with the value the warehouse uses.
-- Grain: one row per key × pair of disagreeing sources (source_a < source_b).
-- $include_demo   whether the demo set takes part (it never wins over a real source anyway)
with
active as (
    select f.*, s.kind, s.title, s.published
    from fact as f
    join source as s using (source_id)
    where s.status = 'active' and ($include_demo or s.kind <> 'demo')
),
pairs as (
    select
        a.locality_id, a.organization, a.indicator, a.breakdown, a.period_id,
        a.source_id as source_a, a.kind as kind_a, a.title as title_a, a.value as value_a,
        a.approx as approx_a, a.evidence as evidence_a,
        b.source_id as source_b, b.kind as kind_b, b.title as title_b, b.value as value_b,
        b.approx as approx_b, b.evidence as evidence_b
    from active as a
    join active as b
        on a.locality_id = b.locality_id and a.organization = b.organization
        and a.indicator = b.indicator and a.breakdown = b.breakdown and a.period_id = b.period_id
        and a.source_id < b.source_id and a.value <> b.value
)
select
    x.*,
    l.name as locality_name,
    r.source_id as winner_source,
    r.value as winner_value,
    round(100 * abs(x.value_a - x.value_b) / nullif(greatest(abs(x.value_a), abs(x.value_b)), 0), 1)
        as difference_pct
from pairs as x
join locality as l using (locality_id)
join period as p using (period_id)
left join fact_resolved as r
    on r.locality_id = x.locality_id and r.organization = x.organization and r.indicator = x.indicator
    and r.breakdown = x.breakdown and r.period_id = x.period_id
order by p.start_date desc, l.name, x.organization, x.indicator, x.breakdown;
