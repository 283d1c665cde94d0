-- horizon: the end of the latest period any figure of a scope covers (what "now" means; a bucket
-- ending after it is partial, see danvan/periods.py).
-- Grain: one row.
-- $scope   all | sourced (documents and imports only)
select max(p.end_date) as horizon
from period as p
where p.period_id in (select distinct period_id from fact_resolved where $scope = 'all' or not is_demo);
