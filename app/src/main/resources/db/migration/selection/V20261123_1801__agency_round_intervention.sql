-- A round that selects the implementing agency of one intervention: the agency selected is engaged for it and named
-- as its agency in the programme. Referred to by id only; the programme owns interventions.
alter table selection.round add column intervention_id bigint;
