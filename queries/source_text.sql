-- source_text: the stored text of one document (extracted in the app), with its title.
-- Grain: one row (or none) for the source.
-- $source_id   the source
select source_id, title, doc_text
from source
where source_id = $source_id;
