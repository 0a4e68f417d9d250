package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.ActivityTakeover;
import org.clusterdev.monitoring.ActivityTakeovers;
import org.clusterdev.monitoring.AssociationWorkSplits;
import org.clusterdev.monitoring.BenefitDistribution;
import org.clusterdev.monitoring.Inclusiveness;
import org.clusterdev.monitoring.InstitutionDraft;
import org.clusterdev.monitoring.LinkageNetworks;
import org.clusterdev.monitoring.LocalInstitution;
import org.clusterdev.monitoring.LocalInstitutions;
import org.clusterdev.monitoring.NetworkYear;
import org.clusterdev.monitoring.TakeoverDraft;
import org.clusterdev.monitoring.WorkSplit;
import org.clusterdev.monitoring.WorkSplitDraft;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The effects of cluster development for programs: {@code GET /api/v1/monitoring/effects/inclusiveness} (the
 * inclusiveness page's query string), a cluster's {@code network} by financial year and its {@code sustainability}
 * records, and entry of those records. Refusals are problem details naming the field.
 */
@RestController
class EffectsApi {

    private final Inclusiveness inclusiveness;
    private final LinkageNetworks networks;
    private final LocalInstitutions institutions;
    private final ActivityTakeovers takeovers;
    private final AssociationWorkSplits splits;
    private final ClusterRegistry registry;

    EffectsApi(
            Inclusiveness inclusiveness,
            LinkageNetworks networks,
            LocalInstitutions institutions,
            ActivityTakeovers takeovers,
            AssociationWorkSplits splits,
            ClusterRegistry registry) {
        this.registry = registry;
        this.inclusiveness = inclusiveness;
        this.networks = networks;
        this.institutions = institutions;
        this.takeovers = takeovers;
        this.splits = splits;
    }

    /** A cluster's institutions created or revived, activities taken over and associations' work splits. */
    record Sustainability(
            long clusterId,
            List<LocalInstitution> institutions,
            List<ActivityTakeover> takeovers,
            List<WorkSplit> workSplits) {}

    /** An institution as programs send it. */
    record InstitutionRequest(
            String kind, String name, String change, LocalDate on, Integer memberFirms, String note) {}

    /** An activity taken over as programs send it. */
    record TakeoverRequest(String activity, String institution, LocalDate since, String evidence) {}

    /** A work split as programs send it: the two shares or the two numbers of hours. */
    record WorkSplitRequest(
            long actorId,
            int year,
            BigDecimal developmentalShare,
            BigDecimal lobbyingShare,
            BigDecimal developmentalHours,
            BigDecimal lobbyingHours,
            String note) {}

    @GetMapping("/api/v1/monitoring/effects/inclusiveness")
    BenefitDistribution inclusiveness(InclusivenessParameters parameters) {
        return inclusiveness.distribution(parameters.toQuery());
    }

    @GetMapping("/api/v1/monitoring/effects/clusters/{id}/network")
    List<NetworkYear> network(
            @PathVariable long id,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear) {
        return networks.years(id, Optional.ofNullable(fromYear), Optional.ofNullable(toYear));
    }

    @GetMapping("/api/v1/monitoring/effects/clusters/{id}/sustainability")
    Sustainability sustainability(@PathVariable long id) {
        registry.summary(id).orElseThrow(() -> new NoSuchElementException("no cluster " + id));
        return new Sustainability(id, institutions.ofCluster(id), takeovers.ofCluster(id), splits.ofCluster(id));
    }

    @PostMapping("/api/v1/monitoring/effects/clusters/{id}/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    LocalInstitution addInstitution(@PathVariable long id, @RequestBody InstitutionRequest request) {
        return institutions.add(
                id,
                new InstitutionDraft(
                        request.kind(),
                        request.name(),
                        request.change(),
                        request.on(),
                        Optional.ofNullable(request.memberFirms()),
                        Optional.ofNullable(request.note())));
    }

    @PostMapping("/api/v1/monitoring/effects/clusters/{id}/takeovers")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityTakeover addTakeover(@PathVariable long id, @RequestBody TakeoverRequest request) {
        return takeovers.add(
                id, new TakeoverDraft(request.activity(), request.institution(), request.since(), request.evidence()));
    }

    @PostMapping("/api/v1/monitoring/effects/clusters/{id}/work-splits")
    @ResponseStatus(HttpStatus.CREATED)
    WorkSplit addWorkSplit(@PathVariable long id, @RequestBody WorkSplitRequest request) {
        return splits.add(
                id,
                new WorkSplitDraft(
                        request.actorId(),
                        request.year(),
                        Optional.ofNullable(request.developmentalShare()),
                        Optional.ofNullable(request.lobbyingShare()),
                        Optional.ofNullable(request.developmentalHours()),
                        Optional.ofNullable(request.lobbyingHours()),
                        Optional.ofNullable(request.note())));
    }
}
