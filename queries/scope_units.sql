-- scope_units: what an account limited to a locality scope may see in the sidebar's lists.
-- Grain: one row per unit (how = 'inside': the scope itself and every unit inside it across the
-- reform; how = 'province': the province a commune lies in, whose totals its account also sees).
-- $scope     a current province or commune (the account's scope)
select locality_id, 'inside' as how from locality where locality_id = $scope
union all
select descendant_id, 'inside' from locality_ancestor where ancestor_id = $scope
union all
select province_id, 'province' from locality where locality_id = $scope and province_id <> locality_id
