package org.clusterdev.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clusterdev.platform.Deployment;
import org.clusterdev.programme.SelectionCriteria;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.clusterdev.selection.AgencyDraft;
import org.clusterdev.selection.AgencyKind;
import org.clusterdev.selection.AssignmentDraft;
import org.clusterdev.selection.CdaDraft;
import org.clusterdev.selection.CdaSpeciality;
import org.clusterdev.selection.EngagementDraft;
import org.clusterdev.selection.RoundCriterion;
import org.clusterdev.selection.RoundDraft;
import org.clusterdev.selection.RoundKind;
import org.clusterdev.selection.TrainingDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a demo system agencies, a CDA and an open selection round to look at, only when sample data is on and the
 * module holds nothing yet. UNIDO's programme in Orissa worked in Konark and Rourkela from 2005 (seed 004 §2.8 CS4,
 * CS6); the other records are labelled as demo records.
 */
@Component
@Order(20)
class SampleSelection implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleSelection.class);

    private final Deployment deployment;
    private final JdbcClient jdbc;
    private final AgencyRows agencies;
    private final CdaRows cdas;
    private final RoundRows rounds;
    private final ClusterRegistry registry;
    private final SelectionCriteria criteria;

    SampleSelection(
            Deployment deployment,
            JdbcClient jdbc,
            AgencyRows agencies,
            CdaRows cdas,
            RoundRows rounds,
            ClusterRegistry registry,
            SelectionCriteria criteria) {
        this.deployment = deployment;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.cdas = cdas;
        this.rounds = rounds;
        this.registry = registry;
        this.criteria = criteria;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("select not exists (select 1 from selection.agency)")
                .query(Boolean.class)
                .single();
        Optional<ClusterSummary> konark = cluster("Konark Stone Carving");
        Optional<ClusterSummary> rourkela = cluster("Rourkela Engineering");
        if (!deployment.demo() || !empty || konark.isEmpty() || rourkela.isEmpty()) {
            return;
        }
        long unido = agencies.insert(new AgencyDraft(
                "UNIDO Cluster Development Programme", AgencyKind.RESOURCE_ORGANISATION, 7, null, null, null, 4));
        engage(unido, konark.get(), "2005-04-01", "2009-03-31", "UNIDO CDP Orissa (seed 004 §2.8 CS4)");
        engage(unido, rourkela.get(), "2005-04-01", "2009-03-31", "UNIDO CDP Orissa (seed 004 §2.8 CS6)");
        long implementing = agencies.insert(new AgencyDraft(
                "Demo implementing agency, Odisha", AgencyKind.IMPLEMENTING_AGENCY, 21, null, null, null, 2));
        engage(implementing, konark.get(), "2024-04-01", null, "Demo record");

        long cda =
                cdas.insert(new CdaDraft("Demo CDA, Konark", 21, CdaSpeciality.NETWORKING, "Demo record", null, null));
        cdas.insertAssignment(
                cda, 21, new AssignmentDraft(konark.get().id(), true, true, null, LocalDate.parse("2024-06-01")));
        cdas.insertTraining(
                cda,
                new TrainingDraft(
                        "Cluster development agents' programme",
                        "Training-cum-Resource Centre, NISIET (seed 001 slide 22)",
                        LocalDate.parse("2024-04-15"),
                        LocalDate.parse("2024-05-24"),
                        "Diagnostic study and action plan",
                        Optional.of(konark.get().id())));

        RoundDraft draft = new RoundDraft(
                RoundKind.CLUSTER,
                "Demo: SFURTI cluster selection",
                "SFURTI",
                "MSME",
                Optional.empty(),
                10,
                Optional.empty());
        long round = rounds.insert(
                draft,
                "demo-ministry",
                criteria.clusterParameters("MSME").stream()
                        .map(c -> new RoundCriterion(c.code(), c.name(), c.weight(), c.position(), c.source()))
                        .toList());
        for (String name : List.of("Konark Stone Carving", "Chanderi Handloom", "Jaipur Hand Block Printing")) {
            cluster(name)
                    .ifPresent(c ->
                            rounds.insertCandidate(round, c.id(), c.name(), c.stateCode(), c.typologyCode(), false));
        }
        log.info("Demo agencies, a demo CDA and a demo selection round loaded");
    }

    private void engage(long agency, ClusterSummary cluster, String from, String to, String note) {
        agencies.insertEngagement(
                agency,
                cluster.stateCode(),
                new EngagementDraft(
                        cluster.id(),
                        Optional.empty(),
                        LocalDate.parse(from),
                        Optional.ofNullable(to).map(LocalDate::parse),
                        note));
    }

    private Optional<ClusterSummary> cluster(String name) {
        return registry.search(ClusterSearch.everything().withText(name), 0, 1).stream()
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
