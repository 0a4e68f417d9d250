-- Baselines from the diagnostic study: when the resource organisation validates a study, its figures that stand
-- for an indicator become the intervention's BASELINE values. A figure named as an indicator's code in lower case
-- (employment, turnover) stands for it without a row here; these rows name the other spellings studies use.
create table monitoring.study_figure_indicator (
    figure text primary key check (figure ~ '^[a-z][a-z0-9_]*$'),
    indicator_code text not null references monitoring.indicator (code)
);
comment on table monitoring.study_figure_indicator is
    'Names of diagnostic study figures (programme.diagnostic_figure.indicator) that stand for a monitoring indicator';

insert into monitoring.study_figure_indicator (figure, indicator_code) values
('turnover_rupees', 'TURNOVER'),
('annual_turnover', 'TURNOVER'),
('profits_rupees', 'PROFITS'),
('workers', 'EMPLOYMENT'),
('employees', 'EMPLOYMENT'),
('persons_employed', 'EMPLOYMENT'),
('average_wage', 'AVERAGE_MONTHLY_WAGE'),
('monthly_wage_rupees', 'AVERAGE_MONTHLY_WAGE'),
('capacity_utilisation_percent', 'CAPACITY_UTILISATION'),
('association_member_firms', 'ASSOCIATION_MEMBERS'),
('waste_recycled_tonnes', 'WASTE_RECYCLED');

-- What each validation did with each figure that stands for an indicator: where the baseline was stored, or why
-- not (a baseline entered by hand is kept, a locked report is not changed, a value the indicator's rules refuse is
-- not stored). A study validated again updates the baseline it stored itself, in the same quarter.
create table monitoring.study_baseline (
    intervention_id bigint not null,
    indicator_code text not null references monitoring.indicator (code),
    figure text not null,
    value numeric not null,
    unit text not null,
    figure_year smallint not null,
    period integer not null,
    outcome text not null check (outcome in ('APPLIED', 'HAND_VALUE_KEPT', 'REPORT_LOCKED', 'REFUSED')),
    kept_value numeric,
    reason text,
    validated_by text not null,
    validated_at timestamptz not null,
    primary key (intervention_id, indicator_code)
);
