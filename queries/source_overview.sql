-- source_overview: every document, import batch (and, when asked, the demo set) with what it
-- contributed: how many figures, which indicators, the span of their periods, which places.
-- Grain: one row per source.
-- $kinds   list of source kinds to list: document, import, demo
with
listed as (
    select source_id from source where kind in (select unnest($kinds))
),
contributed as (
    select
        f.source_id,
        count(*) as n_facts,
        list(distinct f.indicator order by f.indicator) as indicators,
        min(p.start_date) as period_start,
        max(p.end_date) as period_end,
        count(distinct f.locality_id) as n_localities,
        list_slice(list(distinct l.name order by l.name), 1, 5) as localities
    from fact as f
    semi join listed using (source_id)
    join period as p using (period_id)
    join locality as l using (locality_id)
    group by f.source_id
)
select
    s.source_id,
    s.kind,
    s.title,
    s.publisher,
    s.published,
    s.url,
    s.status,
    s.file_name,
    coalesce(s.imported_at, cast(s.published as timestamp)) as added_at,
    coalesce(c.n_facts, 0) as n_facts,
    c.indicators,
    c.period_start,
    c.period_end,
    coalesce(c.n_localities, 0) as n_localities,
    c.localities
from source as s
semi join listed using (source_id)
left join contributed as c using (source_id)
order by case s.kind when 'document' then 0 when 'import' then 1 else 2 end, added_at desc nulls last, s.title;
