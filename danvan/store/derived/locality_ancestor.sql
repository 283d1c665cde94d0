-- Grain: one row per (unit, a unit that contains it), across both eras.
-- A legacy unit is contained by its legacy district and province, by today's province (the 2025
-- crosswalk is exact for provinces) and by today's commune where that crosswalk is exact.
-- Used to let a wider unit's figure win over the figures of the units inside it (no double count).
create or replace table locality_ancestor as
select locality_id as descendant_id, district_id as ancestor_id
from locality where district_id is not null and district_id <> locality_id
union
select locality_id, province_id from locality where province_id <> locality_id
union
select locality_id, current_province_id from locality where current_province_id <> locality_id
union
select locality_id, current_commune_id from locality
where current_commune_id is not null and current_commune_id <> locality_id;
