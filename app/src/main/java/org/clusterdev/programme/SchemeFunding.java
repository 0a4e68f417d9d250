package org.clusterdev.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The funding of one scheme's interventions added up, for the view across schemes.
 *
 * @param contributedOther contributions from every source but the centre
 */
public record SchemeFunding(
        String schemeCode,
        int interventions,
        long committed,
        long sanctioned,
        long released,
        long centralReleased,
        long spent,
        long certified,
        long contributedOther)
        implements java.io.Serializable {

    /** Rupees leveraged per rupee of central release, as {@link FundingAccount#leverageRatio()}. */
    public Optional<BigDecimal> leverageRatio() {
        return centralReleased == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(contributedOther)
                        .divide(BigDecimal.valueOf(centralReleased), 2, RoundingMode.HALF_UP));
    }
}
