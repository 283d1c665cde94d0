-- coverage_gaps: the reports that are missing or late, newest quarter first.
-- Grain: one row per unit × quarter that was expected and is missing or late (at most $limit rows;
-- `total` says how many there are in all). Who is expected: as in queries/coverage.sql.
-- $area_id     'VN', a province (today's or legacy) or a legacy district
-- $scope       all | sourced
-- $date_from, $date_to   quarters ending in this range
-- $late_days   late: more than this many days after the quarter's end
-- $limit       how many rows at most
with
reported as (
    select locality_id, name, level, period_id, end_date, n_facts, last_reported_on, is_demo, valid_to
    from fact_coverage
    where scope = $scope and end_date between $date_from and $date_to
        and ($area_id = 'VN' or locality_id = $area_id or province_id = $area_id
            or current_province_id = $area_id or district_id = $area_id)
),
per_unit as (
    select
        locality_id, any_value(name) as name, any_value(level) as level,
        min(end_date) as first_end, any_value(valid_to) as valid_to
    from reported
    group by locality_id
),
grid as (
    select u.locality_id, u.name, u.level, q.period_id, q.end_date
    from per_unit as u
    join period as q
        on q.kind = 'quarter' and q.end_date between u.first_end and $date_to
        and (u.valid_to is null or q.end_date <= u.valid_to)
        and q.end_date <= (select max(end_date) from reported)
),
gaps as (
    select
        g.locality_id, g.name, g.level, g.period_id, g.end_date,
        coalesce(r.n_facts, 0) as n_facts,
        r.last_reported_on,
        date_diff('day', g.end_date, r.last_reported_on) as days_late,
        coalesce(r.is_demo, false) as is_demo
    from grid as g
    left join reported as r using (locality_id, period_id)
    where r.locality_id is null or date_diff('day', g.end_date, r.last_reported_on) > $late_days
)
select *, count(*) over () as total
from gaps
order by end_date desc, name, locality_id
limit $limit;
