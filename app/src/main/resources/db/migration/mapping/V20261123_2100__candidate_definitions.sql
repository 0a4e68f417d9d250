-- What a candidate counts besides units and employment (summed weights, when the data set has the column), and
-- the registry definitions it met when the run checked it, by code.
alter table mapping.candidate
    add column artisans double precision check (artisans >= 0),
    add column looms double precision check (looms >= 0),
    add column families double precision check (families >= 0),
    add column definitions_met text[] not null default '{}';
comment on column mapping.candidate.definitions_met is
    'Codes of the registry definitions the candidate met when its run checked it (registry.definition)';
