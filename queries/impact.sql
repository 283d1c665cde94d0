-- impact: the figures the dashboard shows by default (today's boundaries, all data) that one
-- source's facts belong to, as they stand now: run before and after a write to show what it changed.
-- Grain: one row per area × organization (and the all-organizations total '*') × indicator ×
-- breakdown × bucket, for the areas: the nation, each fact's current province and — when the
-- source has at most $max_units fact keys — each fact's own unit.
-- $source_id   the batch (its facts, whatever its status: a rollback reads them too)
-- $max_units   above this many keys the units themselves are left out (a million-row file's
--              units are not read one by one; its provinces and the nation always are)
-- A fact's bucket is its period when that is a bucket, else the quarter its period ends in.
with
source_keys as (
    select
        f.locality_id, l.current_province_id, f.organization, f.indicator, f.breakdown,
        case
            when p.kind in ('quarter', 'half', 'nine_months', 'year') then p.period_id
            else strftime(p.end_date, '%Y') || '-Q' || quarter(p.end_date)
        end as bucket_id
    from fact as f
    join locality as l using (locality_id)
    join period as p using (period_id)
    where f.source_id = $source_id
),
-- the areas' keys are grouped without the units: a million-row batch has a few thousand of them
area_keys as (
    select distinct current_province_id, organization, indicator, breakdown, bucket_id from source_keys
),
area_orgs as (
    select *, organization as shown_org from area_keys
    union all
    select *, '*' from area_keys
),
areas as (
    select distinct 'VN' as area_id, 'national' as area_level, shown_org as organization, indicator, breakdown, bucket_id
    from area_orgs
    union
    select distinct current_province_id, 'province', shown_org, indicator, breakdown, bucket_id from area_orgs
),
-- a source's facts are one per key and period: counting them counts its fact keys
unit_keys as (
    select distinct locality_id, organization, indicator, breakdown, bucket_id
    from source_keys
    where (select count(*) from fact where source_id = $source_id) <= $max_units
),
units as (
    select distinct locality_id as area_id, 'unit' as area_level, shown_org as organization, indicator, breakdown, bucket_id
    from (
        select *, organization as shown_org from unit_keys
        union all
        select *, '*' from unit_keys
    )
),
area_values as (
    select a.*, fa.value, fa.units_reporting, fa.units_expected
    from areas as a
    left join fact_area as fa
        on fa.mode = 'current' and fa.scope = 'all' and fa.area_id = a.area_id
        and fa.organization = a.organization and fa.indicator = a.indicator
        and fa.breakdown = a.breakdown and fa.bucket_id = a.bucket_id
),
unit_values as (
    select u.*, fe.value, null::bigint as units_reporting, null::bigint as units_expected
    from units as u
    left join fact_effective as fe
        on fe.scope in ('all', 'both') and fe.locality_id = u.area_id
        and fe.organization = u.organization and fe.indicator = u.indicator
        and fe.breakdown = u.breakdown and fe.bucket_id = u.bucket_id
)
select v.*, coalesce(l.name, 'VN') as area_name
from (select * from area_values union all select * from unit_values) as v
left join locality as l on l.locality_id = v.area_id
order by case v.area_level when 'national' then 0 when 'province' then 1 else 2 end, v.area_id,
    v.indicator, v.organization, v.breakdown, v.bucket_id;
