package org.clusterdev.monitoring.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.EvaluationSummary;
import org.clusterdev.monitoring.ReviewedFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evaluations added up per scheme for the scheme and policy reviews: plain SQL over {@code monitoring.evaluation}. */
@Component
public class EvaluationSums {

    private final JdbcClient jdbc;

    EvaluationSums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The evaluations of every scheme that has any, by scheme code. */
    public Map<String, EvaluationSummary> byScheme() {
        Map<String, EvaluationSummary> sums = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.scheme_code,
                            count(*) filter (where e.kind = 'MID_TERM' and e.status = 'COMPLETED') as mid_term,
                            count(*) filter (where e.kind = 'END_OF_PROJECT' and e.status = 'COMPLETED') as end_of_project,
                            count(*) filter (where e.status = 'DRAFT') as drafts
                        from monitoring.evaluation e
                        group by e.scheme_code""").query(rs -> {
            String scheme = rs.getString("scheme_code");
            sums.put(
                    scheme,
                    new EvaluationSummary(
                            rs.getLong("mid_term"),
                            rs.getLong("end_of_project"),
                            rs.getLong("drafts"),
                            ratings(Optional.of(scheme)),
                            lessons(scheme, false),
                            lessons(scheme, true)));
        });
        return sums;
    }

    /**
     * The mean rating of each criterion over the findings of completed evaluations, of one scheme or of all; a
     * criterion nobody rated is absent.
     */
    public Map<Criterion, BigDecimal> ratings(Optional<String> scheme) {
        Map<Criterion, BigDecimal> means = new EnumMap<>(Criterion.class);
        jdbc.sql("""
                        select round(avg(f.relevance), 2) as relevance, round(avg(f.effectiveness), 2) as effectiveness,
                            round(avg(f.efficiency), 2) as efficiency, round(avg(f.impact), 2) as impact,
                            round(avg(f.sustainability), 2) as sustainability
                        from monitoring.evaluation_finding f
                        join monitoring.evaluation e on e.id = f.evaluation_id
                        where e.status = 'COMPLETED' and (cast(:scheme as text) is null or e.scheme_code = :scheme)""").param("scheme", scheme.orElse(null)).query(rs -> {
            for (Criterion criterion : Criterion.values()) {
                BigDecimal mean = rs.getBigDecimal(criterion.name().toLowerCase(java.util.Locale.ROOT));
                if (mean != null) {
                    means.put(criterion, mean);
                }
            }
        });
        return means;
    }

    /**
     * The mean of all ratings given in completed evaluations dated in each of the years from {@code from} on, by
     * year; years without ratings are absent (the three-year view of seed 004 §4.5 item 22).
     */
    public Map<Integer, BigDecimal> ratingsByYear(int from) {
        Map<Integer, BigDecimal> means = new LinkedHashMap<>();
        jdbc.sql("""
                        select extract(year from e.evaluated_on)::int as year, round(avg(r.rating), 2) as mean
                        from monitoring.evaluation_finding f
                        join monitoring.evaluation e on e.id = f.evaluation_id
                        cross join lateral (values (f.relevance), (f.effectiveness), (f.efficiency), (f.impact),
                                                   (f.sustainability)) as r(rating)
                        where e.status = 'COMPLETED' and r.rating is not null
                          and extract(year from e.evaluated_on) >= :from
                        group by 1 order by 1""").param("from", from).query(rs -> {
            means.put(rs.getInt("year"), rs.getBigDecimal("mean"));
        });
        return means;
    }

    /** The findings of a scheme's completed evaluations, newest evaluation first, at most {@code limit}. */
    public List<ReviewedFinding> findings(String scheme, int limit) {
        return jdbc.sql("""
                        select e.cluster_name, e.kind, e.evaluated_on, f.theme, f.finding
                        from monitoring.evaluation_finding f
                        join monitoring.evaluation e on e.id = f.evaluation_id
                        where e.status = 'COMPLETED' and e.scheme_code = :scheme
                        order by e.evaluated_on desc, e.id desc, f.id
                        limit :limit""")
                .param("scheme", scheme)
                .param("limit", limit)
                .query((rs, n) -> new ReviewedFinding(
                        rs.getString("cluster_name"),
                        org.clusterdev.monitoring.EvaluationKind.valueOf(rs.getString("kind")),
                        rs.getObject("evaluated_on", java.time.LocalDate.class),
                        org.clusterdev.monitoring.EvaluationTheme.valueOf(rs.getString("theme")),
                        rs.getString("finding")))
                .list();
    }

    private long lessons(String scheme, boolean publishedOnly) {
        return jdbc.sql("""
                        select count(*) from monitoring.evaluation_lesson l
                        join monitoring.evaluation e on e.id = l.evaluation_id
                        where e.scheme_code = :scheme and e.status = 'COMPLETED' and (l.publish or not :published)""")
                .param("scheme", scheme)
                .param("published", publishedOnly)
                .query(Long.class)
                .single();
    }
}
