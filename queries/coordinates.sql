-- coordinates: where units are drawn on a map (their centroids, from vietnamadminunits).
-- Grain: one row per unit asked for that has coordinates.
-- $ids       the units' locality ids
select locality_id, lat, lon from locality where list_contains($ids, locality_id) and lat is not null
