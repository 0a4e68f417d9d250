-- The latest year's key figures kept on the cluster row, so that directory searches, maps and exports
-- over thousands of clusters filter and sort without looking up each cluster's figures. A trigger keeps
-- them in step with registry.cluster_figure; nothing else writes them.
alter table registry.cluster
    add column latest_year smallint,
    add column latest_enterprises integer,
    add column latest_artisans integer,
    add column latest_employment integer,
    add column latest_turnover_rupees bigint,
    add column latest_exports_rupees bigint;

create function registry.refresh_latest_figures(cluster bigint) returns void language sql as $$
    update registry.cluster c set (latest_year, latest_enterprises, latest_artisans, latest_employment,
                                   latest_turnover_rupees, latest_exports_rupees) =
        (select f.year, f.enterprises, f.artisans, f.employment, f.turnover_rupees, f.exports_rupees
         from registry.cluster_figure f where f.cluster_id = c.id order by f.year desc limit 1)
    where c.id = cluster;
$$;

create function registry.cluster_figure_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform registry.refresh_latest_figures(old.cluster_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform registry.refresh_latest_figures(new.cluster_id);
    end if;
    return null;
end;
$$;

create trigger cluster_figure_latest after insert or update or delete on registry.cluster_figure
    for each row execute function registry.cluster_figure_changed();

select registry.refresh_latest_figures(id) from registry.cluster;

create index cluster_name_ix on registry.cluster (name, id);
create index cluster_enterprises_ix on registry.cluster (latest_enterprises);
