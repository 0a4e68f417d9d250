-- Field work on an intervention: the diagnostic study as structured data (issue 5, deliverable 5), trust-building
-- activities (deliverable 6), implementation records with evidence, the exit checklist and post-exit follow-up
-- (deliverable 10).

-- One diagnostic study per intervention; its validation by the resource organisation lets the intervention move
-- on to trust building. Changing a validated study withdraws the validation.
create table programme.diagnostic_study (
    intervention_id bigint primary key references programme.intervention (id) on delete cascade,
    stakeholders_consulted text[] not null default '{}',
    prepared_by text not null,
    validated_by text,
    validated_at timestamptz,
    validation_note text,
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    check ((validated_by is null) = (validated_at is null))
);

-- The study's chapters: profile, history, products and markets, technology, raw materials, skills, finance,
-- infrastructure, institutions and linkages, SWOT and vision (org.clusterdev.programme.StudySection).
create table programme.diagnostic_section (
    intervention_id bigint not null references programme.diagnostic_study (intervention_id) on delete cascade,
    section text not null,
    body text not null,
    primary key (intervention_id, section)
);

-- Problems and opportunities by theme (the activity categories of 004 Annex 2.2): they seed the draft action plan.
create table programme.diagnostic_finding (
    id bigserial primary key,
    intervention_id bigint not null references programme.diagnostic_study (intervention_id) on delete cascade,
    theme text not null references programme.activity_category (code),
    kind text not null check (kind in ('PROBLEM', 'OPPORTUNITY')),
    description text not null,
    position smallint not null
);
create index diagnostic_finding_ix on programme.diagnostic_finding (intervention_id, position);

-- The study's figures: the baseline against which the intervention is monitored.
create table programme.diagnostic_figure (
    intervention_id bigint not null references programme.diagnostic_study (intervention_id) on delete cascade,
    indicator text not null,
    value numeric not null,
    unit text not null,
    year smallint not null check (year between 1950 and 2100),
    primary key (intervention_id, indicator)
);

-- Trust-building activities (004 Annex 2.2, first column) with what came of them.
create table programme.trust_activity (
    id bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    activity_code text not null references programme.activity_type (code),
    held_on date not null,
    participants integer not null check (participants >= 0),
    actors text not null,
    outcome text not null,
    body_formed text check (body_formed in ('ASSOCIATION', 'NETWORK', 'CONSORTIUM', 'SPV')),
    body_name text,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    check ((body_formed is null) = (body_name is null))
);
create index trust_activity_ix on programme.trust_activity (intervention_id, held_on);

-- Activities carried out, with who led them: responsibility shifts to local institutions over time (003).
create table programme.implementation_activity (
    id bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    activity_code text references programme.activity_type (code),
    title text not null,
    started_on date not null,
    finished_on date,
    cost_rupees bigint not null check (cost_rupees >= 0),
    participants integer not null check (participants >= 0),
    outputs text not null,
    led_by text not null check (led_by in ('IMPLEMENTING_AGENCY', 'LOCAL_INSTITUTION', 'PRIVATE_SECTOR')),
    latitude double precision check (latitude between -90 and 90),
    longitude double precision check (longitude between -180 and 180),
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    check (finished_on is null or finished_on >= started_on),
    check ((latitude is null) = (longitude is null))
);
create index implementation_activity_ix on programme.implementation_activity (intervention_id, started_on);

-- Evidence files (photos, attendance sheets, reports) stored on disk under the data directory.
create table programme.evidence_file (
    id bigserial primary key,
    activity_id bigint not null references programme.implementation_activity (id) on delete cascade,
    file_name text not null,
    content_type text not null,
    size_bytes bigint not null check (size_bytes > 0),
    stored_as text not null unique,
    latitude double precision check (latitude between -90 and 90),
    longitude double precision check (longitude between -180 and 180),
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);

-- The exit checklist: each item confirmed with its evidence before an intervention is handed over.
create table programme.exit_check (
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    item text not null check (item in ('LOCAL_BODY_CARRIES_ON', 'ASSETS_OPERATED', 'ASSETS_MAINTAINED',
        'RESPONSIBILITY_HANDED_OVER', 'ACCOUNTS_CLOSED')),
    evidence text not null,
    confirmed_by text not null,
    confirmed_at timestamptz not null default now(),
    primary key (intervention_id, item)
);

-- Visits after hand-over: is the cluster carrying on by itself?
create table programme.exit_follow_up (
    id bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    visited_on date not null,
    status text not null check (status in ('ON_TRACK', 'AT_RISK', 'LAPSED')),
    note text not null,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);
create index exit_follow_up_ix on programme.exit_follow_up (intervention_id, visited_on);
