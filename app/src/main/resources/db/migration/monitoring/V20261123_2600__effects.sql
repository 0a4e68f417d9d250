-- Effects of cluster development (issue 6, deliverables 5-7): the social group of a firm's owner as a breakdown of
-- firm-level values, the firms of the cluster as the base that benefits are compared with, local institutions
-- created or revived, activities taken over by local institutions, and the yearly split of each association's
-- work between developmental and lobbying work.

-- A firm counts in the first group its owner belongs to, in this order: SC, ST, minority, women-owned, other;
-- so the parts are disjoint and add up to the total like the size classes.
alter table monitoring.indicator drop constraint indicator_disaggregations_check;
alter table monitoring.indicator
    add constraint indicator_disaggregations_check
        check (disaggregations <@ array['SIZE_CLASS', 'GENDER', 'SOCIAL_GROUP']::text[]);

alter table monitoring.indicator_value drop constraint indicator_value_breakdown_check;
alter table monitoring.indicator_value
    add constraint indicator_value_breakdown_check
        check (breakdown in ('TOTAL', 'SIZE_CLASS:MICRO', 'SIZE_CLASS:SMALL', 'SIZE_CLASS:MEDIUM',
                             'GENDER:WOMEN', 'GENDER:MEN',
                             'SOCIAL_GROUP:SC', 'SOCIAL_GROUP:ST', 'SOCIAL_GROUP:MINORITY',
                             'SOCIAL_GROUP:WOMEN_OWNED', 'SOCIAL_GROUP:OTHER'));

update monitoring.indicator set disaggregations = array['SIZE_CLASS', 'SOCIAL_GROUP']
where code in ('FIRMS_SUPPORTED', 'DOMESTIC_SALES', 'DOMESTIC_SALES_FIRMS', 'EXPORTS', 'EXPORTS_FIRMS', 'SAVINGS',
               'SAVINGS_FIRMS', 'QUALITY_ACCREDITATION_FIRMS', 'INVESTMENT', 'INVESTMENT_FIRMS', 'CREDIT',
               'CREDIT_FIRMS', 'TRAINING_FIRMS');

insert into monitoring.indicator (code, name, unit, level, category, aggregation, weight_code, disaggregations,
        minimum, maximum, whole_number, bounded_by, position, source) values
('CLUSTER_FIRMS', 'Firms in the cluster', 'FIRMS', 'CLUSTER', 'SOCIAL', 'LAST', null, '{SIZE_CLASS,SOCIAL_GROUP}',
 0, null, true, null, 260,
 '004 §3.9: the firms of the cluster by size class and social group, the base each group''s share of benefit is compared with');

-- Associations, networks, consortia and SPVs created or revived in a cluster: new institutional capacity
-- (004 §3.11). Those formed by trust building arrive from the programme's CollectiveBodyFormed event.
create table monitoring.local_institution (
    id bigserial primary key,
    cluster_id bigint not null,
    intervention_id bigint,
    kind text not null check (kind in ('ASSOCIATION', 'NETWORK', 'CONSORTIUM', 'SPV')),
    name text not null check (btrim(name) <> ''),
    change text not null check (change in ('CREATED', 'REVIVED')),
    changed_on date not null,
    member_firms integer check (member_firms >= 0),
    source text not null check (source in ('TRUST_BUILDING', 'ENTERED')),
    note text,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    version integer not null default 0
);
create unique index local_institution_name_ux on monitoring.local_institution (cluster_id, kind, lower(name));

-- Activities the programme ran that a local institution now runs on its own (003: responsibility shifts to
-- local institutions).
create table monitoring.activity_takeover (
    id bigserial primary key,
    cluster_id bigint not null,
    activity text not null check (btrim(activity) <> ''),
    institution text not null check (btrim(institution) <> ''),
    since date not null,
    evidence text not null check (btrim(evidence) <> ''),
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    version integer not null default 0
);
create index activity_takeover_cluster_ix on monitoring.activity_takeover (cluster_id, since);

-- The share of an association's work that is developmental rather than lobbying, by financial year (004 §3.11).
-- Entered as shares or as hours; the shares are kept either way.
create table monitoring.association_work (
    id bigserial primary key,
    cluster_id bigint not null,
    actor_id bigint not null,
    association text not null,
    year smallint not null check (year between 1990 and 2100),
    developmental_share numeric(5, 2) not null check (developmental_share between 0 and 100),
    lobbying_share numeric(5, 2) not null check (lobbying_share between 0 and 100),
    developmental_hours numeric(9, 1) check (developmental_hours >= 0),
    lobbying_hours numeric(9, 1) check (lobbying_hours >= 0),
    note text,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    version integer not null default 0,
    check (developmental_share + lobbying_share = 100),
    check ((developmental_hours is null) = (lobbying_hours is null)),
    unique (cluster_id, actor_id, year)
);
