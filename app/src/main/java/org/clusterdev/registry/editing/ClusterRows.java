package org.clusterdev.registry.editing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.geography.District;
import org.clusterdev.registry.ClusterChanges;
import org.clusterdev.registry.ClusterChanges.Descriptors;
import org.clusterdev.registry.ClusterChanges.Need;
import org.clusterdev.registry.ClusterChanges.Position;
import org.clusterdev.registry.ClusterDraft;
import org.clusterdev.registry.FiguresOfYear;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind cluster editing: the editable columns of {@code registry.cluster} and its figures. */
@Repository
public class ClusterRows {

    private static final String EDITABLE = """
            select id, version, name, product, nic_code, nic_codes, typology_code, state_code, district_name, places,
                   latitude, longitude, status, market_position, production_position, target_market_position,
                   target_production_position, localisation, density, breadth, depth, pollution_intensive,
                   needs_science_technology, needs_relocation, poverty_intensive, needs_social_compliance,
                   description, source
            from registry.cluster where id = ?""";

    private final JdbcClient jdbc;

    ClusterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClusterDraft> draft(long id) {
        return jdbc.sql(EDITABLE).param(id).query((rs, n) -> readDraft(rs)).optional();
    }

    public boolean typologyExists(String code) {
        return jdbc.sql("select exists (select 1 from registry.typology where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    public long insert(ClusterChanges changes, Optional<District> district, String user) {
        try {
            return jdbc.sql("""
                            insert into registry.cluster (name, product, nic_code, nic_codes, typology_code, state_code,
                                district_code, district_name, places, latitude, longitude, status, market_position,
                                production_position, target_market_position, target_production_position, localisation,
                                density, breadth, depth, pollution_intensive, needs_science_technology, needs_relocation,
                                poverty_intensive, needs_social_compliance, description, source, updated_by)
                            values (:name, :product, :nicCode, cast(:nicCodes as varchar(5)[]), :typology, :state,
                                :districtCode, :districtName, :places, :latitude, :longitude, :status, :market,
                                :production, :targetMarket, :targetProduction, :localisation, :density, :breadth, :depth,
                                :pollution, :science, :relocation, :poverty, :social, :description, :source, :user)
                            returning id""")
                    .params(columns(changes, district, user))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: a cluster of this name already exists in this state", e);
        }
    }

    /** Applies the changes when the stored version is still {@code expectedVersion}; false otherwise. */
    public boolean update(
            long id, int expectedVersion, ClusterChanges changes, Optional<District> district, String user) {
        try {
            return jdbc.sql("""
                            update registry.cluster set name = :name, product = :product, nic_code = :nicCode,
                                nic_codes = cast(:nicCodes as varchar(5)[]), typology_code = :typology, state_code = :state,
                                district_code = :districtCode, district_name = :districtName, places = :places,
                                latitude = :latitude, longitude = :longitude, status = :status, market_position = :market,
                                production_position = :production, target_market_position = :targetMarket,
                                target_production_position = :targetProduction, localisation = :localisation,
                                density = :density, breadth = :breadth, depth = :depth, pollution_intensive = :pollution,
                                needs_science_technology = :science, needs_relocation = :relocation,
                                poverty_intensive = :poverty, needs_social_compliance = :social,
                                description = :description, source = :source, updated_by = :user, updated_at = now(),
                                version = version + 1
                            where id = :id and version = :version""")
                            .params(columns(changes, district, user))
                            .param("id", id)
                            .param("version", expectedVersion)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("name: a cluster of this name already exists in this state", e);
        }
    }

    public void touch(long id, String user) {
        jdbc.sql("update registry.cluster set updated_at = now(), updated_by = ?, version = version + 1 where id = ?")
                .params(user, id)
                .update();
    }

    public Optional<FiguresOfYear> figures(long id, int year) {
        return jdbc.sql("""
                        select year, enterprises, micro, small, medium, artisans, looms, families, employment,
                               turnover_rupees, exports_rupees, minority_share, sc_st_share
                        from registry.cluster_figure where cluster_id = ? and year = ?""")
                .params(id, year)
                .query((rs, n) -> new FiguresOfYear(
                        rs.getInt("year"),
                        integer(rs, "enterprises"),
                        integer(rs, "micro"),
                        integer(rs, "small"),
                        integer(rs, "medium"),
                        integer(rs, "artisans"),
                        integer(rs, "looms"),
                        integer(rs, "families"),
                        integer(rs, "employment"),
                        Optional.ofNullable((Long) rs.getObject("turnover_rupees")),
                        Optional.ofNullable((Long) rs.getObject("exports_rupees")),
                        Optional.ofNullable(rs.getBigDecimal("minority_share")),
                        Optional.ofNullable(rs.getBigDecimal("sc_st_share"))))
                .optional();
    }

    public void saveFigures(long id, FiguresOfYear f) {
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, enterprises, micro, small, medium, artisans,
                            looms, families, employment, turnover_rupees, exports_rupees, minority_share, sc_st_share)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (cluster_id, year) do update set enterprises = excluded.enterprises,
                            micro = excluded.micro, small = excluded.small, medium = excluded.medium,
                            artisans = excluded.artisans, looms = excluded.looms, families = excluded.families,
                            employment = excluded.employment, turnover_rupees = excluded.turnover_rupees,
                            exports_rupees = excluded.exports_rupees, minority_share = excluded.minority_share,
                            sc_st_share = excluded.sc_st_share""")
                .params(
                        id,
                        f.year(),
                        f.enterprises().orElse(null),
                        f.micro().orElse(null),
                        f.small().orElse(null),
                        f.medium().orElse(null),
                        f.artisans().orElse(null),
                        f.looms().orElse(null),
                        f.families().orElse(null),
                        f.employment().orElse(null),
                        f.turnoverRupees().orElse(null),
                        f.exportsRupees().orElse(null),
                        f.minorityShare().orElse(null),
                        f.scStShare().orElse(null))
                .update();
    }

    private static Map<String, Object> columns(ClusterChanges c, Optional<District> district, String user) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", c.name());
        values.put("product", c.product());
        values.put("nicCode", c.nicCode().orElse(null));
        values.put("nicCodes", "{" + String.join(",", c.nicCodes()) + "}");
        values.put("typology", c.typologyCode());
        values.put("state", c.stateCode());
        values.put("districtCode", district.map(District::code).orElse(null));
        values.put("districtName", district.map(District::name).orElse(null));
        values.put("places", c.places().orElse(null));
        values.put("latitude", c.latitude());
        values.put("longitude", c.longitude());
        values.put("status", c.status());
        values.put("market", c.current().market().orElse(null));
        values.put("production", c.current().production().orElse(null));
        values.put("targetMarket", c.target().market().orElse(null));
        values.put("targetProduction", c.target().production().orElse(null));
        values.put("localisation", c.descriptors().localisation().orElse(null));
        values.put("density", c.descriptors().density().orElse(null));
        values.put("breadth", c.descriptors().breadth().orElse(null));
        values.put("depth", c.descriptors().depth().orElse(null));
        values.put("pollution", c.needs().contains(Need.POLLUTION_INTENSIVE));
        values.put("science", c.needs().contains(Need.SCIENCE_TECHNOLOGY));
        values.put("relocation", c.needs().contains(Need.RELOCATION));
        values.put("poverty", c.needs().contains(Need.POVERTY));
        values.put("social", c.needs().contains(Need.SOCIAL_COMPLIANCE));
        values.put("description", c.description().orElse(null));
        values.put("source", c.source().orElse(null));
        values.put("user", user);
        return values;
    }

    private static ClusterDraft readDraft(ResultSet rs) throws SQLException {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        Map<Need, String> columns = Map.of(
                Need.POLLUTION_INTENSIVE, "pollution_intensive",
                Need.SCIENCE_TECHNOLOGY, "needs_science_technology",
                Need.RELOCATION, "needs_relocation",
                Need.POVERTY, "poverty_intensive",
                Need.SOCIAL_COMPLIANCE, "needs_social_compliance");
        for (var need : columns.entrySet()) {
            if (rs.getBoolean(need.getValue())) {
                needs.add(need.getKey());
            }
        }
        ClusterChanges values = new ClusterChanges(
                rs.getString("name"),
                rs.getString("product"),
                text(rs, "nic_code"),
                nicCodes(rs.getArray("nic_codes")),
                rs.getString("typology_code"),
                rs.getInt("state_code"),
                text(rs, "district_name"),
                text(rs, "places"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getString("status"),
                new Position(text(rs, "market_position"), text(rs, "production_position")),
                new Position(text(rs, "target_market_position"), text(rs, "target_production_position")),
                new Descriptors(text(rs, "localisation"), text(rs, "density"), text(rs, "breadth"), text(rs, "depth")),
                needs,
                text(rs, "description"),
                text(rs, "source"));
        return new ClusterDraft(rs.getLong("id"), rs.getInt("version"), values);
    }

    private static List<String> nicCodes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable((Integer) rs.getObject(column));
    }
}
