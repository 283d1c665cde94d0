-- coverage: how many units reported each quarter, how many did not, and how many were late.
-- Grain: one row per quarter in the range, up to the last quarter anyone in the area reported.
-- $area_id     'VN', a province (today's or legacy) or a legacy district
-- $scope       all | sourced
-- $date_from, $date_to   quarters ending in this range
-- $late_days   a report is late when it reached the office more than this many days after the
--              quarter's end
-- A unit is expected from the first quarter it reported inside the range until the last quarter
-- anyone in the area reported, while it exists (queries/coverage_gaps.sql lists who is missing).
with
reported as (
    select locality_id, period_id, end_date, last_reported_on, is_demo, valid_to
    from fact_coverage
    where scope = $scope and end_date between $date_from and $date_to
        and ($area_id = 'VN' or locality_id = $area_id or province_id = $area_id
            or current_province_id = $area_id or district_id = $area_id)
),
per_unit as (
    select locality_id, min(end_date) as first_end, any_value(valid_to) as valid_to
    from reported
    group by locality_id
),
quarters as (
    select period_id, end_date
    from period
    where kind = 'quarter' and end_date between $date_from and $date_to
        and end_date <= (select max(end_date) from reported)
),
expected as (
    select q.period_id, q.end_date, count(*) as units
    from quarters as q
    join per_unit as u on u.first_end <= q.end_date and (u.valid_to is null or q.end_date <= u.valid_to)
    group by q.period_id, q.end_date
),
got as (
    select
        period_id,
        count(*) as reported,
        count(*) filter (where date_diff('day', end_date, last_reported_on) > $late_days) as late,
        bool_or(is_demo) as is_demo
    from reported
    where valid_to is null or end_date <= valid_to
    group by period_id
)
select
    e.period_id, e.end_date, e.units,
    coalesce(g.reported, 0) as reported,
    e.units - coalesce(g.reported, 0) as missing,
    coalesce(g.late, 0) as late,
    coalesce(g.is_demo, false) as is_demo
from expected as e
left join got as g using (period_id)
order by e.end_date;
