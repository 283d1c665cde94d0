-- Grain: one row per unit: how many reporting units lie inside it, itself included if it is one.
-- The reporting units are the communes (xã, phường, thị trấn, đặc khu) — those that report since
-- the reform, and the finest level before it — and the few legacy districts that have no commune
-- (island districts: Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo), which report as themselves.
-- A district's or province's own figure reports for every reporting unit inside it: the counts
-- "41/54 xã báo cáo" of fact_area and queries/series.sql are counted with this table.
create or replace table locality_reporting as
with
unit as (
    select
        l.locality_id, l.level, l.district_id, l.province_id,
        l.level = 'commune'
            or (l.level = 'district' and not exists (
                select 1 from locality as c where c.level = 'commune' and c.district_id = l.locality_id
            )) as is_reporting_unit
    from locality as l
),
inside as (
    select locality_id as container_id from unit where is_reporting_unit
    union all
    select district_id from unit where is_reporting_unit and level = 'commune' and district_id is not null
    union all
    select province_id from unit where is_reporting_unit and province_id <> locality_id
)
select u.locality_id, u.is_reporting_unit, count(i.container_id) as reporting_units
from unit as u
left join inside as i on i.container_id = u.locality_id
group by u.locality_id, u.is_reporting_unit;
