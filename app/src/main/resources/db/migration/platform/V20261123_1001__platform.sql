-- Platform tables: HTTP sessions (Spring Session JDBC), published application events (Spring Modulith)
-- and background jobs.
create schema if not exists platform;

create table platform.spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references platform.spring_session (primary_id) on delete cascade
);

create table platform.job (
    id uuid primary key,
    type text not null,
    title text not null,
    status text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    done bigint not null default 0,
    total bigint,
    message text,
    result_link text,
    created_by text not null,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    heartbeat_at timestamptz not null default now(),
    cancel_requested boolean not null default false
);
create index job_created_at_ix on platform.job (created_at desc);
create index job_unfinished_ix on platform.job (status) where status in ('QUEUED', 'RUNNING');
