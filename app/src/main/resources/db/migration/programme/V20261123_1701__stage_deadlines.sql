-- How many days an intervention may stand in each stage before it is overdue ("decisions with pre-defined
-- time limits", seed 004 §3.6). The documents give no figure per stage: every default below is marked
-- 'default, configurable' and a scheme overrides it in programme.scheme_stage_deadline.
create table programme.stage_deadline (
    stage       text primary key check (stage in ('PROPOSED', 'SELECTED', 'AGENCY_AND_CDA_IN_PLACE',
        'DIAGNOSTIC_STUDY', 'TRUST_BUILDING', 'ACTION_PLAN', 'BUDGET_APPROVED', 'IMPLEMENTING', 'EVALUATED',
        'HANDED_OVER')),
    days_allowed integer not null check (days_allowed > 0),
    note        text not null
);
comment on table programme.stage_deadline is
    'Days allowed in each lifecycle stage unless the scheme says otherwise (default, configurable)';

insert into programme.stage_deadline (stage, days_allowed, note) values
('PROPOSED', 60, 'Decision on a proposal within two months. Default, configurable.'),
('SELECTED', 90, 'Implementing agency and CDA in place within three months of selection. Default, configurable.'),
('AGENCY_AND_CDA_IN_PLACE', 30, 'Diagnostic study started within a month of the CDA joining. Default, configurable.'),
('DIAGNOSTIC_STUDY', 120, 'A participatory diagnostic study takes three to four months. Default, configurable.'),
('TRUST_BUILDING', 180, 'Six months of trust building before the action plan. Default, configurable.'),
('ACTION_PLAN', 90, 'Action plan drawn up with the stakeholders within three months. Default, configurable.'),
('BUDGET_APPROVED', 60, 'Funds leveraged and implementation started within two months of approval. Default, configurable.'),
('IMPLEMENTING', 1095, 'At least three years of implementation (004 Exec summary 7, traditional manufacturing). Default, configurable.'),
('EVALUATED', 90, 'Hand-over within three months of the evaluation. Default, configurable.'),
('HANDED_OVER', 365, 'One year of post-exit follow-up before the cluster is declared self-managing. Default, configurable.');

-- A scheme's own time limits, where it has them; a stage without a row here takes programme.stage_deadline.
create table programme.scheme_stage_deadline (
    scheme_code  text not null references programme.scheme (code) on delete cascade,
    stage        text not null references programme.stage_deadline (stage),
    days_allowed integer not null check (days_allowed > 0),
    primary key (scheme_code, stage)
);
comment on table programme.scheme_stage_deadline is 'Days allowed in a stage under one scheme, overriding the default';
