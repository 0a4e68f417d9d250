-- Search stays fast when a word is in nearly every record ("cluster"): matches come from the GIN index, and the
-- rows read for facets and the first ordering hold only small columns. Long texts (body and its vector) are moved
-- out of the row (a low toast target), and a small vector of title and summary ("head") orders the matches before
-- the full vector ranks the best few hundred of them.
alter table knowledge.entry set (toast_tuple_target = 256);
alter table knowledge.entry add column head tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('hindi'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, summary), 'B')
    || setweight(to_tsvector('hindi'::regconfig, summary), 'B')) stored;
-- the small columns stay in the row (MAIN: compressed, moved out only as a last resort), so ordering thousands of
-- matches reads no TOAST
alter table knowledge.entry alter column head set storage main;
alter table knowledge.entry alter column title set storage main;
alter table knowledge.entry alter column summary set storage main;
create index entry_updated on knowledge.entry (updated_at desc, id desc);
