package org.clusterdev.registry.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.registry.transfer.ClusterTable.StoredCluster;

/**
 * What one checked row of a cluster file does: the cluster as stored (absent for a new one) and as it will
 * be, and one year's figures before and after (absent when the row gives no figures).
 */
record ClusterChange(
        int row,
        String stateName,
        Optional<StoredCluster> stored,
        Map<String, Object> after,
        Optional<Integer> year,
        Optional<Map<String, Object>> figuresBefore,
        Optional<Map<String, Object>> figuresAfter) {

    boolean clusterChanged() {
        return stored.isEmpty() || !ClusterTable.same(stored.get().fields(), after);
    }

    boolean figuresChanged() {
        return figuresAfter.isPresent()
                && (figuresBefore.isEmpty() || !ClusterTable.same(figuresBefore.get(), figuresAfter.get()));
    }

    RowOutcome outcome() {
        RowOutcome.Outcome outcome;
        if (stored.isEmpty()) {
            outcome = RowOutcome.Outcome.NEW;
        } else if (clusterChanged() || figuresChanged()) {
            outcome = RowOutcome.Outcome.UPDATED;
        } else {
            outcome = RowOutcome.Outcome.UNCHANGED;
        }
        return new RowOutcome(row, (String) after.get("name"), stateName, outcome);
    }

    /** The cluster before the change, for the audit trail. */
    Map<String, Object> auditBefore() {
        return audit(stored.map(StoredCluster::fields).orElseGet(Map::of), figuresBefore);
    }

    /** The cluster after the change, for the audit trail. */
    Map<String, Object> auditAfter() {
        return audit(after, figuresAfter);
    }

    private Map<String, Object> audit(Map<String, Object> fields, Optional<Map<String, Object>> figures) {
        Map<String, Object> value = new LinkedHashMap<>(fields);
        year.ifPresent(y -> figures.ifPresent(f -> {
            Map<String, Object> withYear = new LinkedHashMap<>();
            withYear.put("year", y);
            withYear.putAll(f);
            value.put("figures", withYear);
        }));
        return value;
    }
}
