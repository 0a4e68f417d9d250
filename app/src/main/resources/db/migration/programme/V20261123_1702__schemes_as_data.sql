-- Schemes as data (issue 5, deliverable 1): what an administrator needs to add or change a scheme without code.
-- Owner, objective, typologies served, steps, duration, selection weights, geographic quotas and calls for
-- proposals. Values not given by the documents are marked 'default, configurable'.
alter table programme.scheme
    add column owner text,
    add column objective text,
    add column typologies_served text[] not null default '{}',
    add column steps_required text[] not null default '{PROPOSED,SELECTED,AGENCY_AND_CDA_IN_PLACE,DIAGNOSTIC_STUDY,TRUST_BUILDING,ACTION_PLAN,BUDGET_APPROVED,IMPLEMENTING,EVALUATED,HANDED_OVER,SELF_MANAGING}',
    add column duration_years smallint check (duration_years is null or duration_years between 1 and 20),
    add column selection_framework text not null default 'MSME' check (selection_framework in ('MSME', 'UNIDO')),
    add column version integer not null default 0,
    add column updated_at timestamptz not null default now();
comment on column programme.scheme.owner is 'Who runs the scheme (the nodal ministry or agency); defaults to the institution';
comment on column programme.scheme.typologies_served is 'registry.typology codes of the clusters the scheme serves';
comment on column programme.scheme.steps_required is 'Lifecycle stages (org.clusterdev.programme.Stage) the scheme goes through';

update programme.scheme set owner = institution;
alter table programme.scheme alter column owner set not null;

-- Typologies as 004 Table 2.2 prints them, mapped onto the registry's typology codes.
update programme.scheme set typologies_served = array_remove(array[
    case when typology ilike '%handloom%' then 'HANDLOOM' end,
    case when typology ilike '%handicraft%' then 'HANDICRAFT' end,
    case when typology ilike '%traditional manufacturing%' or typology ilike '%powerloom%' then 'TRADITIONAL_MANUFACTURING' end,
    case when typology ilike '%micro%' then 'MICRO' end], null);

-- Objectives and durations where 004 Annex 2.4 and Exec summary 7 state them.
update programme.scheme set
    objective = 'Enhance the competitiveness of micro and small enterprises through soft and hard interventions in their clusters, ending in self-management by an SPV (004 Annex 2.4).',
    duration_years = 5
where code = 'MSECDP';
update programme.scheme set
    objective = 'Regenerate traditional industries and make their artisans competitive, with clusters spread evenly over the country and at least 10 per cent in the North-Eastern Region (004 Annex 2.4).',
    duration_years = 5
where code = 'SFURTI';
update programme.scheme set
    objective = 'Integrated development of handloom clusters through a dedicated CDA per cluster (004 Annex 2.4).',
    duration_years = 3
where code = 'IHCDP';
update programme.scheme set
    objective = 'Organise artisans into SHGs and cooperatives and support them with social, technological, marketing and financial interventions after a diagnostic survey (004 Annex 2.4).',
    duration_years = 5
where code = 'AHVY';

-- Selection parameter weights of a scheme; without rows, the scheme uses its framework's default weights.
create table programme.scheme_parameter_weight (
    scheme_code    text not null references programme.scheme (code) on delete cascade,
    parameter_code text not null references programme.selection_parameter (code),
    weight         numeric not null check (weight >= 0),
    primary key (scheme_code, parameter_code)
);
comment on table programme.scheme_parameter_weight is
    'Weights of the cluster-selection parameters under one scheme; they total 100 (checked by the application)';

-- Geographic quotas: the least share of a scheme's selected interventions in a kind of region.
create table programme.scheme_quota (
    scheme_code     text not null references programme.scheme (code) on delete cascade,
    region          text not null check (region in ('NORTH_EAST', 'HILLY')),
    minimum_percent numeric not null check (minimum_percent > 0 and minimum_percent <= 100),
    primary key (scheme_code, region)
);
insert into programme.scheme_quota (scheme_code, region, minimum_percent) values ('SFURTI', 'NORTH_EAST', 10);

-- Calls for proposals (bottom-up selection, 004 §2.1), open between two dates inclusive.
create table programme.call_for_proposals (
    id          bigserial primary key,
    scheme_code text not null references programme.scheme (code) on delete cascade,
    title       text not null,
    opens_on    date not null,
    closes_on   date not null,
    description text,
    created_at  timestamptz not null default now(),
    check (closes_on >= opens_on)
);
create index call_for_proposals_scheme_ix on programme.call_for_proposals (scheme_code, opens_on);
