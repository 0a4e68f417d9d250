-- The results framework: indicators as data, reports (one intervention x one quarter) carrying baselines,
-- targets and actuals, their approval by level and the history of every value. The keys aggregated by
-- (cluster, district, state, scheme) are copied onto the rows from the other modules' facades when a value is
-- entered, so every dashboard is one query over this schema.
create schema if not exists monitoring;

create table monitoring.indicator (
    code text primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name text not null,
    unit text not null check (unit in ('RUPEES', 'FIRMS', 'PERSONS', 'NUMBER', 'PERCENT', 'TONNES')),
    level text not null check (level in ('FIRM', 'CLUSTER', 'SCHEME', 'POLICY')),
    category text not null check (category in ('ECONOMIC', 'SOCIAL', 'ENVIRONMENTAL', 'INSTITUTIONAL')),
    aggregation text not null check (aggregation in ('SUM', 'MEAN', 'WEIGHTED_MEAN', 'LAST', 'COUNT')),
    weight_code text references monitoring.indicator (code),
    disaggregations text[] not null default '{}',
    minimum numeric,
    maximum numeric,
    whole_number boolean not null default false,
    bounded_by text references monitoring.indicator (code),
    position smallint not null unique,
    source text not null,
    check ((aggregation = 'WEIGHTED_MEAN') = (weight_code is not null)),
    check (disaggregations <@ array['SIZE_CLASS', 'GENDER']::text[])
);
comment on table monitoring.indicator is
    'Indicators of the results framework (004 §4.5 item 22, Tables 2.5-2.6). bounded_by: an indicator of the same report whose value this one may not exceed (the firms reporting exports are among the firms supported)';

create table monitoring.report (
    id bigserial primary key,
    intervention_id bigint not null,
    year smallint not null check (year between 1990 and 2100),
    quarter smallint not null check (quarter between 1 and 4),
    period integer not null generated always as (year * 10 + quarter) stored,
    cluster_id bigint not null,
    cluster_name text not null,
    district_name text,
    state_code smallint not null,
    scheme_code text not null,
    intervention_title text not null,
    approval smallint not null default 0 check (approval between 0 and 3),
    version integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (intervention_id, year, quarter)
);
comment on column monitoring.report.year is 'Financial year by the calendar year it starts in: 2024 is 2024-25, quarter 1 is April-June';
comment on column monitoring.report.approval is
    '0 entered, 1 approved by the implementing agency, 2 by the state cell, 3 by the scheme; values are locked from 1 on';

create table monitoring.indicator_value (
    id bigserial primary key,
    report_id bigint not null references monitoring.report (id) on delete cascade,
    indicator_code text not null references monitoring.indicator (code),
    kind text not null check (kind in ('BASELINE', 'TARGET', 'ACTUAL')),
    breakdown text not null default 'TOTAL'
        check (breakdown in ('TOTAL', 'SIZE_CLASS:MICRO', 'SIZE_CLASS:SMALL', 'SIZE_CLASS:MEDIUM',
                             'GENDER:WOMEN', 'GENDER:MEN')),
    value numeric not null,
    outlier_confirmed boolean not null default false,
    -- copies of the report's keys, so aggregation reads one table through one index
    intervention_id bigint not null,
    period integer not null,
    approval smallint not null,
    cluster_id bigint not null,
    district_name text,
    state_code smallint not null,
    scheme_code text not null,
    entered_by text not null,
    entered_at timestamptz not null default now(),
    unique (report_id, indicator_code, kind, breakdown)
);
create index indicator_value_aggregation_ix on monitoring.indicator_value
    (indicator_code, kind, breakdown, period)
    include (approval, state_code, district_name, cluster_id, scheme_code, intervention_id, value, report_id);
create index indicator_value_history_ix on monitoring.indicator_value (intervention_id, indicator_code, kind, period);

-- Every value ever entered, changed or removed, and every approval and unlock of a report: what the history
-- of a value shows. The audit trail keeps the same changes with before and after.
create table monitoring.value_history (
    id bigserial primary key,
    report_id bigint not null references monitoring.report (id) on delete cascade,
    indicator_code text,
    kind text,
    breakdown text,
    value numeric,
    action text not null check (action in ('ENTER', 'CHANGE', 'REMOVE', 'APPROVE', 'UNLOCK')),
    approval smallint not null,
    note text,
    actor text not null,
    at timestamptz not null default now()
);
create index value_history_report_ix on monitoring.value_history (report_id, at);
