-- Interventions: one cluster x one scheme x one implementing agency, carried through the lifecycle stages of
-- org.clusterdev.programme.Stage. The cluster (registry) and the agency (selection) are referred to by id only.
create table programme.intervention (
    id bigserial primary key,
    cluster_id bigint not null,
    state_code smallint not null,
    scheme_code text not null references programme.scheme (code),
    agency_id bigint,
    title text not null,
    stage text not null default 'PROPOSED' check (stage in ('PROPOSED', 'SELECTED', 'AGENCY_AND_CDA_IN_PLACE',
        'DIAGNOSTIC_STUDY', 'TRUST_BUILDING', 'ACTION_PLAN', 'BUDGET_APPROVED', 'IMPLEMENTING', 'EVALUATED',
        'HANDED_OVER', 'SELF_MANAGING', 'CLOSED')),
    stage_entered_at timestamptz not null default now(),
    stage_due_on date,
    closed_reason text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    check ((stage = 'CLOSED') = (closed_reason is not null))
);
create index intervention_cluster_ix on programme.intervention (cluster_id);
create index intervention_stage_ix on programme.intervention (stage, stage_due_on);

-- Every stage an intervention entered, with who moved it and why: the pipeline's history.
create table programme.intervention_transition (
    id bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    from_stage text,
    to_stage text not null,
    actor text not null,
    note text,
    at timestamptz not null default now()
);
create index intervention_transition_ix on programme.intervention_transition (intervention_id, at);
