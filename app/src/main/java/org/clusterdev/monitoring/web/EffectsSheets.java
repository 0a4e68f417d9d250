package org.clusterdev.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.monitoring.BenefitDistribution;
import org.clusterdev.monitoring.NetworkYear;

/** The effects views as rows of a sheet, for the CSV and XLSX downloads. */
final class EffectsSheets {

    static final List<String> DISTRIBUTION_HEADER = List.of(
            "dimension",
            "group",
            "benefit",
            "benefit_share_percent",
            "firms",
            "firm_share_percent",
            "ratio",
            "gini",
            "endowed_benefit_share_percent",
            "endowed_firm_share_percent",
            "concentrated_with_endowed",
            "firms_source");

    static final List<String> NETWORK_HEADER = List.of(
            "year",
            "stakeholders",
            "active_linkages",
            "new_linkages",
            "density",
            "joint_actions",
            "firms",
            "firms_in_networks",
            "share_in_networks_percent");

    private EffectsSheets() {}

    static List<List<Object>> distribution(BenefitDistribution view) {
        List<List<Object>> rows = new ArrayList<>();
        for (BenefitDistribution.Dimension dimension : view.dimensions()) {
            for (BenefitDistribution.Group group : dimension.groups()) {
                List<Object> row = new ArrayList<>();
                row.add(dimension.dimension());
                row.add(group.breakdown());
                row.add(group.benefit());
                row.add(group.benefitShare());
                row.add(group.firms().orElse(null));
                row.add(group.firmShare().orElse(null));
                row.add(group.ratio().orElse(null));
                row.add(dimension.concentration().orElse(null));
                row.add(dimension.endowedBenefitShare());
                row.add(dimension.endowedFirmShare().orElse(null));
                row.add(dimension.concentrated());
                row.add(dimension.firmsSource());
                rows.add(row);
            }
        }
        return rows;
    }

    static List<List<Object>> network(List<NetworkYear> years) {
        List<List<Object>> rows = new ArrayList<>();
        for (NetworkYear year : years) {
            List<Object> row = new ArrayList<>();
            row.add(year.label());
            row.add(year.stakeholders());
            row.add(year.activeLinkages());
            row.add(year.newLinkages());
            row.add(year.density());
            row.add(year.jointActions());
            row.add(year.firms().orElse(null));
            row.add(year.firmsInNetworks());
            row.add(year.shareInNetworks().orElse(null));
            rows.add(row);
        }
        return rows;
    }
}
