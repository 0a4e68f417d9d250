package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Region;
import org.clusterdev.registry.ClusterDefinition.Relaxation;
import org.clusterdev.registry.ClusterDefinition.Unit;
import org.clusterdev.registry.DefinitionChanges;
import org.clusterdev.registry.MaturityCutoff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code registry.cluster_definition}, its relaxations and the maturity cut-offs. */
@Repository
class DefinitionTable {

    /** What a relaxation an administrator set or changed cites as its source. */
    static final String EDITED_SOURCE = "set by an administrator (see the audit trail)";

    private static final String COLUMNS = """
            select code, institution, name, applies_to, unit, minimum, maximum, radius_km, travel_hours, area_text,
                   population_condition, editable, source, source_text, version
            from registry.cluster_definition
            """;

    private final JdbcClient jdbc;

    DefinitionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ClusterDefinition> all() {
        Map<String, List<Relaxation>> relaxations = relaxations(Optional.empty());
        return jdbc.sql(COLUMNS + " order by institution, name")
                .query((rs, n) -> definition(rs, relaxations.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<ClusterDefinition> find(String code) {
        Map<String, List<Relaxation>> relaxations = relaxations(Optional.of(code));
        return jdbc.sql(COLUMNS + " where code = :code")
                .param("code", code)
                .query((rs, n) -> definition(rs, relaxations.getOrDefault(code, List.of())))
                .optional();
    }

    List<MaturityCutoff> cutoffs() {
        return jdbc.sql("""
                        select parameter, mature_min, potential_min, unit, source, note
                        from registry.maturity_cutoff
                        order by case parameter when 'ENTERPRISES' then 1 when 'EMPLOYMENT' then 2
                                 when 'TURNOVER' then 3 when 'EXPORTS' then 4 else 5 end, parameter""")
                .query((rs, n) -> new MaturityCutoff(
                        rs.getString("parameter"),
                        Optional.ofNullable(rs.getBigDecimal("mature_min")),
                        Optional.ofNullable(rs.getBigDecimal("potential_min")),
                        rs.getString("unit"),
                        rs.getString("source"),
                        Optional.ofNullable(rs.getString("note"))))
                .list();
    }

    /** Stores the changes if the definition still has the expected version; false when it has not. */
    boolean update(String code, DefinitionChanges changes, int expectedVersion) {
        int updated = jdbc.sql("""
                        update registry.cluster_definition
                        set minimum = :minimum, maximum = :maximum, radius_km = :radius, travel_hours = :travel,
                            area_text = :area, population_condition = :condition,
                            version = version + 1, updated_at = now()
                        where code = :code and version = :version""")
                .param("minimum", changes.minimum())
                .param("maximum", changes.maximum().orElse(null))
                .param("radius", changes.radiusKm().orElse(null))
                .param("travel", changes.travelHours().orElse(null))
                .param("area", changes.areaText().orElse(null))
                .param("condition", changes.populationCondition().orElse(null))
                .param("code", code)
                .param("version", expectedVersion)
                .update();
        if (updated == 1) {
            replaceRelaxations(code, changes.relaxations());
        }
        return updated == 1;
    }

    /** Keeps the source of a relaxation whose minimum did not change; a new or changed one cites the edit. */
    private void replaceRelaxations(String code, Map<Region, BigDecimal> relaxations) {
        jdbc.sql("""
                        delete from registry.definition_relaxation
                        where definition_code = :code and not (region = any(:regions))""")
                .param("code", code)
                .param(
                        "regions",
                        relaxations.keySet().stream().map(Region::name).toArray(String[]::new))
                .update();
        relaxations.forEach((region, minimum) -> jdbc.sql("""
                        insert into registry.definition_relaxation (definition_code, region, minimum, source)
                        values (:code, :region, :minimum, :source)
                        on conflict (definition_code, region) do update
                        set source = case when definition_relaxation.minimum = excluded.minimum
                                          then definition_relaxation.source else excluded.source end,
                            minimum = excluded.minimum""")
                .param("code", code)
                .param("region", region.name())
                .param("minimum", minimum)
                .param("source", EDITED_SOURCE)
                .update());
    }

    private Map<String, List<Relaxation>> relaxations(Optional<String> code) {
        return jdbc
                .sql("""
                        select definition_code, region, minimum, source from registry.definition_relaxation
                        where cast(:code as text) is null or definition_code = :code
                        order by definition_code, region""")
                .param("code", code.orElse(null))
                .query((rs, n) -> Map.entry(
                        rs.getString("definition_code"),
                        new Relaxation(
                                Region.valueOf(rs.getString("region")),
                                rs.getBigDecimal("minimum"),
                                rs.getString("source"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ClusterDefinition definition(ResultSet rs, List<Relaxation> relaxations) throws SQLException {
        return new ClusterDefinition(
                rs.getString("code"),
                rs.getString("institution"),
                rs.getString("name"),
                Optional.ofNullable(rs.getString("applies_to")),
                Unit.valueOf(rs.getString("unit")),
                rs.getBigDecimal("minimum"),
                Optional.ofNullable(rs.getBigDecimal("maximum")),
                Optional.ofNullable(rs.getBigDecimal("radius_km")),
                Optional.ofNullable(rs.getBigDecimal("travel_hours")),
                Optional.ofNullable(rs.getString("area_text")),
                Optional.ofNullable(rs.getString("population_condition")),
                relaxations,
                rs.getBoolean("editable"),
                rs.getString("source"),
                rs.getString("source_text"),
                rs.getInt("version"));
    }
}
