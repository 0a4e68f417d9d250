-- Action plans with versioned revisions, the funding ledger, funding rules switched per scheme, and cluster
-- credit plans. Money in whole rupees.

-- ---------------------------------------------------------------------------------------------------
-- Funding rules: the rules that the checking code needs and 1301 does not hold yet, and a switch per scheme.
-- ---------------------------------------------------------------------------------------------------
alter table programme.funding_rule drop constraint funding_rule_unit_check;
alter table programme.funding_rule add constraint funding_rule_unit_check
    check (unit in ('RUPEES_PER_CLUSTER_PER_YEAR','RUPEES_PER_CLUSTER','PERCENT','YEARS','MEMBERS'));
-- The scheme a rule belongs to; null = every scheme (the general norms of 004).
alter table programme.funding_rule add column scheme_code text references programme.scheme (code);

insert into programme.funding_rule(code, description, value, unit, source, scheme_code) values
('CFC_SPV_MIN_MEMBERS',
 'MSE-CDP common facility centre: the SPV that owns and runs the centre has at least 20 member units. The seed documents say only that an SPV is to be constituted (004 Annex 2.4); the figure is the scheme''s condition as the programme brief states it.',
 20, 'MEMBERS', 'issue 5 (MSE-CDP CFC conditions); 004 Annex 2.4', 'MSECDP'),
('CFC_BENEFICIARY_MIN_SHARE',
 'MSE-CDP common facility centre: the beneficiaries (SPV) contribute at least 10 per cent of the project cost.',
 10, 'PERCENT', 'issue 5 (MSE-CDP CFC conditions)', 'MSECDP'),
('CFC_MEMBER_MAX_EQUITY_SHARE',
 'MSE-CDP common facility centre: no member holds more than 10 per cent of the SPV''s equity, so that the centre stays common.',
 10, 'PERCENT', 'issue 5 (MSE-CDP CFC conditions)', 'MSECDP'),
('CFC_LAND_MAX_SHARE',
 'MSE-CDP common facility centre: land counts for at most 25 per cent of the project cost.',
 25, 'PERCENT', 'issue 5 (MSE-CDP CFC conditions)', 'MSECDP'),
('RELEASE_NEEDS_UTILISATION_CERTIFICATE',
 'A release after the first tranche needs the utilisation certificate of the previous tranche (the practice of Government grants in tranches; decisions and releases accountable, 004 §3.6).',
 null, null, '004 §3.6; General Financial Rules practice', null),
('RELEASE_WITHIN_SANCTION',
 'Releases of an intervention never add up to more than the amount sanctioned for it.',
 null, null, '004 §3.6', null),
('NO_DOUBLE_FUNDING',
 'The same asset or beneficiary is not funded twice across schemes: convergence of schemes without double funding.',
 null, null, '004 §4.1', null);

-- A scheme switches a rule off (or on again) here; a rule without a row applies.
create table programme.scheme_funding_rule (
    scheme_code text not null references programme.scheme (code),
    rule_code   text not null references programme.funding_rule (code),
    enabled     boolean not null,
    reason      text not null,
    primary key (scheme_code, rule_code)
);

-- R&D activities carry 90 per cent public support instead of 70 (004 §3.8).
alter table programme.activity_type add column research boolean not null default false;
update programme.activity_type set research = true where code in ('TU24', 'TU15');

-- ---------------------------------------------------------------------------------------------------
-- Action plans. One plan per intervention; every version is a full copy of the activities and budget lines,
-- so any two versions compare directly. Only the newest version can be a draft; the draft is what is edited.
-- ---------------------------------------------------------------------------------------------------
create table programme.action_plan (
    id              bigserial primary key,
    intervention_id bigint not null unique references programme.intervention (id) on delete cascade,
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);

create table programme.plan_version (
    id                    bigserial primary key,
    plan_id               bigint not null references programme.action_plan (id) on delete cascade,
    number                integer not null check (number >= 1),
    status                text not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    reason                text not null,
    created_by            text not null,
    created_at            timestamptz not null default now(),
    approved_by           text,
    approved_at           timestamptz,
    starts_on             date not null,
    duration_years        smallint not null check (duration_years between 1 and 10),
    spv_members           integer check (spv_members >= 0),
    largest_member_equity numeric(5, 2) check (largest_member_equity between 0 and 100),
    land_cost             bigint check (land_cost >= 0),
    unique (plan_id, number),
    check ((status = 'DRAFT') = (approved_by is null))
);

