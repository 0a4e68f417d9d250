package org.clusterdev.monitoring.rating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.monitoring.RatingScheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the rating schemes with their criteria, levels and grades. */
@Repository
public class RatingSchemeTable {

    private final JdbcClient jdbc;

    RatingSchemeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every scheme, by name. */
    public List<RatingScheme> all() {
        Map<String, List<RatingScheme.Criterion>> criteria = jdbc
                .sql("""
                        select scheme_code, code, name, description, weight from monitoring.rating_criterion
                        order by scheme_code, position""")
                .query((rs, n) -> Map.entry(
                        rs.getString("scheme_code"),
                        new RatingScheme.Criterion(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("description"),
                                rs.getBigDecimal("weight").stripTrailingZeros())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<RatingScheme.Level>> levels = jdbc
                .sql("""
                        select scheme_code, score, label, description from monitoring.rating_level
                        order by scheme_code, score""")
                .query((rs, n) -> Map.entry(
                        rs.getString("scheme_code"),
                        new RatingScheme.Level(rs.getInt("score"), rs.getString("label"), rs.getString("description"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<RatingScheme.Grade>> grades = jdbc
                .sql("""
                        select scheme_code, grade, minimum from monitoring.rating_grade order by scheme_code, minimum desc""")
                .query((rs, n) -> Map.entry(
                        rs.getString("scheme_code"),
                        new RatingScheme.Grade(
                                rs.getString("grade"),
                                rs.getBigDecimal("minimum").stripTrailingZeros())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select code, name, subject, theme, product_nic, product_word, scale_min, scale_max, source,
                               published, version
                        from monitoring.rating_scheme order by name""")
                .query((rs, n) -> new RatingScheme(
                        rs.getString("code"),
                        rs.getString("name"),
                        RatingScheme.Subject.valueOf(rs.getString("subject")),
                        Optional.ofNullable(rs.getString("theme")),
                        Optional.ofNullable(rs.getString("product_nic")),
                        Optional.ofNullable(rs.getString("product_word")),
                        rs.getInt("scale_min"),
                        rs.getInt("scale_max"),
                        criteria.getOrDefault(rs.getString("code"), List.of()),
                        levels.getOrDefault(rs.getString("code"), List.of()),
                        grades.getOrDefault(rs.getString("code"), List.of()),
                        rs.getString("source"),
                        rs.getBoolean("published"),
                        rs.getInt("version")))
                .list();
    }

    /** The scheme with this code. */
    public Optional<RatingScheme> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether any rating was given under the scheme. */
    public boolean hasRatings(String code) {
        return jdbc.sql("select exists (select 1 from monitoring.rating where scheme_code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    /** Adds a new scheme. */
    public void insert(RatingScheme scheme, String actor) {
        jdbc.sql("""
                        insert into monitoring.rating_scheme (code, name, subject, theme, product_nic, product_word,
                               scale_min, scale_max, source, published, updated_by)
                        values (:code, :name, :subject, :theme, :nic, :word, :min, :max, :source, :published, :actor)""").params(columns(scheme, actor)).update();
        writeGrid(scheme);
    }

    /**
     * Replaces a scheme's fields and its grid.
     *
     * @return false when the scheme has changed since {@code version} was read
     */
    public boolean update(RatingScheme scheme, int version, String actor) {
        int rows = jdbc.sql("""
                        update monitoring.rating_scheme set name = :name, theme = :theme, product_nic = :nic,
                               product_word = :word, scale_min = :min, scale_max = :max, source = :source,
                               published = :published, updated_by = :actor, updated_at = now(), version = version + 1
                        where code = :code and version = :version""")
                .params(columns(scheme, actor))
                .param("version", version)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from monitoring.rating_criterion where scheme_code = ?")
                .param(scheme.code())
                .update();
        jdbc.sql("delete from monitoring.rating_level where scheme_code = ?")
                .param(scheme.code())
                .update();
        jdbc.sql("delete from monitoring.rating_grade where scheme_code = ?")
                .param(scheme.code())
                .update();
        writeGrid(scheme);
        return true;
    }

    private void writeGrid(RatingScheme scheme) {
        int position = 1;
        for (RatingScheme.Criterion c : scheme.criteria()) {
            jdbc.sql("""
                            insert into monitoring.rating_criterion (scheme_code, code, position, name, description, weight)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(scheme.code(), c.code(), position++, c.name(), c.description(), c.weight())
                    .update();
        }
        for (RatingScheme.Level l : scheme.levels()) {
            jdbc.sql("insert into monitoring.rating_level (scheme_code, score, label, description) values (?, ?, ?, ?)")
                    .params(scheme.code(), l.score(), l.label(), l.description())
                    .update();
        }
        for (RatingScheme.Grade g : scheme.grades()) {
            jdbc.sql("insert into monitoring.rating_grade (scheme_code, grade, minimum) values (?, ?, ?)")
                    .params(scheme.code(), g.grade(), g.minimum())
                    .update();
        }
    }

    private static Map<String, Object> columns(RatingScheme scheme, String actor) {
        var values = new java.util.HashMap<String, Object>();
        values.put("code", scheme.code());
        values.put("name", scheme.name().strip());
        values.put("subject", scheme.subject().name());
        values.put("theme", scheme.theme().orElse(null));
        values.put("nic", scheme.productNic().orElse(null));
        values.put("word", scheme.productWord().orElse(null));
        values.put("min", scheme.scaleMin());
        values.put("max", scheme.scaleMax());
        values.put("source", scheme.source());
        values.put("published", scheme.published());
        values.put("actor", actor);
        return values;
    }
}
