-- Targets and actuals summed per intervention, indicator, kind, breakdown, calendar year and approval level, kept
-- current by triggers. A dashboard over many quarters reads the whole years inside its range from here (a quarter
-- of the rows) and only the quarters at its ends from monitoring.indicator_value.
create table monitoring.indicator_value_year (
    intervention_id bigint not null,
    indicator_code  text not null,
    kind            text not null,
    breakdown       text not null,
    year            integer not null,
    approval        smallint not null,
    cluster_id      bigint not null,
    district_name   text,
    state_code      smallint not null,
    scheme_code     text not null,
    total           numeric not null,
    n               integer not null,
    -- the value times the indicator's weighting indicator reported beside it, for a weighted mean
    weighted_total  numeric,
    weights         numeric,
    positive        boolean not null,
    first_period    integer not null,
    last_period     integer not null,
    last_value      numeric not null,
    primary key (intervention_id, indicator_code, kind, breakdown, year, approval)
);
create index indicator_value_year_aggregation_ix on monitoring.indicator_value_year
    (indicator_code, kind, breakdown, year)
    include (approval, state_code, district_name, cluster_id, scheme_code, intervention_id, total, n, weighted_total,
             weights, positive, first_period, last_period, last_value);
comment on table monitoring.indicator_value_year is
    'Targets and actuals per intervention and calendar year, by approval level; derived by triggers from indicator_value';

-- What a change touches: the year of an intervention's indicator, kind and breakdown.
create type monitoring.value_year_key as (
    intervention_id bigint, indicator_code text, kind text, breakdown text, year integer);

create function monitoring.value_year_key_of(v monitoring.indicator_value) returns monitoring.value_year_key
    language sql immutable as $$
    select row(v.intervention_id, v.indicator_code, v.kind, v.breakdown, v.period / 10)::monitoring.value_year_key
$$;

-- The years touched by changed values, with those of the indicators weighted by a changed indicator.
create function monitoring.value_year_keys(changed monitoring.value_year_key[])
    returns setof monitoring.value_year_key language sql stable as $$
    with keys as (
        select distinct k.* from unnest(changed) k where k.kind in ('ACTUAL', 'TARGET')
    )
    select * from keys
    union
    select k.intervention_id, d.code, k.kind, k.breakdown, k.year
    from keys k join monitoring.indicator d on d.weight_code = k.indicator_code
$$;

-- Recomputes the touched years from the values.
create function monitoring.refresh_value_years(changed monitoring.value_year_key[]) returns void
    language plpgsql as $$
begin
    delete from monitoring.indicator_value_year y using monitoring.value_year_keys(changed) a
    where y.intervention_id = a.intervention_id and y.indicator_code = a.indicator_code and y.kind = a.kind
      and y.breakdown = a.breakdown and y.year = a.year;
    insert into monitoring.indicator_value_year
    select v.intervention_id, v.indicator_code, v.kind, v.breakdown, v.period / 10, v.approval,
           min(v.cluster_id), min(v.district_name), min(v.state_code), min(v.scheme_code),
           sum(v.value), count(*), sum(v.value * w.value), sum(w.value), bool_or(v.value > 0),
           min(v.period), max(v.period), (max(array[v.period::numeric, v.value]))[2]
    from monitoring.value_year_keys(changed) a
    join monitoring.indicator_value v
      on v.intervention_id = a.intervention_id and v.indicator_code = a.indicator_code and v.kind = a.kind
     and v.breakdown = a.breakdown and v.period between a.year * 10 + 1 and a.year * 10 + 4
    join monitoring.indicator i on i.code = v.indicator_code
    left join monitoring.indicator_value w
           on w.report_id = v.report_id and w.indicator_code = i.weight_code and w.kind = v.kind
          and w.breakdown = v.breakdown
    group by v.intervention_id, v.indicator_code, v.kind, v.breakdown, v.period / 10, v.approval;
end $$;

-- One statement's inserted, removed or changed values (an approval changes every value of its report).
create function monitoring.value_years_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform monitoring.refresh_value_years(
            array(select distinct monitoring.value_year_key_of(n) from new_values n));
    elsif TG_OP = 'DELETE' then
        perform monitoring.refresh_value_years(
            array(select distinct monitoring.value_year_key_of(o) from old_values o));
    else
        perform monitoring.refresh_value_years(array(
            select monitoring.value_year_key_of(n) from new_values n
            union
            select monitoring.value_year_key_of(o) from old_values o));
    end if;
    return null;
end $$;

create trigger value_years_inserted after insert on monitoring.indicator_value
    referencing new table as new_values for each statement execute function monitoring.value_years_changed();
create trigger value_years_deleted after delete on monitoring.indicator_value
    referencing old table as old_values for each statement execute function monitoring.value_years_changed();
create trigger value_years_updated after update on monitoring.indicator_value
    referencing old table as old_values new table as new_values
    for each statement execute function monitoring.value_years_changed();

select monitoring.refresh_value_years(
    array(select distinct monitoring.value_year_key_of(v) from monitoring.indicator_value v));
