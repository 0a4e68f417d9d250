package org.clusterdev.registry;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The higher (mature) and lower (potential) cut-off of one classifying parameter (004 Table 1.5). The
 * table names the parameters but gives no numbers, so the stored values are configurable defaults.
 *
 * @param parameter {@code ENTERPRISES}, {@code TURNOVER}, {@code EXPORTS} or {@code EMPLOYMENT}
 * @param unit {@code NUMBER}, {@code RUPEES} or {@code PERSONS}
 * @param note why the default is what it is
 */
public record MaturityCutoff(
        String parameter,
        Optional<BigDecimal> matureMinimum,
        Optional<BigDecimal> potentialMinimum,
        String unit,
        String source,
        Optional<String> note) {}
