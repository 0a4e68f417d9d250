package org.clusterdev.registry.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.registry.ClusterChanges;
import org.clusterdev.registry.ClusterChanges.Descriptors;
import org.clusterdev.registry.ClusterChanges.Need;
import org.clusterdev.registry.ClusterChanges.Position;
import org.clusterdev.registry.ClusterDraft;

/** The cluster edit form as submitted: text as typed, so a mistake can be shown back unchanged. */
record ClusterForm(
        Integer version,
        String name,
        String product,
        String nicCode,
        String nicCodes,
        String typology,
        Integer state,
        String district,
        String places,
        String latitude,
        String longitude,
        String status,
        String market,
        String production,
        String targetMarket,
        String targetProduction,
        String localisation,
        String density,
        String breadth,
        String depth,
        List<String> needs,
        String description,
        String source) {

    static ClusterForm empty() {
        return new ClusterForm(
                null,
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                "",
                "",
                "",
                "IDENTIFIED",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                "",
                "");
    }

    static ClusterForm of(ClusterDraft draft) {
        ClusterChanges v = draft.values();
        return new ClusterForm(
                draft.version(),
                v.name(),
                v.product(),
                v.nicCode().orElse(""),
                String.join(", ", v.nicCodes()),
                v.typologyCode(),
                v.stateCode(),
                v.districtName().orElse(""),
                v.places().orElse(""),
                Double.toString(v.latitude()),
                Double.toString(v.longitude()),
                v.status(),
                v.current().market().orElse(""),
                v.current().production().orElse(""),
                v.target().market().orElse(""),
                v.target().production().orElse(""),
                v.descriptors().localisation().orElse(""),
                v.descriptors().density().orElse(""),
                v.descriptors().breadth().orElse(""),
                v.descriptors().depth().orElse(""),
                v.needs().stream().map(Need::name).sorted().toList(),
                v.description().orElse(""),
                v.source().orElse(""));
    }

    /**
     * The changes this form asks for.
     *
     * @throws IllegalArgumentException "field: reason" for the first field that is not acceptable
     */
    ClusterChanges toChanges() {
        if (state == null) {
            throw new IllegalArgumentException("state: is required");
        }
        return new ClusterChanges(
                name,
                product,
                Optional.ofNullable(nicCode),
                nicCodes == null ? List.of() : Arrays.asList(nicCodes.split("[,\\s]+")),
                typology,
                state,
                Optional.ofNullable(district),
                Optional.ofNullable(places),
                number(latitude, "latitude"),
                number(longitude, "longitude"),
                status,
                new Position(Optional.ofNullable(market), Optional.ofNullable(production)),
                new Position(Optional.ofNullable(targetMarket), Optional.ofNullable(targetProduction)),
                new Descriptors(
                        Optional.ofNullable(localisation),
                        Optional.ofNullable(density),
                        Optional.ofNullable(breadth),
                        Optional.ofNullable(depth)),
                chosenNeeds(),
                Optional.ofNullable(description),
                Optional.ofNullable(source));
    }

    private Set<Need> chosenNeeds() {
        Set<Need> chosen = EnumSet.noneOf(Need.class);
        for (String need : needs == null ? List.<String>of() : needs) {
            try {
                chosen.add(Need.valueOf(need));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("needs: '" + need + "' is not a need", e);
            }
        }
        return chosen;
    }

    private static double number(String value, String field) {
        try {
            return Double.parseDouble(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": is not a number in decimal degrees", e);
        }
    }
}
