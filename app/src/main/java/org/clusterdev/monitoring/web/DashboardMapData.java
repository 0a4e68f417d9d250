package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clusterdev.monitoring.DashboardMap;
import org.clusterdev.monitoring.DashboardMaps;
import org.clusterdev.monitoring.DashboardView;
import org.springframework.stereotype.Component;

/**
 * A dashboard's map as the page's script and {@code /monitoring/map.json} read it: raw actuals to size points,
 * band indexes to colour, and every figure also written in the reader's language and the indicator's unit.
 */
@Component
class DashboardMapData {

    private final DashboardMaps maps;
    private final Figures figures;

    DashboardMapData(DashboardMaps maps, Figures figures) {
        this.maps = maps;
        this.figures = figures;
    }

    DashboardMap map(DashboardView view) {
        return maps.map(view);
    }

    /**
     * The map as plain data.
     *
     * @param drill for each row key that leads to a dashboard of its parts, that dashboard's query string
     */
    Map<String, Object> data(DashboardView view, DashboardMap map, Map<String, String> drill) {
        String unit = view.indicator().unit();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicator", view.indicator().code());
        data.put("by", view.query().by().name());
        data.put("shape", map.shape().name());
        data.put("unplaced", map.unplaced());
        data.put(
                "bands",
                map.bands().stream()
                        .map(band -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("from", band.from().doubleValue());
                            entry.put("to", band.to().doubleValue());
                            entry.put("fromText", figures.format(band.from(), unit));
                            entry.put("toText", figures.format(band.to(), unit));
                            return entry;
                        })
                        .toList());
        data.put(
                "places",
                map.places().stream().map(place -> place(place, unit, drill)).toList());
        return data;
    }

    private Map<String, Object> place(DashboardMap.Place place, String unit, Map<String, String> drill) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", place.key());
        entry.put("label", place.label());
        place.point().ifPresent(point -> {
            entry.put("latitude", point.latitude());
            entry.put("longitude", point.longitude());
        });
        entry.put("actual", place.actual().map(BigDecimal::doubleValue).orElse(null));
        entry.put("band", place.band().isPresent() ? place.band().getAsInt() : null);
        entry.put("actualText", figures.format(place.actual(), unit));
        entry.put("targetText", figures.format(place.target(), unit));
        entry.put(
                "achievementText",
                place.achievement().map(a -> a.toPlainString() + " %").orElse(""));
        entry.put("interventions", place.interventions());
        entry.put("drill", drill.get(place.key()));
        return entry;
    }
}
