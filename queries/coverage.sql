-- coverage: which units reported which quarters, and how late.
-- Grain: one row per reporting unit × quarter (units inside the area that reported at least once).
-- $area_id     'VN', a province (today's or legacy) or a legacy district
-- $scope       all | sourced
-- $date_from, $date_to   quarters ending in this range
-- A unit "reported" a quarter when it has any active figure for it; `days_late` counts the days
-- between the quarter's end and the latest date a figure for it reached the office.
with
units as (
    select locality_id, name, level, province_id, current_province_id, valid_to
    from locality
    where $area_id = 'VN'
        or locality_id = $area_id
        or province_id = $area_id
        or current_province_id = $area_id
        or district_id = $area_id
),
reported as (
    select
        f.locality_id, p.period_id, p.end_date,
        count(*) as n_facts,
        max(f.reported_on) as last_reported_on,
        bool_or(s.kind = 'demo') as is_demo
    from fact as f
    join source as s using (source_id)
    join period as p using (period_id)
    join units as u using (locality_id)
    where s.status = 'active'
        and ($scope = 'all' or s.kind <> 'demo')
        and p.kind = 'quarter' and p.end_date between $date_from and $date_to
    group by f.locality_id, p.period_id, p.end_date
),
active_units as (
    select distinct locality_id from reported
),
grid as (
    select u.locality_id, u.name, u.level, q.period_id, q.end_date
    from active_units as a
    join units as u using (locality_id)
    join period as q
        on q.kind = 'quarter' and q.end_date between $date_from and $date_to
        and (u.valid_to is null or q.end_date <= u.valid_to)
        and q.end_date >= (select min(end_date) from reported as r where r.locality_id = u.locality_id)
        and q.end_date <= (select max(end_date) from reported)
)
select
    g.locality_id, g.name, g.level, g.period_id, g.end_date,
    coalesce(r.n_facts, 0) as n_facts,
    r.last_reported_on,
    date_diff('day', g.end_date, r.last_reported_on) as days_late,
    coalesce(r.is_demo, false) as is_demo
from grid as g
left join reported as r using (locality_id, period_id)
order by g.locality_id, g.end_date;
