package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.BenefitDistribution;
import org.clusterdev.monitoring.Dashboards;
import org.clusterdev.monitoring.Inclusiveness;
import org.clusterdev.monitoring.InclusivenessQuery;
import org.clusterdev.monitoring.LinkageNetworks;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.programme.Schemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The effects of cluster development: the inclusiveness of benefits across schemes, states and interventions, and
 * for each cluster its network over the years and its new institutional capacity, with downloads.
 */
@Controller
class EffectsController {

    private final Inclusiveness inclusiveness;
    private final LinkageNetworks networks;
    private final Dashboards dashboards;
    private final Schemes schemes;
    private final Geography geography;
    private final ClusterEffectsModel clusterModel;

    EffectsController(
            Inclusiveness inclusiveness,
            LinkageNetworks networks,
            Dashboards dashboards,
            Schemes schemes,
            Geography geography,
            ClusterEffectsModel clusterModel) {
        this.inclusiveness = inclusiveness;
        this.networks = networks;
        this.dashboards = dashboards;
        this.schemes = schemes;
        this.geography = geography;
        this.clusterModel = clusterModel;
    }

    @GetMapping("/monitoring/effects")
    String inclusiveness(InclusivenessParameters parameters, Model model) {
        InclusivenessQuery query;
        try {
            query = parameters.toQuery();
            model.addAttribute("view", inclusiveness.distribution(query));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            query = new InclusivenessParameters(null, null, null, null, null, null, null).toQuery();
            model.addAttribute("view", inclusiveness.distribution(query));
        }
        model.addAttribute("q", query);
        model.addAttribute("benefits", inclusiveness.benefits());
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("states", geography.states());
        model.addAttribute("interventions", inclusiveness.reportingInterventions());
        model.addAttribute("approvals", Approval.values());
        model.addAttribute("years", years(query.from().year(), query.to().year()));
        model.addAttribute("clusters", dashboards.reportingClusters());
        model.addAttribute("exportQuery", exportQuery(query));
        return "monitoring/effects";
    }

    @GetMapping("/monitoring/effects/inclusiveness." + SheetExport.FORMAT)
    void inclusiveness(@PathVariable String format, InclusivenessParameters parameters, HttpServletResponse response)
            throws IOException {
        SheetExport.send(
                response,
                format,
                "inclusiveness",
                EffectsSheets.DISTRIBUTION_HEADER,
                EffectsSheets.distribution(distribution(parameters)));
    }

    @GetMapping("/monitoring/effects/cluster")
    String chosenCluster(@RequestParam long id) {
        return "redirect:/monitoring/effects/clusters/" + id;
    }

    @GetMapping("/monitoring/effects/clusters/{id}")
    String cluster(
            @PathVariable long id,
            @RequestParam(required = false) Long editInstitution,
            @RequestParam(required = false) Long editTakeover,
            @RequestParam(required = false) Long editWork,
            Model model) {
        clusterModel.fill(id, model);
        clusterModel.editing(
                id,
                Optional.ofNullable(editInstitution),
                Optional.ofNullable(editTakeover),
                Optional.ofNullable(editWork),
                model);
        return "monitoring/effects-cluster";
    }

    @GetMapping("/monitoring/effects/clusters/{id}/network." + SheetExport.FORMAT)
    void network(
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            HttpServletResponse response)
            throws IOException {
        SheetExport.send(
                response,
                format,
                "network-" + id,
                EffectsSheets.NETWORK_HEADER,
                EffectsSheets.network(years(id, fromYear, toYear)));
    }

    private List<org.clusterdev.monitoring.NetworkYear> years(long id, Integer fromYear, Integer toYear) {
        try {
            return networks.years(id, Optional.ofNullable(fromYear), Optional.ofNullable(toYear));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private BenefitDistribution distribution(InclusivenessParameters parameters) {
        try {
            return inclusiveness.distribution(parameters.toQuery());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static String exportQuery(InclusivenessQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance()
                .queryParam("indicator", query.indicatorCode())
                .queryParam("fromYear", query.from().year())
                .queryParam("toYear", query.to().year())
                .queryParam("approval", query.approval().name());
        query.schemeCode().ifPresent(code -> uri.queryParam("scheme", code));
        query.stateCode().ifPresent(code -> uri.queryParam("state", code));
        query.interventionIds().forEach(id -> uri.queryParam("interventions", id));
        return uri.build().encode().getQuery();
    }

    private static List<Integer> years(int from, int to) {
        int now = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
        List<Integer> years = new ArrayList<>();
        for (int year = Math.max(now, to); year >= Math.min(from, now - 15); year--) {
            years.add(year);
        }
        return years;
    }
}
