-- registry: organizations, indicators and breakdowns in one small table for the UI and charts.
-- Grain: one row per registry entry (kind = organization | indicator | breakdown).
-- No parameters.
select 'organization' as kind, code, name, short_name, color, null as unit, null as noun,
    null as indicator_kind, note as definition, sort
from organization
union all
select 'indicator', code, name, short_name, null, unit, noun, kind, definition, sort
from indicator
union all
select 'breakdown', code, name, name, null, null, null, dimension, null, sort
from breakdown
order by kind, sort;
