package org.clusterdev.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.knowledge.internal.SearchEntries;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Best practices and lessons (problem, action, result, cost) and the lessons suggested to a cluster from similar
 * ones: same NIC class or division, same typology or broad typology, shared problem themes, best match first,
 * each with the reasons it matches.
 */
@Service
public class BestPractices {

    private final JdbcClient jdbc;
    private final ClusterProfiles profiles;
    private final SearchEntries entries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    BestPractices(
            JdbcClient jdbc,
            ClusterProfiles profiles,
            SearchEntries entries,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.entries = entries;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the current user may record practices: people working on programmes. */
    public boolean mayRecord() {
        return Reader.current(currentUser).holdsAny(DocumentLibrary.CONTRIBUTORS);
    }

    /**
     * Records a practice, copying its cluster's NIC code, typology and state from the registry.
     *
     * @throws IllegalArgumentException "clusterId: ..." for an unknown cluster
     * @throws AccessDeniedException when the user may not record practices
     */
    @Transactional
    public long record(PracticeDetails details) {
        if (!mayRecord()) {
            throw new AccessDeniedException("Only people working on programmes may record practices.");
        }
        return store(details, currentUser.username().orElse("system"));
    }

    /** Records a practice on someone's behalf (a lesson of a completed evaluation), without a user's check. */
    @Transactional
    long store(PracticeDetails details, String recordedBy) {
        ClusterProfile cluster = profiles.find(details.clusterId())
                .orElseThrow(() -> new IllegalArgumentException("clusterId: no cluster has id " + details.clusterId()));
        long id = jdbc.sql("""
                        insert into knowledge.practice (title, problem, action, result, cost_rupees, cluster_id,
                            cluster_name, nic_code, typology_code, typology_parent, state_code, activity_type, themes,
                            document_id, recorded_by)
                        values (:title, :problem, :action, :result, :cost, :cluster, :clusterName, :nic, :typology,
                            :parent, :state, :activity, cast(:themes as text[]), :document, :by)
                        returning id""")
                .param("title", details.title())
                .param("problem", details.problem())
                .param("action", details.action())
                .param("result", details.result())
                .param("cost", details.costRupees().orElse(null))
                .param("cluster", cluster.id())
                .param("clusterName", cluster.name())
                .param("nic", cluster.nicCode().orElse(null))
                .param("typology", cluster.typologyCode())
                .param("parent", cluster.typologyParentCode().orElse(null))
                .param("state", cluster.stateCode())
                .param("activity", details.activityType().name())
                .param("themes", details.themes().stream().map(Enum::name).toArray(String[]::new))
                .param("document", details.documentId().orElse(null))
                .param("by", recordedBy)
                .query(Long.class)
                .single();
        Practice practice = practice(id).orElseThrow();
        entries.save(new SearchEntries.Entry(
                "PRACTICE",
                id,
                practice.title(),
                practice.clusterName() + " " + cluster.product(),
                String.join("\n", practice.problem(), practice.action(), practice.result()),
                practice.activityType().name(),
                "en",
                Optional.of(practice.stateCode()),
                Optional.of(cluster.product()),
                practice.nicCode(),
                Optional.empty(),
                Optional.of(
                        practice.recordedAt().atZone(java.time.ZoneOffset.UTC).getYear()),
                false,
                List.of(),
                Optional.empty()));
        audit.record("CREATE", "practice", Long.toString(id), Optional.empty(), Optional.of(practice));
        return id;
    }

    /** One practice. */
    public Optional<Practice> practice(long id) {
        return jdbc.sql("select * from knowledge.practice where id = :id")
                .param("id", id)
                .query((rs, n) -> practice(rs))
                .optional();
    }

    /** The newest practices. */
    public List<Practice> recent(int limit) {
        return jdbc.sql("select * from knowledge.practice order by recorded_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> practice(rs))
                .list();
    }

    /**
     * The lessons of other clusters that resemble this one, best first: at most {@code limit}.
     *
     * @throws NoSuchElementException when there is no such cluster
     */
    public List<Lesson> lessonsFor(long clusterId, int limit) {
        ClusterProfile cluster =
                profiles.find(clusterId).orElseThrow(() -> new NoSuchElementException("no cluster " + clusterId));
        List<String> themes = Theme.of(cluster.needs()).stream().map(Enum::name).toList();
        String nic = cluster.nicCode().orElse("");
        // candidates share at least the NIC division, the broad typology or a theme; scoring happens below
        List<Practice> candidates = jdbc.sql("""
                        select * from knowledge.practice
                        where cluster_id <> :cluster
                          and ((length(:nic) >= 2 and left(nic_code, 2) = left(:nic, 2))
                               or typology_code = :typology
                               or coalesce(typology_parent, typology_code) = :family
                               or themes && cast(:themes as text[]))
                        limit 2000""")
                .param("cluster", clusterId)
                .param("nic", nic)
                .param("typology", cluster.typologyCode())
                .param("family", cluster.typologyParentCode().orElse(cluster.typologyCode()))
                .param("themes", themes.toArray(String[]::new))
                .query((rs, n) -> practice(rs))
                .list();
        return candidates.stream()
                .map(p -> match(cluster, themes, p))
                .filter(lesson -> lesson.score() > 0)
                .sorted(Comparator.comparingInt(Lesson::score)
                        .reversed()
                        .thenComparing(lesson -> lesson.practice().costRupees().isEmpty())
                        .thenComparing(lesson -> lesson.practice().recordedAt(), Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    /** Scores a practice against a cluster and says why. */
    static Lesson match(ClusterProfile cluster, List<String> clusterThemes, Practice practice) {
        List<Lesson.Reason> reasons = new ArrayList<>();
        int score = 0;
        String nic = cluster.nicCode().orElse("");
        String other = practice.nicCode().orElse("");
        if (nic.length() >= 4 && other.length() >= 4 && nic.substring(0, 4).equals(other.substring(0, 4))) {
            score += 4;
            reasons.add(new Lesson.Reason("lesson.reason.nic4", other.substring(0, 4)));
        } else if (nic.length() >= 2
                && other.length() >= 2
                && nic.substring(0, 2).equals(other.substring(0, 2))) {
            score += 2;
            reasons.add(new Lesson.Reason("lesson.reason.nic2", other.substring(0, 2)));
        }
        if (cluster.typologyCode().equals(practice.typologyCode())) {
            score += 3;
            reasons.add(new Lesson.Reason("lesson.reason.typology", practice.typologyCode()));
        } else if (cluster.typologyParentCode().orElse(cluster.typologyCode()).equals(practice.typologyFamily())) {
            score += 1;
            reasons.add(new Lesson.Reason("lesson.reason.family", practice.typologyFamily()));
        }
        for (Theme theme : practice.themes()) {
            if (clusterThemes.contains(theme.name())) {
                score += 2;
                reasons.add(new Lesson.Reason("lesson.reason.theme", theme.name()));
            }
        }
        return new Lesson(practice, score, reasons);
    }

    private static Practice practice(ResultSet rs) throws SQLException {
        return new Practice(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("problem"),
                rs.getString("action"),
                rs.getString("result"),
                Optional.ofNullable((Long) rs.getObject("cost_rupees")),
                rs.getLong("cluster_id"),
                rs.getString("cluster_name"),
                Optional.ofNullable(rs.getString("nic_code")),
                rs.getString("typology_code"),
                Optional.ofNullable(rs.getString("typology_parent")).orElse(rs.getString("typology_code")),
                rs.getInt("state_code"),
                ActivityType.valueOf(rs.getString("activity_type")),
                themes(rs.getArray("themes")),
                Optional.ofNullable((Long) rs.getObject("document_id")),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<Theme> themes(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((String[]) array.getArray()).map(Theme::valueOf).toList();
    }
}
