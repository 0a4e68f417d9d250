package org.clusterdev.programme.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clusterdev.platform.Deployment;
import org.clusterdev.programme.Stage;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a few interventions on the sample clusters of a demo system, in different stages and one of them overdue,
 * so that the pipeline shows how it looks when programmes run. Only with sample data, and only once.
 */
@Component
@Order(7)
class SampleInterventions implements ApplicationRunner {

    /** An intervention of the demo: which cluster, under which scheme, and how long it has stood in its stage. */
    record Sample(String cluster, String scheme, String title, Stage stage, int daysInStage) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "Tirupur Cotton Knitwear", "MSECDP", "Tirupur knitwear competitiveness", Stage.IMPLEMENTING, 200),
            new Sample("Moradabad Brassware", "AHVY", "Moradabad brassware artisans", Stage.TRUST_BUILDING, 40),
            new Sample("Jaipur Hand Block Printing", "AHVY", "Jaipur block printers", Stage.DIAGNOSTIC_STUDY, 150),
            new Sample("Alappuzha Coir", "SFURTI", "Alappuzha coir regeneration", Stage.PROPOSED, 10),
            new Sample("Firozabad Glass", "MSECDP", "Firozabad glass energy efficiency", Stage.SELECTED, 30),
            new Sample("Ambur Leather", "MSECDP", "Ambur leather effluent and exports", Stage.SELF_MANAGING, 300));

    private static final Logger log = LoggerFactory.getLogger(SampleInterventions.class);

    private final JdbcClient jdbc;
    private final ClusterRegistry registry;
    private final InterventionRows rows;
    private final Deployment deployment;

    SampleInterventions(JdbcClient jdbc, ClusterRegistry registry, InterventionRows rows, Deployment deployment) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rows = rows;
        this.deployment = deployment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("select not exists (select 1 from programme.intervention)")
                .query(Boolean.class)
                .single();
        if (!deployment.demo() || !empty) {
            return;
        }
        int loaded = 0;
        for (Sample sample : SAMPLES) {
            Optional<ClusterSummary> cluster =
                    registry.search(ClusterSearch.everything().withText(sample.cluster()), 0, 1).stream()
                            .findFirst();
            if (cluster.isPresent()) {
                insert(cluster.get(), sample);
                loaded++;
            }
        }
        log.info("Loaded {} sample interventions", loaded);
    }

    private void insert(ClusterSummary cluster, Sample sample) {
        LocalDate entered = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(sample.daysInStage());
        Optional<LocalDate> due = rows.dueOn(sample.scheme(), sample.stage(), entered);
        long id = jdbc.sql("""
                        insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                            stage_entered_at, stage_due_on)
                        values (?, ?, ?, ?, ?, cast(? as date), ?) returning id""")
                .params(
                        cluster.id(),
                        cluster.stateCode(),
                        sample.scheme(),
                        sample.title(),
                        sample.stage().name(),
                        entered,
                        due.orElse(null))
                .query(Long.class)
                .single();
        // the history of a demo intervention: every stage up to the present one, a month apart
        Stage stage = Stage.PROPOSED;
        int months = sample.stage().ordinal();
        Optional<Stage> from = Optional.empty();
        while (true) {
            LocalDate at = stage == sample.stage() ? entered : entered.minusMonths(months - stage.ordinal());
            jdbc.sql("""
                            insert into programme.intervention_transition (intervention_id, from_stage, to_stage, actor,
                                note, at)
                            values (?, ?, ?, 'demo', 'sample data', cast(? as date))""")
                    .params(id, from.map(Stage::name).orElse(null), stage.name(), at)
                    .update();
            if (stage == sample.stage()) {
                break;
            }
            from = Optional.of(stage);
            stage = stage.next().orElseThrow();
        }
    }
}
