-- Clusters (product + place) and their key figures by year. States and districts are referred to by code
-- only: they belong to the geography module.
create table registry.cluster (
    id bigserial primary key,
    name text not null,
    product text not null,
    nic_code varchar(5),
    typology_code text not null references registry.typology (code),
    state_code smallint not null,
    district_code integer,
    district_name text,
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    status text not null default 'IDENTIFIED'
        check (status in ('IDENTIFIED', 'VALIDATED', 'UNDER_INTERVENTION', 'GRADUATED')),
    market_position char(1) check (market_position in ('L', 'N', 'I')),
    production_position char(1) check (production_position in ('L', 'N', 'I')),
    description text,
    source text,
    sample boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    unique (name, state_code)
);
create index cluster_state_ix on registry.cluster (state_code);
create index cluster_typology_ix on registry.cluster (typology_code);

create table registry.cluster_figure (
    cluster_id bigint not null references registry.cluster (id) on delete cascade,
    year smallint not null check (year between 1900 and 2100),
    enterprises integer check (enterprises >= 0),
    micro integer check (micro >= 0),
    small integer check (small >= 0),
    medium integer check (medium >= 0),
    artisans integer check (artisans >= 0),
    looms integer check (looms >= 0),
    families integer check (families >= 0),
    employment integer check (employment >= 0),
    turnover_rupees bigint check (turnover_rupees >= 0),
    exports_rupees bigint check (exports_rupees >= 0),
    primary key (cluster_id, year)
);
