package org.clusterdev.monitoring.rating;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.monitoring.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the ratings given and their scores. */
@Repository
public class RatingTable {

    private static final String COLUMNS = """
            select id, scheme_code, year, cluster_id, cluster_name, state_code, actor_id, actor_name, total, grade,
                   note, rated_by, rated_at from monitoring.rating
            """;

    private final JdbcClient jdbc;

    RatingTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of the rated cluster copied onto a rating, so rankings and peers read one table. */
    public record Subject(
            long clusterId,
            String clusterName,
            int stateCode,
            Optional<String> nicCode,
            String typologyCode,
            Optional<Long> actorId,
            Optional<String> actorName) {}

    /** The rating of a subject in a year, if given. */
    public Optional<Rating> find(String schemeCode, long clusterId, Optional<Long> actorId, int year) {
        return ratings(COLUMNS + """
                        where scheme_code = :scheme and cluster_id = :cluster
                          and actor_id is not distinct from :actor and year = :year""", Map.of("scheme", schemeCode, "cluster", clusterId, "year", year), actorId)
                .stream()
                .findFirst();
    }

    /** A subject's ratings in the years from {@code first} to {@code last}. */
    public List<Rating> between(String schemeCode, long clusterId, Optional<Long> actorId, int first, int last) {
        return ratings(
                COLUMNS + """
                        where scheme_code = :scheme and cluster_id = :cluster
                          and actor_id is not distinct from :actor and year between :first and :last
                        order by year""",
                Map.of("scheme", schemeCode, "cluster", clusterId, "first", first, "last", last),
                actorId);
    }

    /**
     * Stores a rating, replacing the subject's rating of the same year under the same scheme.
     *
     * @return the new rating's id
     */
    public long save(
            String schemeCode,
            int year,
            Subject subject,
            BigDecimal total,
            String grade,
            Optional<String> note,
            List<Rating.Score> scores,
            String actor) {
        jdbc.sql("""
                        delete from monitoring.rating where scheme_code = :scheme and cluster_id = :cluster
                          and actor_id is not distinct from :actor and year = :year""")
                .param("scheme", schemeCode)
                .param("cluster", subject.clusterId())
                .param("actor", subject.actorId().orElse(null), java.sql.Types.BIGINT)
                .param("year", year)
                .update();
        long id = jdbc.sql("""
                        insert into monitoring.rating (scheme_code, year, cluster_id, cluster_name, state_code, nic_code,
                               typology_code, actor_id, actor_name, total, grade, note, rated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        schemeCode,
                        year,
                        subject.clusterId(),
                        subject.clusterName(),
                        subject.stateCode(),
                        subject.nicCode().orElse(null),
                        subject.typologyCode(),
                        subject.actorId().orElse(null),
                        subject.actorName().orElse(null),
                        total,
                        grade,
                        note.orElse(null),
                        actor)
                .query(Long.class)
                .single();
        for (Rating.Score score : scores) {
            jdbc.sql("insert into monitoring.rating_score (rating_id, criterion_code, score, note) values (?, ?, ?, ?)")
                    .params(
                            id,
                            score.criterionCode(),
                            score.score(),
                            score.note().orElse(null))
                    .update();
        }
        return id;
    }

    /** How many subjects were rated under a scheme in the years from {@code first} to {@code last}. */
    public long subjects(String schemeCode, int first, int last) {
        return jdbc.sql("""
                        select count(*) from (select distinct cluster_id, actor_id from monitoring.rating
                        where scheme_code = ? and year between ? and ?) s""").params(schemeCode, first, last).query(Long.class).single();
    }

    /**
     * One page of the subjects rated under a scheme in the years from {@code first} to {@code last}, best last
     * total first, each with its ratings of those years.
     */
    public List<List<Rating>> frames(String schemeCode, int first, int last, int offset, int limit) {
        List<Map.Entry<Long, Optional<Long>>> subjects = jdbc.sql("""
                        select cluster_id, actor_id from monitoring.rating
                        where scheme_code = ? and year between ? and ?
                        group by cluster_id, actor_id
                        order by (array_agg(total order by year desc))[1] desc, min(coalesce(actor_name, cluster_name)),
                                 cluster_id, actor_id
                        offset ? limit ?""")
                .params(schemeCode, first, last, offset, limit)
                .query((rs, n) ->
                        Map.entry(rs.getLong("cluster_id"), Optional.ofNullable((Long) rs.getObject("actor_id"))))
                .list();
        return subjects.stream()
                .map(s -> between(schemeCode, s.getKey(), s.getValue(), first, last))
                .toList();
    }

    /** The totals of a year under a scheme, by cluster id, for the clusters given (ratings of clusters only). */
    public Map<Long, Rating> clusterRatings(String schemeCode, int year, Collection<Long> clusterIds) {
        if (clusterIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COLUMNS + """
                        where scheme_code = :scheme and year = :year and actor_id is null and cluster_id in (:ids)""")
                .param("scheme", schemeCode)
                .param("year", year)
                .param("ids", clusterIds)
                .query((rs, n) -> rating(rs, List.of()))
                .list()
                .stream()
                .collect(Collectors.toMap(Rating::clusterId, r -> r));
    }

    private List<Rating> ratings(String sql, Map<String, Object> params, Optional<Long> actorId) {
        List<Rating> found = jdbc.sql(sql)
                .params(params)
                .param("actor", actorId.orElse(null), java.sql.Types.BIGINT)
                .query((rs, n) -> rating(rs, List.of()))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<Rating.Score>> scores = jdbc
                .sql("""
                        select rating_id, criterion_code, score, note from monitoring.rating_score
                        where rating_id in (:ids) order by rating_id""")
                .param("ids", found.stream().map(Rating::id).toList())
                .query((rs, n) -> Map.entry(
                        rs.getLong("rating_id"),
                        new Rating.Score(
                                rs.getString("criterion_code"),
                                rs.getInt("score"),
                                Optional.ofNullable(rs.getString("note")))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return found.stream()
                .map(r -> withScores(r, scores.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Rating withScores(Rating r, List<Rating.Score> scores) {
        return new Rating(
                r.id(),
                r.schemeCode(),
                r.year(),
                r.clusterId(),
                r.clusterName(),
                r.stateCode(),
                r.actorId(),
                r.actorName(),
                r.total(),
                r.grade(),
                r.note(),
                scores,
                r.ratedBy(),
                r.ratedAt());
    }

    private static Rating rating(ResultSet rs, List<Rating.Score> scores) throws SQLException {
        return new Rating(
                rs.getLong("id"),
                rs.getString("scheme_code"),
                rs.getInt("year"),
                rs.getLong("cluster_id"),
                rs.getString("cluster_name"),
                rs.getInt("state_code"),
                Optional.ofNullable((Long) rs.getObject("actor_id")),
                Optional.ofNullable(rs.getString("actor_name")),
                rs.getBigDecimal("total"),
                rs.getString("grade"),
                Optional.ofNullable(rs.getString("note")),
                scores,
                rs.getString("rated_by"),
                rs.getTimestamp("rated_at").toInstant());
    }
}
