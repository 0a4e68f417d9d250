-- Ratings and benchmarking (seed 004 §4.5 items 2, 20, 22; seed 001 slide 32). A rating scheme is a published
-- scoring grid: weighted criteria (weights totalling 100), one scale whose every score has a level description,
-- and grade bands on the total out of 100. A rating scores one cluster, or one association or other business
-- membership organisation of a cluster, on every criterion of a scheme for one financial year; the total and the
-- grade are stored as computed when it was given, so a grid edited later never rewrites past ratings.
create table monitoring.rating_scheme (
    code text primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name text not null check (length(trim(name)) > 0),
    subject text not null check (subject in ('CLUSTER', 'ASSOCIATION')),
    theme text,
    product_nic varchar(5) check (product_nic ~ '^[0-9]{2,5}$'),
    product_word text,
    scale_min smallint not null check (scale_min >= 0),
    scale_max smallint not null check (scale_max <= 10),
    source text not null,
    published boolean not null default false,
    version integer not null default 0,
    updated_by text not null default 'system',
    updated_at timestamptz not null default now(),
    check (scale_max > scale_min)
);
comment on table monitoring.rating_scheme is
    'Scoring grids. theme, product_nic and product_word scope a thematic rating across all clusters of a product (004 §4.5 item 2)';

create table monitoring.rating_criterion (
    scheme_code text not null references monitoring.rating_scheme (code) on delete cascade,
    code text not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    position smallint not null,
    name text not null,
    description text not null default '',
    weight numeric(5, 2) not null check (weight > 0),
    primary key (scheme_code, code),
    unique (scheme_code, position)
);

create table monitoring.rating_level (
    scheme_code text not null references monitoring.rating_scheme (code) on delete cascade,
    score smallint not null,
    label text not null,
    description text not null default '',
    primary key (scheme_code, score)
);

create table monitoring.rating_grade (
    scheme_code text not null references monitoring.rating_scheme (code) on delete cascade,
    grade text not null,
    minimum numeric(5, 2) not null check (minimum between 0 and 100),
    primary key (scheme_code, grade),
    unique (scheme_code, minimum)
);

create table monitoring.rating (
    id bigserial primary key,
    scheme_code text not null references monitoring.rating_scheme (code),
    year smallint not null check (year between 1990 and 2100),
    cluster_id bigint not null,
    cluster_name text not null,
    state_code smallint not null,
    nic_code varchar(5),
    typology_code text not null,
    actor_id bigint,
    actor_name text,
    total numeric(5, 2) not null check (total between 0 and 100),
    grade text not null,
    note text,
    rated_by text not null,
    rated_at timestamptz not null default now(),
    check ((actor_id is null) = (actor_name is null))
);
comment on column monitoring.rating.year is 'Financial year by the calendar year it starts in: 2024 is 2024-25';
comment on column monitoring.rating.total is 'Sum over the criteria of weight x score / scale maximum, out of 100';
create unique index rating_subject_year_ix on monitoring.rating (scheme_code, cluster_id, actor_id, year) nulls not distinct;
create index rating_year_ix on monitoring.rating (scheme_code, year, total desc);

create table monitoring.rating_score (
    rating_id bigint not null references monitoring.rating (id) on delete cascade,
    criterion_code text not null,
    score smallint not null,
    note text,
    primary key (rating_id, criterion_code)
);
