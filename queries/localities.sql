-- localities: administrative units valid on a date.
-- Grain: one row per unit.
-- $as_of   the date the units must be valid on
-- $level   province | district | commune, or null for all levels
-- $within  a unit id: only that unit and the units inside it (for a current province before the
--          reform: the legacy units that now lie in it); null for the whole country
select
    locality_id as code,
    code as official_code,
    name,
    unit_type as type,
    level,
    parent_id as parent_code,
    current_province_id as current_province_code
from locality
where (valid_from is null or valid_from <= $as_of)
    and (valid_to is null or $as_of <= valid_to)
    and ($level is null or level = $level)
    and (
        $within is null
        or locality_id = $within
        or parent_id = $within
        or province_id = $within
        or district_id = $within
        or current_province_id = $within
    )
order by case level when 'province' then 0 when 'district' then 1 else 2 end, province_id, code;
