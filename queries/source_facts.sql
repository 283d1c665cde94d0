-- source_facts: the figures one source contributed, as stored, with their evidence and whether the
-- warehouse uses them (another source may win the same key: see derived/fact_resolved.sql).
-- Grain: one row per stored fact of the source (at most 5,000: a demo set has far more).
-- $source_id   the source
select
    f.locality_id,
    l.name as locality_name,
    l.level as locality_level,
    l.era as locality_era,
    l.province_id,
    l.district_id,
    f.organization,
    f.indicator,
    f.breakdown,
    f.period_id,
    f.value,
    f.approx,
    f.evidence,
    coalesce(r.source_id = f.source_id, false) as in_use
from fact as f
join locality as l using (locality_id)
join period as p using (period_id)
left join fact_resolved as r
    on r.locality_id = f.locality_id and r.organization = f.organization and r.indicator = f.indicator
    and r.breakdown = f.breakdown and r.period_id = f.period_id
where f.source_id = $source_id
order by p.start_date, l.name, f.organization, f.indicator, f.breakdown
limit 5000;
