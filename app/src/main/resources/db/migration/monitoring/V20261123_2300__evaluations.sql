-- Evaluations of interventions (issue 6 deliverable 9; seed 004 §3.12, §4.5 item 22): a mid-term and an
-- end-of-project evaluation per intervention, each with its findings by theme rated on the five usual criteria and
-- its lessons, some of which the knowledge base publishes as best practices. A completed evaluation is locked.
-- The intervention's keys are copied from the programme when the evaluation is started, so scheme and policy
-- reports read this schema alone.
create table monitoring.evaluation (
    id                 bigserial primary key,
    intervention_id    bigint not null,
    cluster_id         bigint not null,
    cluster_name       text not null,
    state_code         smallint not null,
    scheme_code        text not null,
    intervention_title text not null,
    kind               text not null check (kind in ('MID_TERM', 'END_OF_PROJECT')),
    evaluator          text not null check (length(evaluator) between 1 and 200),
    evaluated_on       date not null,
    summary            text not null default '',
    status             text not null default 'DRAFT' check (status in ('DRAFT', 'COMPLETED')),
    created_by         text not null,
    created_at         timestamptz not null default now(),
    completed_by       text,
    completed_at       timestamptz,
    version            integer not null default 0,
    unique (intervention_id, kind),
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index evaluation_scheme_ix on monitoring.evaluation (scheme_code, status);
comment on table monitoring.evaluation is 'Mid-term and end-of-project evaluations; COMPLETED ones are locked';

create table monitoring.evaluation_finding (
    id             bigserial primary key,
    evaluation_id  bigint not null references monitoring.evaluation (id) on delete cascade,
    theme          text not null,
    finding        text not null check (length(finding) between 1 and 4000),
    relevance      smallint check (relevance between 1 and 5),
    effectiveness  smallint check (effectiveness between 1 and 5),
    efficiency     smallint check (efficiency between 1 and 5),
    impact         smallint check (impact between 1 and 5),
    sustainability smallint check (sustainability between 1 and 5)
);
create index evaluation_finding_ix on monitoring.evaluation_finding (evaluation_id, id);
comment on column monitoring.evaluation_finding.relevance is 'Ratings from 1 (poor) to 5 (excellent); empty where the evaluator did not rate';

create table monitoring.evaluation_lesson (
    id            bigserial primary key,
    evaluation_id bigint not null references monitoring.evaluation (id) on delete cascade,
    theme         text not null,
    title         text not null check (length(title) between 1 and 300),
    problem       text not null,
    action        text not null,
    result        text not null,
    cost_rupees   bigint check (cost_rupees >= 0),
    publish       boolean not null default false
);
create index evaluation_lesson_ix on monitoring.evaluation_lesson (evaluation_id, id);
comment on column monitoring.evaluation_lesson.publish is 'Published as a best practice of the knowledge base when the evaluation is completed';
