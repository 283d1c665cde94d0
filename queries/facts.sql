-- facts: stored figures as stored (not aggregated), with their source, for the command line.
-- Grain: one row per stored fact of an active source.
-- $indicator, $organization   codes, or null for all
-- $locality      a unit id: that unit and the units inside it (across the reform for a current
--                province), or null
-- $period_start, $period_end  only facts whose period lies inside this span, or null
-- $source_kind   document | import | demo, or null
select
    f.locality_id as locality_code,
    l.name as locality_name,
    l.level as locality_level,
    f.organization,
    f.indicator,
    f.breakdown,
    f.period_id as period,
    f.value,
    f.approx,
    s.kind as source_kind,
    s.title as source_title
from fact as f
join locality as l using (locality_id)
join source as s using (source_id)
join period as p using (period_id)
where s.status = 'active'
    and ($indicator is null or f.indicator = $indicator)
    and ($organization is null or f.organization = $organization)
    and ($source_kind is null or s.kind = $source_kind)
    and (
        $locality is null
        or f.locality_id = $locality
        or l.parent_id = $locality
        or l.province_id = $locality
        or l.district_id = $locality
        or l.current_province_id = $locality
    )
    and ($period_start is null or (p.start_date >= $period_start and p.end_date <= $period_end))
order by p.start_date, f.locality_id, f.organization, f.indicator, f.breakdown;
