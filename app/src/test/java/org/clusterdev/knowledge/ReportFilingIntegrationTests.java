package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.Evaluation;
import org.clusterdev.monitoring.EvaluationFinding;
import org.clusterdev.monitoring.EvaluationHeader;
import org.clusterdev.monitoring.EvaluationKind;
import org.clusterdev.monitoring.EvaluationLesson;
import org.clusterdev.monitoring.EvaluationTheme;
import org.clusterdev.monitoring.Evaluations;
import org.clusterdev.programme.ActionPlan;
import org.clusterdev.programme.ActionPlans;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudies;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.Stage;
import org.clusterdev.programme.StudyDraft;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.StudySection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Generated reports filed into the document repository: a validated study, an approved plan and a completed
 * evaluation each appear once as a restricted document with their kind, cluster, scheme and year; a newer version
 * replaces the document instead of adding one; lessons marked for it become best practices once.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class ReportFilingIntegrationTests {

    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Kolkata")).getYear();

    @Autowired
    DiagnosticStudies studies;

    @Autowired
    ActionPlans plans;

    @Autowired
    Evaluations evaluations;

    @Autowired
    JdbcClient jdbc;

    record Filed(
            long documentId,
            int revision,
            String title,
            String kind,
            List<Long> clusters,
            String scheme,
            Integer year,
            String visibility,
            List<String> roles,
            String mediaType,
            String body) {}

    @Test
    void aValidatedStudyIsFiledAsARestrictedDiagnosticReportAndAStudyValidatedAgainReplacesIt() {
        String scheme = scheme();
        long cluster = cluster("Bidar Bidriware");
        long id = intervention(scheme, cluster, Stage.DIAGNOSTIC_STUDY);
        studies.save(id, study("Few buyers outside Karnataka"), -1);
        studies.validate(id, "sound", studies.study(id).orElseThrow().version());

        Filed first = awaitFiled("DIAGNOSTIC_STUDY", id, 1);
        assertThat(first.kind()).isEqualTo("DIAGNOSTIC_REPORT");
        assertThat(first.title()).isEqualTo("Diagnostic report: Filing test under " + scheme);
        assertThat(first.clusters()).containsExactly(cluster);
        assertThat(first.scheme()).isEqualTo(scheme);
        assertThat(first.year()).isEqualTo(THIS_YEAR);
        assertThat(first.visibility()).isEqualTo("RESTRICTED");
        assertThat(first.roles()).contains("CDA", "MINISTRY", "RESOURCE_ORGANISATION");
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        assertThat(first.body()).contains("Few buyers outside Karnataka");

        studies.save(
                id,
                study("Silver prices squeeze margins"),
                studies.study(id).orElseThrow().version());
        studies.validate(id, "revised", studies.study(id).orElseThrow().version());
        Filed second = awaitFiled("DIAGNOSTIC_STUDY", id, 2);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.body()).contains("Silver prices squeeze margins").doesNotContain("Few buyers");
        assertThat(documentsOfCluster(cluster, "DIAGNOSTIC_REPORT", scheme)).isEqualTo(1);
    }

    @Test
    void eachApprovedVersionOfAPlanReplacesTheFiledActionPlan() {
        String scheme = scheme();
        long cluster = cluster("Rajkot Diesel Engines");
        long id = intervention(scheme, cluster, Stage.ACTION_PLAN);
        ActionPlan plan = plans.start(id, terms(), "First plan");
        plans.addActivity(id, plan.version(), training("Skill training for machinists"));
        plans.setManagementCost(
                id,
                plan.version() + 1,
                List.of(
                        new PlanBudgetLine(Optional.empty(), 1, FundingSource.CENTRAL, 100_000),
                        new PlanBudgetLine(Optional.empty(), 1, FundingSource.BENEFICIARY, 100_000)));
        plans.approve(id, plan.version() + 2);

        Filed first = awaitFiled("ACTION_PLAN", id, 1);
        assertThat(first.kind()).isEqualTo("ACTION_PLAN");
        assertThat(first.title()).isEqualTo("Action plan, version 1: Filing test under " + scheme);
        assertThat(first.body()).contains("Skill training for machinists");

        int version = plans.ofIntervention(id).orElseThrow().version();
        plans.revise(id, version, "A second batch");
        plans.addActivity(id, version + 1, training("Foundry safety course"));
        plans.approve(id, version + 2);

        Filed second = awaitFiled("ACTION_PLAN", id, 2);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.title()).isEqualTo("Action plan, version 2: Filing test under " + scheme);
        assertThat(second.body()).contains("Foundry safety course");
        assertThat(documentsOfCluster(cluster, "ACTION_PLAN", scheme)).isEqualTo(1);
    }

    @Test
    void aCompletedEvaluationIsFiledOnceAndItsMarkedLessonsBecomePracticesLinkedToIt() {
        String scheme = scheme();
        long cluster = cluster("Konark Stone Carving");
        long id = intervention(scheme, cluster, Stage.IMPLEMENTING);
        Evaluation draft = evaluations.start(
                id, new EvaluationHeader(EvaluationKind.END_OF_PROJECT, "NISIET", LocalDate.of(2025, 3, 31), "Good"));
        Evaluation next = evaluations.addFinding(
                draft.id(),
                draft.version(),
                new EvaluationFinding(
                        0,
                        EvaluationTheme.MARKET_DEVELOPMENT,
                        "Carvers reach hotel buyers",
                        Map.of(Criterion.IMPACT, 4)));
        next = evaluations.addLesson(draft.id(), next.version(), lesson("Hotel buyers pay more " + scheme, true));
        next = evaluations.addLesson(draft.id(), next.version(), lesson("Kept for the record " + scheme, false));
        evaluations.complete(draft.id(), next.version());

        Filed filed = awaitFiled("EVALUATION", draft.id(), 1);
        assertThat(filed.kind()).isEqualTo("EVALUATION");
        assertThat(filed.title()).isEqualTo("End-of-project evaluation: Filing test under " + scheme);
        assertThat(filed.year()).isEqualTo(2025);
        assertThat(filed.clusters()).containsExactly(cluster);
        assertThat(filed.body()).contains("Carvers reach hotel buyers");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(practices("%" + scheme))
                        .containsExactly(Map.entry("Hotel buyers pay more " + scheme, filed.documentId())));
        assertThat(documentsOfCluster(cluster, "EVALUATION", scheme)).isEqualTo(1);
    }

    private Filed awaitFiled(String source, long sourceId, int revision) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "select count(*) from knowledge.filed_report where source = ? and source_id = ? and revision = ?")
                                .params(source, sourceId, revision)
                                .query(Long.class)
                                .single()
                        == 1);
        return jdbc.sql("""
                        select f.document_id, f.revision, d.title, d.kind, d.cluster_ids, d.scheme, d.year, d.visibility,
                               d.roles, d.media_type, e.body
                        from knowledge.filed_report f
                        join knowledge.document d on d.id = f.document_id
                        join knowledge.entry e on e.source = 'DOCUMENT' and e.source_id = d.id
                        where f.source = ? and f.source_id = ?""")
                .params(source, sourceId)
                .query((rs, n) -> new Filed(
                        rs.getLong("document_id"),
                        rs.getInt("revision"),
                        rs.getString("title"),
                        rs.getString("kind"),
                        List.of((Long[]) rs.getArray("cluster_ids").getArray()),
                        rs.getString("scheme"),
                        (Integer) rs.getObject("year"),
                        rs.getString("visibility"),
                        List.of((String[]) rs.getArray("roles").getArray()),
                        rs.getString("media_type"),
                        rs.getString("body").replaceAll("\\s+", " ")))
                .single();
    }

    private long documentsOfCluster(long cluster, String kind, String scheme) {
        return jdbc.sql(
                        "select count(*) from knowledge.document where ? = any(cluster_ids) and kind = ? and scheme = ?")
                .params(cluster, kind, scheme)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> practices(String titlePattern) {
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        jdbc.sql("select title, document_id from knowledge.practice where title like ? order by id")
                .param(titlePattern)
                .query(rs -> {
                    found.put(rs.getString("title"), rs.getLong("document_id"));
                });
        return found;
    }

    private String scheme() {
        String code = "F"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        jdbc.sql(
                        "insert into programme.scheme (code, name, institution, owner, source) values (?, ?, 'Test ministry', 'Test ministry', 'test')")
                .params(code, "Filing test " + code)
                .update();
        return code;
    }

    private long cluster(String name) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long intervention(String scheme, long cluster, Stage stage) {
        return jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage)
                        select id, state_code, ?, ?, ? from registry.cluster where id = ? returning id""")
                .params(scheme, "Filing test under " + scheme, stage.name(), cluster)
                .query(Long.class)
                .single();
    }

    private static StudyDraft study(String problem) {
        return new StudyDraft(
                Map.of(
                        StudySection.PROFILE, "Inlay of silver on a zinc alloy",
                        StudySection.PRODUCTS_AND_MARKETS, "Vases and boxes for tourists",
                        StudySection.VISION, "Export to Europe"),
                List.of(new StudyFinding("MARKET_DEVELOPMENT", StudyFinding.Kind.PROBLEM, problem)),
                List.of(new BaselineFigure("artisans", new BigDecimal("800"), "persons", 2025)),
                List.of("Artisans' society", "Design institute", "Bank"));
    }

    private static PlanTerms terms() {
        return new PlanTerms(LocalDate.of(2027, 4, 1), 3, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static PlanActivityDraft training(String title) {
        LocalDate start = LocalDate.of(2027, 4, 1);
        return new PlanActivityDraft(
                "CB07",
                title,
                Optional.empty(),
                Optional.empty(),
                start,
                start.plusMonths(6),
                "Association",
                "200 trained",
                "certified",
                List.of(
                        new PlanBudgetLine(Optional.empty(), 1, FundingSource.CENTRAL, 300_000),
                        new PlanBudgetLine(Optional.empty(), 1, FundingSource.BENEFICIARY, 200_000)));
    }

    private static EvaluationLesson lesson(String title, boolean publish) {
        return new EvaluationLesson(
                0,
                EvaluationTheme.MARKET_DEVELOPMENT,
                title,
                "Few buyers",
                "Stall in hotels",
                "Sales up 30%",
                Optional.of(150_000L),
                publish);
    }
}
