-- Selection: implementing agencies and resource organisations with their engagements in clusters, scored
-- selection rounds (clusters, agencies, CDAs) with independent assessors, and Cluster Development Agents with
-- their assignments and training. Clusters (registry), schemes and interventions (programme) are referred to
-- by id or code only.
create schema if not exists selection;

-- Implementing agencies (IA) and resource organisations (RO), seed 004 §2.7 and §3.5.
create table selection.agency (
    id bigserial primary key,
    name text not null,
    kind text not null check (kind in ('IMPLEMENTING_AGENCY', 'RESOURCE_ORGANISATION')),
    state_code smallint not null,
    contact_person text,
    contact_email text,
    contact_phone text,
    trained_persons integer not null default 0 check (trained_persons >= 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);
create unique index agency_name_ux on selection.agency (lower(name));

-- An agency working in (IA) or guiding an IA in (RO) one cluster over a period; one cluster for one year is one
-- cluster-year of experience (seed 004 §2.7). Linked to an intervention when the programme engaged it.
create table selection.engagement (
    id bigserial primary key,
    agency_id bigint not null references selection.agency (id),
    cluster_id bigint not null,
    state_code smallint not null,
    intervention_id bigint,
    started_on date not null,
    ended_on date,
    note text,
    created_at timestamptz not null default now(),
    check (ended_on is null or ended_on >= started_on)
);
create index engagement_agency_ix on selection.engagement (agency_id);
create index engagement_intervention_ix on selection.engagement (intervention_id);

-- The desirable traits of a CDA the Ministry assessed (seed 001 slide 21). The slide gives no weights: equal
-- weights (default, configurable).
create table selection.cda_trait (
    code text primary key,
    name text not null,
    weight numeric not null check (weight > 0),
    position smallint not null unique,
    source text not null
);
insert into selection.cda_trait (code, name, weight, position, source) values
('DILIGENCE', 'Ability to work diligently', 1, 1, '001 slide 21; equal weight (default, configurable)'),
('FLEXIBLE_MINDSET', 'A flexible mindset', 1, 2, '001 slide 21; equal weight (default, configurable)'),
('KNOWLEDGE_OF_TOOLS', 'Knowledge about the tools', 1, 3, '001 slide 21; equal weight (default, configurable)'),
('FUNCTIONAL_EXPERIENCE', 'Experience in functional areas', 1, 4, '001 slide 21; equal weight (default, configurable)'),
('EXPOSURE_TO_CLUSTERS', 'Exposure to other clusters', 1, 5, '001 slide 21; equal weight (default, configurable)'),
('ABILITY_TO_FOLLOW', 'Ability to be a follower', 1, 6, '001 slide 21; equal weight (default, configurable)');

-- A selection round: clusters for a scheme, implementing agencies, or CDAs. The chair opens it, adds the
-- candidates, closes scoring and records the decisions; the chair does not score.
create table selection.round (
    id bigserial primary key,
    kind text not null check (kind in ('CLUSTER', 'AGENCY', 'CDA')),
    title text not null,
    scheme_code text,
    framework text,
    state_code smallint,
    min_north_east_percent numeric not null default 10 check (min_north_east_percent between 0 and 100),
    status text not null default 'SCORING' check (status in ('SCORING', 'CLOSED')),
    chair text not null,
    created_at timestamptz not null default now(),
    version integer not null default 0
);

-- The criteria of a round with their weights as they stood when it opened, so later changes of the reference
-- data never change a scored round.
create table selection.round_criterion (
    round_id bigint not null references selection.round (id) on delete cascade,
    code text not null,
    name text not null,
    weight numeric not null check (weight >= 0),
    position smallint not null,
    source text not null,
    primary key (round_id, code)
);

create table selection.candidate (
    id bigserial primary key,
    round_id bigint not null references selection.round (id) on delete cascade,
    reference_id bigint not null,
    name text not null,
    state_code smallint not null,
    sector text,
    backward_area boolean not null default false,
    decision text check (decision in ('SELECTED', 'NOT_SELECTED')),
    decision_reason text,
    decided_by text,
    decided_at timestamptz,
    intervention_id bigint,
    unique (round_id, reference_id),
    check ((decision is null) = (decision_reason is null))
);

-- One assessor's scores for one candidate, submitted once; a declared conflict of interest keeps the
-- assessment on record but out of the totals.
create table selection.assessment (
    id bigserial primary key,
    candidate_id bigint not null references selection.candidate (id) on delete cascade,
    assessor text not null,
    conflict_of_interest boolean not null,
    conflict_note text,
    submitted_at timestamptz not null default now(),
    unique (candidate_id, assessor),
    check (not conflict_of_interest or conflict_note is not null)
);

create table selection.assessment_score (
    assessment_id bigint not null references selection.assessment (id) on delete cascade,
    criterion_code text not null,
    score smallint not null check (score between 0 and 10),
    evidence text not null,
    primary key (assessment_id, criterion_code)
);

-- Cluster Development Agents / Executives (seed 004 §3.7, seed 001 slides 21-22).
create table selection.cda (
    id bigserial primary key,
    name text not null,
    state_code smallint not null,
    speciality text not null check (speciality in ('NETWORKING', 'TECHNICAL')),
    employer text,
    contact_email text,
    contact_phone text,
    created_at timestamptz not null default now(),
    version integer not null default 0
);

-- A CDA working for one cluster; several open assignments on one cluster form its team.
create table selection.cda_assignment (
    id bigserial primary key,
    cda_id bigint not null references selection.cda (id),
    cluster_id bigint not null,
    state_code smallint not null,
    dedicated boolean not null,
    stationed boolean not null,
    team_role text,
    started_on date not null,
    ended_on date,
    end_reason text,
    check (ended_on is null or ended_on >= started_on),
    check ((ended_on is null) = (end_reason is null))
);
create index cda_assignment_cluster_ix on selection.cda_assignment (cluster_id) where ended_on is null;
create index cda_assignment_cda_ix on selection.cda_assignment (cda_id);

-- Training of a CDA, with the field work it included (diagnostic study, action plan: seed 001 slide 22).
create table selection.cda_training (
    id bigserial primary key,
    cda_id bigint not null references selection.cda (id),
    course text not null,
    provider text not null,
    started_on date not null,
    ended_on date not null,
    field_work text,
    field_cluster_id bigint,
    check (ended_on >= started_on)
);
create index cda_training_cda_ix on selection.cda_training (cda_id);
