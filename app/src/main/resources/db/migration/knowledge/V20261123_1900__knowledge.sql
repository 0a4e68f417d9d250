-- Knowledge: documents with their extracted text, e-Cluster News, events, best practices, and one search
-- index over all of them (English and Hindi full-text search, trigram name matching, facets).
create schema if not exists knowledge;
create extension if not exists pg_trgm;

create table knowledge.document (
    id            bigserial primary key,
    title         text not null check (length(title) between 1 and 300),
    kind          text not null check (kind in ('DIAGNOSTIC_REPORT', 'ACTION_PLAN', 'CASE_STUDY', 'EVALUATION',
                                               'POLICY', 'TRAINING_MATERIAL', 'OTHER')),
    language      text not null check (language in ('en', 'hi')),
    media_type    text not null,
    file_name     text not null,
    stored_path   text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        text not null,
    text_chars    integer not null check (text_chars >= 0),
    year          integer check (year between 1950 and 2100),
    state_code    integer,
    cluster_ids   bigint[] not null default '{}',
    scheme        text,
    activity_type text,
    product       text,
    nic_code      text check (nic_code ~ '^[0-9]{2,5}$'),
    places        text,
    visibility    text not null check (visibility in ('PUBLIC', 'RESTRICTED')),
    roles         text[] not null default '{}',
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now(),
    version       integer not null default 0,
    check (visibility = 'PUBLIC' or cardinality(roles) > 0)
);
comment on table knowledge.document is 'An uploaded file (type checked by content) under dataDir/knowledge/documents; its text is in knowledge.entry';
comment on column knowledge.document.roles is 'For a RESTRICTED document, the roles (any scope) that may read it; administrators and the uploader always may';

create table knowledge.news_post (
    id           bigserial primary key,
    title        text not null check (length(title) between 1 and 300),
    summary      text not null,
    body         text not null,
    language     text not null check (language in ('en', 'hi')),
    status       text not null default 'DRAFT' check (status in ('DRAFT', 'REVIEW', 'PUBLISHED')),
    author       text not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    published_at timestamptz,
    version      integer not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create index news_post_published on knowledge.news_post (published_at desc) where status = 'PUBLISHED';

create table knowledge.event (
    id          bigserial primary key,
    title       text not null check (length(title) between 1 and 300),
    kind        text not null check (kind in ('WORKSHOP', 'FAIR', 'STUDY_TOUR', 'TRAINING', 'MEETING', 'OTHER')),
    starts_on   date not null,
    ends_on     date not null,
    place       text not null,
    state_code  integer,
    description text not null default '',
    created_by  text not null,
    created_at  timestamptz not null default now(),
    version     integer not null default 0,
    check (ends_on >= starts_on)
);
create index event_starts on knowledge.event (starts_on);

create table knowledge.practice (
    id                bigserial primary key,
    title             text not null check (length(title) between 1 and 300),
    problem           text not null,
    action            text not null,
    result            text not null,
    cost_rupees       bigint check (cost_rupees >= 0),
    cluster_id        bigint not null,
    cluster_name      text not null,
    nic_code          text,
    typology_code     text not null,
    typology_parent   text,
    state_code        integer not null,
    activity_type     text not null,
    themes            text[] not null default '{}',
    document_id       bigint references knowledge.document on delete set null,
    recorded_by       text not null,
    recorded_at       timestamptz not null default now(),
    version           integer not null default 0
);
comment on table knowledge.practice is 'A best practice or lesson; the cluster''s NIC code, typology and state are copied from the registry when recorded, so suggestions need no cross-module join';
create index practice_cluster on knowledge.practice (cluster_id);

-- One row per searchable record, written in the transaction that writes the record.
create table knowledge.entry (
    id           bigserial primary key,
    source       text not null check (source in ('DOCUMENT', 'NEWS', 'EVENT', 'PRACTICE')),
    source_id    bigint not null,
    title        text not null,
    summary      text not null default '',
    body         text not null default '',
    kind         text not null,
    language     text not null default 'en',
    state_code   integer,
    product      text,
    nic_code     text,
    scheme       text,
    year         integer,
    visibility   text not null default 'PUBLIC' check (visibility in ('PUBLIC', 'RESTRICTED')),
    roles        text[] not null default '{}',
    uploaded_by  text,
    updated_at   timestamptz not null default now(),
    -- both configurations on every text: a Hindi word inside an English report must be found too;
    -- only the first 200,000 characters are indexed (a tsvector holds at most 1 MB)
    search       tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('hindi'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, summary), 'B')
        || setweight(to_tsvector('hindi'::regconfig, summary), 'B')
        || to_tsvector('english'::regconfig, left(body, 200000))
        || to_tsvector('hindi'::regconfig, left(body, 200000))) stored,
    unique (source, source_id)
);
create index entry_search on knowledge.entry using gin (search);
create index entry_title_trigram on knowledge.entry using gin (title gin_trgm_ops);
