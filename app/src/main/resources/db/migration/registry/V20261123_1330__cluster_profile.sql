-- The full cluster profile (issue: registry and observatory): more places and NIC codes, descriptors,
-- market-production position now and targeted, needs, social shares by year, an optional boundary;
-- stakeholders (actors) attached to clusters and the typed, dated linkages between them.
alter table registry.cluster
    add column nic_codes varchar(5)[] not null default '{}',
    add column places text,
    add column boundary_geojson text,
    add column target_market_position char(1) check (target_market_position in ('L', 'N', 'I')),
    add column target_production_position char(1) check (target_production_position in ('L', 'N', 'I')),
    add column localisation text check (localisation in ('LOCALISED', 'DISPERSED')),
    add column density text check (density in ('LOW', 'MEDIUM', 'HIGH')),
    add column breadth text check (breadth in ('LOW', 'MEDIUM', 'HIGH')),
    add column depth text check (depth in ('LOW', 'MEDIUM', 'HIGH')),
    add column pollution_intensive boolean not null default false,
    add column needs_science_technology boolean not null default false,
    add column needs_relocation boolean not null default false,
    add column poverty_intensive boolean not null default false,
    add column needs_social_compliance boolean not null default false,
    add column updated_by text;

alter table registry.cluster_figure
    add column minority_share numeric(5, 2) check (minority_share between 0 and 100),
    add column sc_st_share numeric(5, 2) check (sc_st_share between 0 and 100);

create extension if not exists pg_trgm;
create index cluster_search_ix on registry.cluster using gin ((name || ' ' || product || ' ' || coalesce(places, '')) gin_trgm_ops);
create index cluster_status_ix on registry.cluster (status);
create index cluster_nic_ix on registry.cluster (nic_code varchar_pattern_ops);

create table registry.actor (
    id bigserial primary key,
    name text not null,
    kind text not null check (kind in ('PRINCIPAL_FIRM', 'SUPPLIER', 'BUYER', 'BDS_PROVIDER', 'BANK',
        'TECHNICAL_INSTITUTION', 'ASSOCIATION', 'NETWORK', 'CONSORTIUM', 'SPV', 'SHG', 'COOPERATIVE', 'NGO',
        'GOVERNMENT_BODY')),
    description text,
    contact text,
    state_code smallint,
    created_at timestamptz not null default now(),
    version integer not null default 0
);
create index actor_name_ix on registry.actor using gin (name gin_trgm_ops);

create table registry.cluster_actor (
    cluster_id bigint not null references registry.cluster (id) on delete cascade,
    actor_id bigint not null references registry.actor (id) on delete cascade,
    since date,
    primary key (cluster_id, actor_id)
);
create index cluster_actor_actor_ix on registry.cluster_actor (actor_id);

create table registry.linkage (
    id bigserial primary key,
    cluster_id bigint not null references registry.cluster (id) on delete cascade,
    from_actor bigint not null references registry.actor (id) on delete cascade,
    to_actor bigint not null references registry.actor (id) on delete cascade,
    kind text not null check (kind in ('BACKWARD', 'FORWARD', 'SERVICE', 'MEMBERSHIP', 'FINANCE')),
    started_on date,
    ended_on date,
    note text,
    check (from_actor <> to_actor),
    check (ended_on is null or started_on is null or ended_on >= started_on)
);
create index linkage_cluster_ix on registry.linkage (cluster_id);
