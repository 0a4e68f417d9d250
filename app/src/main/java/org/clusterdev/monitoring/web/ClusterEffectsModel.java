package org.clusterdev.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.ActivityTakeovers;
import org.clusterdev.monitoring.AssociationWorkSplits;
import org.clusterdev.monitoring.LinkageNetworks;
import org.clusterdev.monitoring.LocalInstitutions;
import org.clusterdev.monitoring.NetworkYear;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.effects.EffectsScope;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** Fills the model of a cluster's effects page: its network by year with the chart, and its sustainability records. */
@Component
class ClusterEffectsModel {

    private final ClusterRegistry registry;
    private final LinkageNetworks networks;
    private final LocalInstitutions institutions;
    private final ActivityTakeovers takeovers;
    private final AssociationWorkSplits splits;
    private final EffectsScope scope;
    private final JsonMapper json;

    ClusterEffectsModel(
            ClusterRegistry registry,
            LinkageNetworks networks,
            LocalInstitutions institutions,
            ActivityTakeovers takeovers,
            AssociationWorkSplits splits,
            EffectsScope scope,
            JsonMapper json) {
        this.registry = registry;
        this.networks = networks;
        this.institutions = institutions;
        this.takeovers = takeovers;
        this.splits = splits;
        this.scope = scope;
        this.json = json;
    }

    /** Everything the page shows, with empty forms. */
    void fill(long clusterId, Model model) {
        ClusterSummary cluster =
                registry.summary(clusterId).orElseThrow(() -> new NoSuchElementException("no cluster " + clusterId));
        List<NetworkYear> years = networks.years(clusterId, Optional.empty(), Optional.empty());
        model.addAttribute("cluster", cluster);
        model.addAttribute("years", years);
        model.addAttribute("chart", json.writeValueAsString(chart(years)));
        model.addAttribute("institutions", institutions.ofCluster(clusterId));
        model.addAttribute("takeovers", takeovers.ofCluster(clusterId));
        model.addAttribute("splits", splits.ofCluster(clusterId));
        model.addAttribute("associations", splits.associations(clusterId));
        model.addAttribute("mayEdit", scope.mayEdit(clusterId));
        model.addAttribute("kinds", List.of("ASSOCIATION", "NETWORK", "CONSORTIUM", "SPV"));
        model.addAttribute("changes", List.of("CREATED", "REVIVED"));
        model.addAttribute(
                "jointActivities",
                LinkageNetworks.JOINT_ACTIVITIES.stream().sorted().toList());
        if (!model.containsAttribute("institutionForm")) {
            model.addAttribute("institutionForm", EffectForms.InstitutionForm.empty());
        }
        if (!model.containsAttribute("takeoverForm")) {
            model.addAttribute("takeoverForm", EffectForms.TakeoverForm.empty());
        }
        if (!model.containsAttribute("workForm")) {
            model.addAttribute("workForm", EffectForms.WorkForm.empty(currentYear() - 1));
        }
    }

    /** Puts the records being edited into their forms. */
    void editing(
            long clusterId, Optional<Long> institution, Optional<Long> takeover, Optional<Long> work, Model model) {
        institution.flatMap(id -> institutions.find(clusterId, id)).ifPresent(found -> {
            model.addAttribute("institutionForm", EffectForms.InstitutionForm.of(found));
            model.addAttribute("editingInstitution", found.id());
        });
        takeover.flatMap(id -> takeovers.find(clusterId, id)).ifPresent(found -> {
            model.addAttribute("takeoverForm", EffectForms.TakeoverForm.of(found));
            model.addAttribute("editingTakeover", found.id());
        });
        work.flatMap(id -> splits.find(clusterId, id)).ifPresent(found -> {
            model.addAttribute("workForm", EffectForms.WorkForm.of(found));
            model.addAttribute("editingWork", found.id());
        });
    }

    private static Map<String, Object> chart(List<NetworkYear> years) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", years.stream().map(NetworkYear::label).toList());
        chart.put("active", years.stream().map(NetworkYear::activeLinkages).toList());
        chart.put("fresh", years.stream().map(NetworkYear::newLinkages).toList());
        chart.put("joint", years.stream().map(NetworkYear::jointActions).toList());
        chart.put("density", years.stream().map(NetworkYear::density).toList());
        return chart;
    }

    private static int currentYear() {
        return ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
    }
}
