package org.clusterdev.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the full profile of one cluster, for the profile page and the open-data API. Lists, maps and searches
 * use the lighter {@link ClusterSummary} of {@link ClusterRegistry} instead.
 */
@Service
public class ClusterProfiles {

    private static final String CLUSTER = """
            select c.id, c.name, c.product, c.typology_code, t.name as typology_name, t.parent_code as typology_parent,
                   c.nic_code, c.nic_codes, c.state_code, c.district_code, c.district_name, c.places,
                   c.latitude, c.longitude, c.boundary_geojson, c.status,
                   c.market_position, c.production_position, c.target_market_position, c.target_production_position,
                   c.localisation, c.density, c.breadth, c.depth,
                   c.pollution_intensive, c.needs_science_technology, c.needs_relocation, c.poverty_intensive,
                   c.needs_social_compliance, c.description, c.source, c.sample,
                   c.created_at, c.updated_at, c.updated_by, c.version
            from registry.cluster c
            join registry.typology t on t.code = c.typology_code
            where c.id = :id""";

    private static final String FIGURES = """
            select year, enterprises, micro, small, medium, artisans, looms, families, employment,
                   turnover_rupees, exports_rupees, minority_share, sc_st_share
            from registry.cluster_figure
            where cluster_id = :id
            order by year""";

    private static final String STAKEHOLDERS = """
            select a.id, a.name, a.kind, a.description, a.contact, a.state_code, ca.since
            from registry.cluster_actor ca
            join registry.actor a on a.id = ca.actor_id
            where ca.cluster_id = :id
            order by a.kind, a.name, a.id""";

    private static final String LINKAGES = """
            select l.id, l.from_actor, f.name as from_name, l.to_actor, t.name as to_name, l.kind,
                   l.started_on, l.ended_on, l.note
            from registry.linkage l
            join registry.actor f on f.id = l.from_actor
            join registry.actor t on t.id = l.to_actor
            where l.cluster_id = :id
            order by l.kind, f.name, t.name, l.id""";

    private final JdbcClient jdbc;

    ClusterProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The profile of one cluster, read in one transaction so its parts agree with each other.
     *
     * @param id a cluster id
     * @return the complete profile, with figures, stakeholders and linkages; empty when no cluster has this id
     */
    @Transactional(readOnly = true)
    public Optional<ClusterProfile> find(long id) {
        List<ClusterProfile.Figures> figures = jdbc.sql(FIGURES)
                .param("id", id)
                .query(ClusterProfiles::figures)
                .list();
        List<ClusterProfile.Stakeholder> stakeholders = jdbc.sql(STAKEHOLDERS)
                .param("id", id)
                .query(ClusterProfiles::stakeholder)
                .list();
        List<ClusterProfile.Linkage> linkages = jdbc.sql(LINKAGES)
                .param("id", id)
                .query(ClusterProfiles::linkage)
                .list();
        return jdbc.sql(CLUSTER)
                .param("id", id)
                .query((row, number) -> profile(row, figures, stakeholders, linkages))
                .optional();
    }

    private static ClusterProfile profile(
            ResultSet row,
            List<ClusterProfile.Figures> figures,
            List<ClusterProfile.Stakeholder> stakeholders,
            List<ClusterProfile.Linkage> linkages)
            throws SQLException {
        return new ClusterProfile(
                row.getLong("id"),
                row.getString("name"),
                row.getString("product"),
                row.getString("typology_code"),
                row.getString("typology_name"),
                text(row, "typology_parent"),
                text(row, "nic_code"),
                strings(row.getArray("nic_codes")),
                row.getInt("state_code"),
                whole(row, "district_code"),
                text(row, "district_name"),
                text(row, "places"),
                row.getDouble("latitude"),
                row.getDouble("longitude"),
                text(row, "boundary_geojson"),
                row.getString("status"),
                new ClusterProfile.Positions(
                        text(row, "market_position"),
                        text(row, "production_position"),
                        text(row, "target_market_position"),
                        text(row, "target_production_position")),
                new ClusterProfile.Descriptors(
                        text(row, "localisation"), text(row, "density"), text(row, "breadth"), text(row, "depth")),
                new ClusterProfile.Needs(
                        row.getBoolean("pollution_intensive"),
                        row.getBoolean("needs_science_technology"),
                        row.getBoolean("needs_relocation"),
                        row.getBoolean("poverty_intensive"),
                        row.getBoolean("needs_social_compliance")),
                text(row, "description"),
                text(row, "source"),
                row.getBoolean("sample"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                text(row, "updated_by"),
                row.getInt("version"),
                figures,
                stakeholders,
                linkages);
    }

    private static ClusterProfile.Figures figures(ResultSet row, int number) throws SQLException {
        return new ClusterProfile.Figures(
                row.getInt("year"),
                whole(row, "enterprises"),
                whole(row, "micro"),
                whole(row, "small"),
                whole(row, "medium"),
                whole(row, "artisans"),
                whole(row, "looms"),
                whole(row, "families"),
                whole(row, "employment"),
                Optional.ofNullable(row.getObject("turnover_rupees", Long.class)),
                Optional.ofNullable(row.getObject("exports_rupees", Long.class)),
                Optional.ofNullable(row.getBigDecimal("minority_share")),
                Optional.ofNullable(row.getBigDecimal("sc_st_share")));
    }

    private static ClusterProfile.Stakeholder stakeholder(ResultSet row, int number) throws SQLException {
        return new ClusterProfile.Stakeholder(
                row.getLong("id"),
                row.getString("name"),
                row.getString("kind"),
                text(row, "description"),
                text(row, "contact"),
                whole(row, "state_code"),
                date(row, "since"));
    }

    private static ClusterProfile.Linkage linkage(ResultSet row, int number) throws SQLException {
        return new ClusterProfile.Linkage(
                row.getLong("id"),
                row.getLong("from_actor"),
                row.getString("from_name"),
                row.getLong("to_actor"),
                row.getString("to_name"),
                row.getString("kind"),
                date(row, "started_on"),
                date(row, "ended_on"),
                text(row, "note"));
    }

    private static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Integer> whole(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, Integer.class));
    }

    private static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
