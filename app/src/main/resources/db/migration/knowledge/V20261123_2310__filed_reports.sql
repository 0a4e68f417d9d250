-- Reports the system generates (diagnostic reports, action plans, evaluations) filed as documents (issue 7).
-- One row per report: filing a newer version replaces the document's file and metadata in place, so a report is
-- never filed twice; revision counts the versions filed.
create table knowledge.filed_report (
    source      text not null check (source in ('DIAGNOSTIC_STUDY', 'ACTION_PLAN', 'EVALUATION')),
    source_id   bigint not null,
    document_id bigint not null references knowledge.document (id) on delete cascade,
    revision    integer not null default 1,
    filed_at    timestamptz not null default now(),
    primary key (source, source_id)
);
comment on column knowledge.filed_report.source_id is 'The intervention (study, plan) or the evaluation';

-- Lessons of completed evaluations published as best practices, once each.
create table knowledge.published_lesson (
    lesson_id   bigint primary key,
    practice_id bigint not null references knowledge.practice (id) on delete cascade
);
