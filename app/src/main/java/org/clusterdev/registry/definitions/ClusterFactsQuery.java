package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.geography.District;
import org.clusterdev.geography.Geography;
import org.clusterdev.registry.CandidateFacts;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the rules need to know about a cluster: the cluster row with its latest figures from the
 * registry, and the region flags of its district (or state) from the geography module's facade.
 */
@Component
class ClusterFactsQuery {

    /**
     * LGD codes of Jammu and Kashmir (1) and Ladakh (37): when 004 named "Jammu & Kashmir" in 2007, the
     * state included today's Ladakh.
     */
    static final Set<Integer> JAMMU_KASHMIR_STATES = Set.of(1, 37);

    private final JdbcClient jdbc;
    private final Geography geography;

    ClusterFactsQuery(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** The facts about one cluster, empty when no cluster has this id. */
    Optional<ClusterFacts> facts(long clusterId) {
        return jdbc.sql("""
                        select c.typology_code, t.parent_code, c.state_code, c.district_code, c.district_name, c.places,
                               c.nic_code, c.nic_codes, c.name, c.product, c.latitude, c.longitude,
                               c.boundary_geojson, f.year, f.enterprises, f.artisans, f.looms, f.families, f.employment,
                               f.turnover_rupees, f.exports_rupees, f.minority_share
                        from registry.cluster c
                        join registry.typology t on t.code = c.typology_code
                        left join lateral (
                            select * from registry.cluster_figure f where f.cluster_id = c.id order by f.year desc limit 1
                        ) f on true
                        where c.id = :id""").param("id", clusterId).query((rs, n) -> facts(rs)).optional();
    }

    /** The facts about a cluster found in enterprise data: no typology, nothing named but its figures. */
    ClusterFacts facts(CandidateFacts candidate) {
        ClusterFacts.Figures figures = new ClusterFacts.Figures(
                Optional.empty(),
                Optional.of(candidate.enterprises()),
                candidate.artisans(),
                candidate.looms(),
                candidate.families(),
                candidate.employment(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new ClusterFacts(
                Optional.empty(),
                Optional.empty(),
                candidate
                        .stateCode()
                        .map(state -> regions(state, Optional.empty(), candidate.districtName()))
                        .orElse(Set.of()),
                candidate.districtName().isPresent(),
                Optional.empty(),
                List.of(),
                "",
                new ClusterExtent.Point(candidate.latitude(), candidate.longitude()),
                Optional.empty(),
                figures,
                Optional.of(candidate.extentKm()));
    }

    private ClusterFacts facts(ResultSet rs) throws SQLException {
        int stateCode = rs.getInt("state_code");
        Integer districtCode = (Integer) rs.getObject("district_code");
        Optional<String> districtName = Optional.ofNullable(rs.getString("district_name"))
                .map(String::strip)
                .filter(name -> !name.isEmpty());
        return new ClusterFacts(
                Optional.of(rs.getString("typology_code")),
                Optional.ofNullable(rs.getString("parent_code")),
                regions(stateCode, Optional.ofNullable(districtCode), districtName),
                districtCode != null || districtName.isPresent(),
                Optional.ofNullable(rs.getString("places")),
                nicCodes(rs),
                rs.getString("name") + " " + rs.getString("product"),
                new ClusterExtent.Point(rs.getDouble("latitude"), rs.getDouble("longitude")),
                Optional.ofNullable(rs.getString("boundary_geojson")),
                figures(rs),
                Optional.empty());
    }

    /** The regions of its district; without a known district, those of its state (KBK needs a district). */
    Set<Region> regions(int stateCode, Optional<Integer> districtCode, Optional<String> districtName) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        if (JAMMU_KASHMIR_STATES.contains(stateCode)) {
            regions.add(Region.JAMMU_KASHMIR);
        }
        Optional<District> district = districtCode.isPresent()
                ? geography.districts(stateCode).stream()
                        .filter(candidate -> candidate.code() == districtCode.get())
                        .findFirst()
                : districtName.flatMap(name -> geography.district(stateCode, name));
        if (district.isPresent()) {
            addIf(regions, district.get().northEast(), Region.NORTH_EAST);
            addIf(regions, district.get().hilly(), Region.HILLY);
            addIf(regions, district.get().kbk(), Region.KBK);
        } else {
            geography.state(stateCode).ifPresent(state -> {
                addIf(regions, state.northEast(), Region.NORTH_EAST);
                addIf(regions, state.hilly(), Region.HILLY);
            });
        }
        return regions;
    }

    private static void addIf(Set<Region> regions, boolean flag, Region region) {
        if (flag) {
            regions.add(region);
        }
    }

    private static List<String> nicCodes(ResultSet rs) throws SQLException {
        List<String> codes = new ArrayList<>();
        Optional.ofNullable(rs.getString("nic_code")).ifPresent(codes::add);
        java.sql.Array others = rs.getArray("nic_codes");
        if (others != null) {
            Arrays.stream((Object[]) others.getArray())
                    .map(String::valueOf)
                    .filter(code -> !codes.contains(code))
                    .forEach(codes::add);
        }
        return codes;
    }

    private static ClusterFacts.Figures figures(ResultSet rs) throws SQLException {
        return new ClusterFacts.Figures(
                Optional.ofNullable((Number) rs.getObject("year")).map(Number::intValue),
                whole(rs, "enterprises"),
                whole(rs, "artisans"),
                whole(rs, "looms"),
                whole(rs, "families"),
                whole(rs, "employment"),
                whole(rs, "turnover_rupees"),
                whole(rs, "exports_rupees"),
                Optional.ofNullable((BigDecimal) rs.getObject("minority_share")));
    }

    private static Optional<Long> whole(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable((Number) rs.getObject(column)).map(Number::longValue);
    }
}
