-- Grain: one row per locality × organization × indicator × breakdown × period (the fact key without
-- its source). When several active sources give the same key, one wins:
--   an import batch over a document over the demo set; among imports the newest batch;
--   among documents the most recently published.
-- Sources that were rolled back take no part. The losers stay in `fact` (history, conflicts page).
create or replace table fact_resolved as
with ranked as (
    select
        f.locality_id, f.organization, f.indicator, f.breakdown, f.period_id,
        f.value, f.approx, f.source_id,
        s.kind = 'demo' as is_demo,
        row_number() over (
            partition by f.locality_id, f.organization, f.indicator, f.breakdown, f.period_id
            order by
                case s.kind when 'import' then 0 when 'document' then 1 else 2 end,
                coalesce(s.imported_at, cast(s.published as timestamp)) desc nulls last,
                s.source_id desc
        ) as rank
    from fact as f
    join source as s using (source_id)
    where s.status = 'active'
)
select locality_id, organization, indicator, breakdown, period_id, value, approx, source_id, is_demo
from ranked
where rank = 1;
