package org.clusterdev.programme.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.CallForProposals;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.SchemeChanges;
import org.clusterdev.programme.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind schemes: {@code programme.scheme}, its time limits, weights, quotas and calls. */
@Repository
public class SchemeRows {

    private static final String COLUMNS = """
            select code, name, institution, owner, objective, typologies_served, steps_required, duration_years,
                   selection_framework, clusters_assisted, note, source, version
            from programme.scheme
            """;

    private final JdbcClient jdbc;

    SchemeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Scheme> all() {
        return jdbc.sql(COLUMNS + " order by position nulls last, name")
                .query((rs, n) -> read(rs))
                .list();
    }

    public Optional<Scheme> find(String code) {
        return jdbc.sql(COLUMNS + " where code = ?")
                .param(code)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The selection parameters of a framework with their default weights, in their order. */
    public Map<String, BigDecimal> defaultWeights(String framework) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        jdbc.sql("select code, default_weight from programme.selection_parameter where framework = ? order by position")
                .param(framework)
                .query((rs, n) -> weights.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return weights;
    }

    /** The default days allowed in each stage. */
    public Map<Stage, Integer> defaultDays() {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, days_allowed from programme.stage_deadline")
                .query((rs, n) -> days.put(Stage.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return days;
    }

    public void insert(String code, SchemeChanges changes) {
        jdbc.sql("""
                        insert into programme.scheme (code, name, institution, owner, objective, typologies_served,
                            steps_required, duration_years, selection_framework, source)
                        values (:code, :name, :institution, :owner, :objective, cast(:typologies as text[]),
                            cast(:steps as text[]), :duration, :framework, :source)""").param("code", code).params(columns(changes)).update();
        saveRules(code, changes);
    }

    /** Applies the changes when the stored version is still {@code expectedVersion}; false otherwise. */
    public boolean update(String code, int expectedVersion, SchemeChanges changes) {
        boolean updated = jdbc.sql("""
                                update programme.scheme set name = :name, institution = :institution, owner = :owner,
                                    objective = :objective, typologies_served = cast(:typologies as text[]),
                                    steps_required = cast(:steps as text[]), duration_years = :duration,
                                    selection_framework = :framework, source = :source, updated_at = now(),
                                    version = version + 1
                                where code = :code and version = :version""")
                        .param("code", code)
                        .param("version", expectedVersion)
                        .params(columns(changes))
                        .update()
                == 1;
        if (updated) {
            saveRules(code, changes);
        }
        return updated;
    }

    private void saveRules(String code, SchemeChanges changes) {
        Map<Stage, Integer> defaults = defaultDays();
        jdbc.sql("delete from programme.scheme_stage_deadline where scheme_code = ?")
                .param(code)
                .update();
        changes.stageDays().forEach((stage, days) -> {
            // only limits that differ from the default are the scheme's own; the rest follow the default
            if (!days.equals(defaults.get(stage))) {
                jdbc.sql(
                                "insert into programme.scheme_stage_deadline (scheme_code, stage, days_allowed) values (?, ?, ?)")
                        .params(code, stage.name(), days)
                        .update();
            }
        });
        jdbc.sql("delete from programme.scheme_parameter_weight where scheme_code = ?")
                .param(code)
                .update();
        changes.weights()
                .forEach((parameter, weight) ->
                        jdbc.sql("""
                        insert into programme.scheme_parameter_weight (scheme_code, parameter_code, weight)
                        values (?, ?, ?)""").params(code, parameter, weight).update());
        jdbc.sql("delete from programme.scheme_quota where scheme_code = ?")
                .param(code)
                .update();
        changes.quotas()
                .forEach((region, percent) -> jdbc.sql(
                                "insert into programme.scheme_quota (scheme_code, region, minimum_percent) values (?, ?, ?)")
                        .params(code, region, percent)
                        .update());
    }

    public List<CallForProposals> calls(String schemeCode) {
        return jdbc.sql("""
                        select id, scheme_code, title, opens_on, closes_on, description from programme.call_for_proposals
                        where scheme_code = ? order by opens_on desc, id desc""")
                .param(schemeCode)
                .query((rs, n) -> new CallForProposals(
                        rs.getLong("id"),
                        rs.getString("scheme_code"),
                        rs.getString("title"),
                        rs.getObject("opens_on", LocalDate.class),
                        rs.getObject("closes_on", LocalDate.class),
                        Optional.ofNullable(rs.getString("description"))))
                .list();
    }

    public long insertCall(
            String schemeCode, String title, LocalDate opensOn, LocalDate closesOn, Optional<String> description) {
        return jdbc.sql("""
                        insert into programme.call_for_proposals (scheme_code, title, opens_on, closes_on, description)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(schemeCode, title, opensOn, closesOn, description.orElse(null))
                .query(Long.class)
                .single();
    }

    private Scheme read(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        String framework = rs.getString("selection_framework");
        return new Scheme(
                code,
                rs.getString("name"),
                rs.getString("institution"),
                rs.getString("owner"),
                Optional.ofNullable(rs.getString("objective")),
                texts(rs.getArray("typologies_served")),
                texts(rs.getArray("steps_required")).stream()
                        .map(Stage::valueOf)
                        .toList(),
                Optional.ofNullable((Number) rs.getObject("duration_years")).map(Number::intValue),
                framework,
                Optional.ofNullable((Integer) rs.getObject("clusters_assisted")),
                Optional.ofNullable(rs.getString("note")),
                rs.getString("source"),
                stageDays(code),
                weights(code, framework),
                quotas(code),
                rs.getInt("version"));
    }

    private Map<Stage, Integer> stageDays(String code) {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        jdbc.sql("""
                        select d.stage, coalesce(s.days_allowed, d.days_allowed) from programme.stage_deadline d
                        left join programme.scheme_stage_deadline s on s.stage = d.stage and s.scheme_code = ?""")
                .param(code)
                .query((rs, n) -> days.put(Stage.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return days;
    }

    private Map<String, BigDecimal> weights(String code, String framework) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.code, w.weight from programme.scheme_parameter_weight w
                        join programme.selection_parameter p on p.code = w.parameter_code
                        where w.scheme_code = ? order by p.framework, p.position""")
                .param(code)
                .query((rs, n) -> weights.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return weights.isEmpty() ? defaultWeights(framework) : weights;
    }

    private Map<String, BigDecimal> quotas(String code) {
        Map<String, BigDecimal> quotas = new LinkedHashMap<>();
        jdbc.sql("select region, minimum_percent from programme.scheme_quota where scheme_code = ? order by region")
                .param(code)
                .query((rs, n) -> quotas.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return quotas;
    }

    private static Map<String, Object> columns(SchemeChanges changes) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("name", changes.name());
        values.put("institution", changes.institution());
        values.put("owner", changes.owner());
        values.put("objective", changes.objective().orElse(null));
        // codes only (validated against the registry and the Stage enum), so the array literal needs no quoting
        values.put("typologies", "{" + String.join(",", changes.typologiesServed()) + "}");
        values.put(
                "steps",
                "{"
                        + String.join(
                                ",",
                                changes.stepsRequired().stream()
                                        .map(Stage::name)
                                        .toList()) + "}");
        values.put("duration", changes.durationYears().orElse(null));
        values.put("framework", changes.selectionFramework());
        values.put("source", changes.source());
        return values;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
