-- Cluster mapping from enterprise data: uploaded data sets, mapping runs, the candidate clusters a run found
-- (compared with the registry and validated in the field), and the registered clusters a run did not find.
create schema if not exists mapping;

create table mapping.dataset (
    id           bigserial primary key,
    file_name    text not null,
    stored_path  text not null,
    size_bytes   bigint not null check (size_bytes >= 0),
    rows         bigint not null check (rows >= 0),
    bad_rows     bigint not null check (bad_rows >= 0),
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
comment on table mapping.dataset is 'An enterprise file (CSV or gzip) stored under dataDir/mapping/; bad rows are skipped when mapped';

create table mapping.dataset_problem (
    dataset_id bigint not null references mapping.dataset on delete cascade,
    line       bigint not null,
    field      text not null,
    reason     text not null,
    primary key (dataset_id, line, field)
);
comment on table mapping.dataset_problem is 'The first bad rows of a data set (at most 1000), with line and reason';

create table mapping.run (
    id              bigserial primary key,
    dataset_id      bigint not null references mapping.dataset,
    eps_km          double precision not null check (eps_km > 0),
    min_units       integer not null check (min_units >= 1),
    min_weight      double precision not null default 0 check (min_weight >= 0),
    weight_column   text check (weight_column in ('ARTISANS', 'LOOMS', 'FAMILIES', 'EMPLOYMENT')),
    grouping        text not null check (grouping ~ '^nic:[2-5]$'),
    definition_code text,
    job_id          uuid,
    status          text not null default 'PENDING' check (status in ('PENDING', 'DONE')),
    firms           bigint,
    candidates      integer,
    registered      integer,
    new_candidates  integer,
    not_found       integer,
    started_by      text not null,
    started_at      timestamptz not null default now(),
    check ((min_weight = 0) or weight_column is not null)
);
comment on column mapping.run.status is 'PENDING until its job committed the results; the job tells whether it failed or was cancelled';

create table mapping.candidate (
    id                  bigserial primary key,
    run_id              bigint not null references mapping.run on delete cascade,
    group_code          text not null,
    group_name          text not null,
    cluster_number      integer not null,
    latitude            double precision not null,
    longitude           double precision not null,
    core_units          integer not null,
    border_units        integer not null,
    employment          double precision not null,
    turnover_inr        double precision not null,
    exports_inr         double precision not null,
    extent_km           double precision not null,
    states              text not null,
    districts           text not null,
    nic_codes           text not null,
    state_code          integer,
    district_name       text,
    registry_cluster_id bigint,
    comparison          text not null check (comparison in ('REGISTERED', 'NEW')),
    review              text not null default 'NONE' check (review in ('NONE', 'SENT', 'CONFIRMED', 'REJECTED')),
    reviewer            text,
    note                text,
    confidence          text check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    promoted_cluster_id bigint,
    version             integer not null default 0,
    unique (run_id, cluster_number),
    check ((comparison = 'REGISTERED') = (registry_cluster_id is not null))
);
comment on column mapping.candidate.registry_cluster_id is
    'The registered cluster matched: same NIC prefix as the group, within max(extent_km, 10) km of the centroid; the nearest';

create table mapping.not_found (
    run_id              bigint not null references mapping.run on delete cascade,
    registry_cluster_id bigint not null,
    name                text not null,
    group_code          text not null,
    primary key (run_id, registry_cluster_id)
);
comment on table mapping.not_found is 'Registered clusters of a product group the run mapped that no candidate matched';