create table programme.plan_activity (
    version_id          bigint not null references programme.plan_version (id) on delete cascade,
    activity_key        integer not null, -- stable across versions, so a diff matches the same activity
    activity_type_code  text not null references programme.activity_type (code),
    title               text not null,
    matrix_intervention text not null check (matrix_intervention in ('MARKETING','PRODUCTIVITY_COMPETITIVENESS','LOCAL_ORGANISATIONS')),
    matrix_nature       text not null check (matrix_nature in ('BENCHMARKING','OTHER_SOFT','INFRASTRUCTURE','VALUE_CHAIN_LINKAGE')),
    support             text not null check (support in ('SOFT', 'HARD')),
    starts_on           date not null,
    ends_on             date not null,
    responsible         text not null,
    outputs             text not null default '',
    indicators          text not null default '',
    primary key (version_id, activity_key),
    check (ends_on >= starts_on)
);

-- activity_key null: cluster management cost (IA fees, CDA), which belongs to no single activity (004 §3.8).
create table programme.plan_budget_line (
    id           bigserial primary key,
    version_id   bigint not null references programme.plan_version (id) on delete cascade,
    activity_key integer,
    plan_year    smallint not null check (plan_year between 1 and 10),
    source       text not null check (source in ('CENTRAL','STATE','FINANCIAL_INSTITUTION','BENEFICIARY','CSR','INTERNATIONAL')),
    amount       bigint not null check (amount > 0)
);
create index plan_budget_line_version_ix on programme.plan_budget_line (version_id);

-- ---------------------------------------------------------------------------------------------------
-- The funding ledger: one row per money event of an intervention.
-- ---------------------------------------------------------------------------------------------------
create table programme.funding_entry (
    id              bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    kind            text not null check (kind in ('COMMITMENT','SANCTION','RELEASE','EXPENDITURE','UTILISATION_CERTIFICATE','CONTRIBUTION')),
    source          text not null check (source in ('CENTRAL','STATE','FINANCIAL_INSTITUTION','BENEFICIARY','CSR','INTERNATIONAL')),
    amount          bigint not null check (amount > 0),
    tranche         smallint check (tranche >= 1),
    on_date         date not null,
    reference       text not null default '',
    recorded_by     text not null,
    recorded_at     timestamptz not null default now(),
    check ((kind in ('RELEASE', 'UTILISATION_CERTIFICATE')) = (tranche is not null))
);
create index funding_entry_intervention_ix on programme.funding_entry (intervention_id, kind);
create unique index funding_entry_tranche_ux on programme.funding_entry (intervention_id, kind, tranche)
    where kind in ('RELEASE', 'UTILISATION_CERTIFICATE');

-- Assets and beneficiaries an intervention funds, keyed so that the same one is found across schemes.
create table programme.funded_item (
    id              bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    kind            text not null check (kind in ('ASSET', 'BENEFICIARY')),
    item_key        text not null, -- normalised: lower case, single spaces
    description     text not null,
    amount          bigint not null check (amount > 0),
    recorded_by     text not null,
    recorded_at     timestamptz not null default now(),
    unique (intervention_id, kind, item_key)
);
create index funded_item_key_ix on programme.funded_item (kind, item_key);

-- ---------------------------------------------------------------------------------------------------
-- Cluster credit plans (001 slide 23): credit needs, banks linked, sanctioned and disbursed credit, and the
-- reviews by the state level bankers' committee (SLBC).
-- ---------------------------------------------------------------------------------------------------
create table programme.credit_plan (
    id              bigserial primary key,
    intervention_id bigint not null references programme.intervention (id) on delete cascade,
    plan_year       smallint not null check (plan_year between 2000 and 2100),
    credit_need     bigint not null check (credit_need >= 0),
    purpose         text not null default '',
    created_by      text not null,
    created_at      timestamptz not null default now(),
    version         integer not null default 0,
    unique (intervention_id, plan_year)
);

create table programme.credit_plan_bank (
    id             bigserial primary key,
    credit_plan_id bigint not null references programme.credit_plan (id) on delete cascade,
    bank           text not null,
    sanctioned     bigint not null check (sanctioned >= 0),
    disbursed      bigint not null check (disbursed >= 0),
    unique (credit_plan_id, bank),
    check (disbursed <= sanctioned)
);

create table programme.credit_plan_review (
    id             bigserial primary key,
    credit_plan_id bigint not null references programme.credit_plan (id) on delete cascade,
    reviewed_on    date not null,
    remarks        text not null,
    recorded_by    text not null
);
