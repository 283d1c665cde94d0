-- units_in: the units a user can pick inside an area (the sidebar's second list).
-- Grain: one row per unit.
-- $area_id   'VN' (the provinces), a province or a legacy district
-- $mode      current | as_reported
-- The nation → today's provinces (and, as reported, the legacy provinces too); today's province →
-- its communes; a legacy province → its districts; a legacy district → its communes.
select locality_id, name, short_name, level, era, unit_type
from locality
where
    ($area_id = 'VN' and level = 'province' and (era = 'current' or $mode = 'as_reported'))
    or ($area_id <> 'VN' and parent_id = $area_id)
order by era, level, short_name;
