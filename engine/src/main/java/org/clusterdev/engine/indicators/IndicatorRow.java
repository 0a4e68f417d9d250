package org.clusterdev.engine.indicators;

/**
 * The indicators of one region (district) and industry.
 *
 * @param district the district
 * @param state the state
 * @param industry the industry (NIC prefix or product group code)
 * @param establishments firms of the industry in the district, N(r,i)
 * @param employment employment of the industry in the district, E(r,i)
 * @param regionEmployment employment of all firms in the district, E(r)
 * @param industryEmployment employment of the industry in all districts, E(i)
 * @param locationQuotient (E(r,i)/E(r)) / (E(i)/E)
 * @param locationQuotientLower the location quotient scaled by the lower 95% Poisson bound of N(r,i) over N(r,i)
 * @param focus E(r,i)/E(r): the industry's share of the district's employment
 * @param sizeShare E(r,i)/E(i): the district's share of the industry's employment
 * @param specialisation the district's Krugman index, sum over industries of |E(r,i)/E(r) - E(i)/E|, 0..2
 * @param sizeStar employment in the top share of districts for the industry
 * @param specialisationStar location quotient at least the threshold (2)
 * @param focusStar focus in the top share of districts for the industry
 * @param strong a U.S. Cluster Mapping "strong" region-cluster (top quartile of LQ)
 * @param strong10 the same with the top decile
 */
public record IndicatorRow(
        String district,
        String state,
        String industry,
        int establishments,
        double employment,
        double regionEmployment,
        double industryEmployment,
        double locationQuotient,
        double locationQuotientLower,
        double focus,
        double sizeShare,
        double specialisation,
        boolean sizeStar,
        boolean specialisationStar,
        boolean focusStar,
        boolean strong,
        boolean strong10) {

    /** The European Cluster Observatory's stars, 0 to 3. */
    public int stars() {
        return (sizeStar ? 1 : 0) + (specialisationStar ? 1 : 0) + (focusStar ? 1 : 0);
    }
}
