-- sources: the documents, import batches and demo set behind a list of source ids.
-- Grain: one row per source.
-- $source_ids   list of source ids
select source_id, kind, title, publisher, published, url
from source
where source_id in (select unnest($source_ids))
order by case kind when 'document' then 0 when 'import' then 1 else 2 end, published desc nulls last, title;
