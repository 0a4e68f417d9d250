package org.clusterdev.engine.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.WeightColumn;

/** The columns of a firm file, found by name in its header; unknown columns are kept aside and ignored. */
final class CsvHeader {

    /** What a column holds. */
    enum Role {
        ID("id"),
        LAT("lat"),
        LON("lon"),
        NIC("nic"),
        EMPLOYMENT("employment"),
        TURNOVER("turnover_inr"),
        EXPORTS("exports_inr"),
        PIN("pin"),
        ARTISANS("artisans"),
        LOOMS("looms"),
        FAMILIES("families"),
        DISTRICT("district"),
        STATE("state"),
        PRODUCT("product"),
        IGNORED("");

        final String column;

        Role(String column) {
            this.column = column;
        }
    }

    static final List<Role> REQUIRED =
            List.of(Role.ID, Role.LAT, Role.LON, Role.NIC, Role.EMPLOYMENT, Role.TURNOVER, Role.EXPORTS);

    final Role[] roles;
    final Set<Role> present;
    final List<String> ignored;

    private CsvHeader(Role[] roles, Set<Role> present, List<String> ignored) {
        this.roles = roles;
        this.present = present;
        this.ignored = ignored;
    }

    /**
     * Reads a header line.
     *
     * @throws IllegalArgumentException when a required column is missing or a column appears twice
     */
    static CsvHeader parse(String line) {
        List<String> names = CsvText.split(CsvText.stripBom(line));
        Role[] roles = new Role[names.size()];
        Set<Role> present = EnumSet.noneOf(Role.class);
        List<String> ignored = new ArrayList<>();
        Map<String, Role> byName = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            byName.put(role.column, role);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            Role role = name.isEmpty() ? Role.IGNORED : byName.getOrDefault(name, Role.IGNORED);
            if (role != Role.IGNORED && !present.add(role)) {
                throw new IllegalArgumentException("header: column " + name + " appears twice");
            }
            if (role == Role.IGNORED) {
                ignored.add(names.get(i).trim());
            }
            roles[i] = role;
        }
        List<String> missing = new ArrayList<>();
        for (Role role : REQUIRED) {
            if (!present.contains(role)) {
                missing.add(role.column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("header: missing column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; a firm file needs id,lat,lon,nic,employment,turnover_inr,"
                    + "exports_inr (and may add pin, artisans, looms, families, district, state, product)");
        }
        return new CsvHeader(roles, present, ignored);
    }

    FirmColumns.Layout layout(boolean gazetteer) {
        Set<WeightColumn> weights = EnumSet.noneOf(WeightColumn.class);
        if (present.contains(Role.ARTISANS)) {
            weights.add(WeightColumn.ARTISANS);
        }
        if (present.contains(Role.LOOMS)) {
            weights.add(WeightColumn.LOOMS);
        }
        if (present.contains(Role.FAMILIES)) {
            weights.add(WeightColumn.FAMILIES);
        }
        boolean pins = present.contains(Role.PIN);
        boolean places = present.contains(Role.DISTRICT) || present.contains(Role.STATE) || (pins && gazetteer);
        return new FirmColumns.Layout(weights, pins, places, present.contains(Role.PRODUCT));
    }
}
