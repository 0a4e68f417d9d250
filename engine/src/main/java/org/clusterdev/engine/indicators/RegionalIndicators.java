package org.clusterdev.engine.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.groups.ProductGroups;

/**
 * Indicators of every district and industry, from the employment and number of the firms. Regions are the
 * districts (with their state); industries are the product groups given (NIC prefixes, or groups defined as
 * data); firms without a district are left out. With E(r,i) the employment of industry i in district r, E(r) that
 * of all firms in r, E(i) that of i in all districts and E the total:
 *
 * <ul>
 *   <li><b>Location quotient</b> LQ(r,i) = (E(r,i)/E(r)) / (E(i)/E) (Isard 1960; DOMAIN.md §7). Small numbers
 *       are guarded twice: flags need at least {@link IndicatorThresholds#minEstablishments()} establishments
 *       and {@link IndicatorThresholds#minEmployment()} employment, and {@code lq_lower95} scales the LQ by the
 *       lower 95% bound of the establishment count N(r,i) taken as a Poisson count: the exact (Garwood 1936)
 *       bound up to 100 establishments, Byar's approximation N (1 - 1/(9N) - 1.96/(3 sqrt N))^3 above
 *       (Breslow and Day 1987, Statistical Methods in Cancer Research II, p. 69). An LQ whose lower bound is
 *       above 1 is unlikely to be chance.
 *   <li><b>Specialisation</b> of a district, Krugman's index: the sum over industries of
 *       |E(r,i)/E(r) - E(i)/E|, from 0 (like the country) to 2 (Krugman 1991, Geography and Trade).
 *   <li><b>Size</b> E(r,i)/E(i) and <b>focus</b> E(r,i)/E(r).
 *   <li><b>Stars</b> of the European Cluster Observatory (Ketels and Sölvell 2006, "Innovation clusters in the
 *       10 new member states of the European Union", Europe INNOVA paper 1; the Observatory's star rating):
 *       a size star when E(r,i) is in the top 10% of all districts for the industry; a specialisation star
 *       when LQ(r,i) >= 2; a focus star when E(r,i)/E(r) is in the top 10% of all districts. 0 to 3 stars.
 *   <li><b>Strong</b> region-clusters of the U.S. Cluster Mapping (Delgado, Porter and Stern 2016, "Defining
 *       clusters of related industries", Journal of Economic Geography 16(1), 1-38; clustermapping.us), as
 *       summarised in DOMAIN.md §7: LQ in the top quartile of the districts where the industry is present and
 *       at least 1, with employment and establishments not in the bottom quartile of those districts;
 *       {@code strong10} with the top decile instead.
 * </ul>
 *
 * <p>"Top 10%" of R districts means a value at least the ceil(0.1 R)-th largest and above 0 (nearest rank);
 * "not in the bottom quartile" means at least the ceil(0.25 P)-th smallest of the P districts with the industry.
 */
public final class RegionalIndicators {

    private final IndicatorThresholds thresholds;

    /** Indicators with the given thresholds. */
    public RegionalIndicators(IndicatorThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** One row per district and industry with at least one firm, ordered by state, district and industry. */
    public List<IndicatorRow> compute(Firms firms, ProductGroups industries) {
        Regions regions = new Regions(firms);
        int r = regions.count();
        int k = industries.count();
        double[] employment = new double[r * k];
        int[] establishments = new int[r * k];
        for (int i = 0; i < k; i++) {
            for (int firm : industries.members(i)) {
                int region = regions.of(firm);
                if (region >= 0) {
                    employment[region * k + i] += firms.employment(firm);
                    establishments[region * k + i]++;
                }
            }
        }
        double total = 0;
        for (double e : regions.employment) {
            total += e;
        }
        double[] industryEmployment = new double[k];
        for (int region = 0; region < r; region++) {
            for (int i = 0; i < k; i++) {
                industryEmployment[i] += employment[region * k + i];
            }
        }
        double[] krugman = new double[r];
        for (int region = 0; region < r; region++) {
            double er = regions.employment[region];
            for (int i = 0; i < k; i++) {
                double local = er > 0 ? employment[region * k + i] / er : 0;
                double national = total > 0 ? industryEmployment[i] / total : 0;
                krugman[region] += Math.abs(local - national);
            }
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.addAll(industry(
                    i,
                    industries.code(i),
                    regions,
                    employment,
                    establishments,
                    industryEmployment[i],
                    total,
                    krugman,
                    k));
        }
        rows.sort(Comparator.comparing(IndicatorRow::state)
                .thenComparing(IndicatorRow::district)
                .thenComparing(IndicatorRow::industry));
        return rows;
    }

    private List<IndicatorRow> industry(
            int i,
            String code,
            Regions regions,
            double[] employment,
            int[] establishments,
            double industryTotal,
            double total,
            double[] krugman,
            int k) {
        int r = regions.count();
        double[] e = new double[r];
        double[] focus = new double[r];
        double[] lq = new double[r];
        int present = 0;
        for (int region = 0; region < r; region++) {
            e[region] = employment[region * k + i];
            double er = regions.employment[region];
            focus[region] = er > 0 ? e[region] / er : 0;
            lq[region] = er > 0 && industryTotal > 0 ? (e[region] / er) / (industryTotal / total) : 0;
            present += establishments[region * k + i] > 0 ? 1 : 0;
        }
        double sizeCut = topCut(e, thresholds.starShare());
        double focusCut = topCut(focus, thresholds.starShare());
        double[] presentLq = new double[present];
        double[] presentE = new double[present];
        double[] presentN = new double[present];
        int p = 0;
        for (int region = 0; region < r; region++) {
            if (establishments[region * k + i] > 0) {
                presentLq[p] = lq[region];
                presentE[p] = e[region];
                presentN[p] = establishments[region * k + i];
                p++;
            }
        }
        double strongCut = topCut(presentLq, thresholds.strongShare());
        double strongerCut = topCut(presentLq, thresholds.strongerShare());
        double employmentFloor = bottomCut(presentE, 0.25);
        double establishmentFloor = bottomCut(presentN, 0.25);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int region = 0; region < r; region++) {
            int n = establishments[region * k + i];
            if (n == 0) {
                continue;
            }
            boolean guarded = n >= thresholds.minEstablishments() && e[region] >= thresholds.minEmployment();
            boolean substantial = e[region] >= employmentFloor && n >= establishmentFloor && lq[region] >= 1;
            rows.add(new IndicatorRow(
                    regions.district(region),
                    regions.state(region),
                    code,
                    n,
                    e[region],
                    regions.employment[region],
                    industryTotal,
                    lq[region],
                    lq[region] * poissonLower(n) / n,
                    focus[region],
                    industryTotal > 0 ? e[region] / industryTotal : 0,
                    krugman[region],
                    guarded && e[region] > 0 && e[region] >= sizeCut,
                    guarded && lq[region] >= thresholds.specialisationLq(),
                    guarded && focus[region] > 0 && focus[region] >= focusCut,
                    guarded && substantial && lq[region] >= strongCut,
                    guarded && substantial && lq[region] >= strongerCut));
        }
        return rows;
    }

    /** The nearest-rank value at the top {@code share} of the values (the ceil(share n)-th largest). */
    static double topCut(double[] values, double share) {
        if (values.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[sorted.length - Math.max(1, rank)];
    }

    /** The nearest-rank value at the bottom {@code share} of the values (the ceil(share n)-th smallest). */
    static double bottomCut(double[] values, double share) {
        if (values.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(1, (int) Math.ceil(share * sorted.length)) - 1];
    }

    /**
     * The lower 95% bound (two-sided) of the mean of a Poisson count: exact (Garwood) up to 100, by bisection on
     * the Poisson distribution; above, Byar's approximation, which is then within a part in a thousand. 0 for 0.
     */
    static double poissonLower(int count) {
        if (count == 0) {
            return 0;
        }
        if (count > 100) {
            double root = 1 - 1.0 / (9 * count) - 1.96 / (3 * Math.sqrt(count));
            return count * root * root * root;
        }
        double low = 0;
        double high = count;
        for (int i = 0; i < 100; i++) {
            double mean = (low + high) / 2;
            if (poissonCdf(count - 1, mean) > 0.975) {
                low = mean;
            } else {
                high = mean;
            }
        }
        return (low + high) / 2;
    }

    /** P(X <= k) for a Poisson variable of the given mean. */
    private static double poissonCdf(int k, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int i = 1; i <= k; i++) {
            term *= mean / i;
            sum += term;
        }
        return sum;
    }

    /** The districts of the firms, numbered, with their total employment. */
    private static final class Regions {
        private final Firms firms;
        private final int[] byKey;
        private final List<Integer> keys = new ArrayList<>();
        private final int districts;
        final double[] employment;

        Regions(Firms firms) {
            this.firms = firms;
            this.districts = firms.districtNames().size();
            int states = firms.stateNames().size() + 1;
            byKey = new int[Math.max(1, states * Math.max(1, districts))];
            Arrays.fill(byKey, -1);
            for (int firm = 0; firm < firms.size(); firm++) {
                int key = key(firm);
                if (key >= 0 && byKey[key] < 0) {
                    byKey[key] = keys.size();
                    keys.add(key);
                }
            }
            employment = new double[keys.size()];
            for (int firm = 0; firm < firms.size(); firm++) {
                int region = of(firm);
                if (region >= 0) {
                    employment[region] += firms.employment(firm);
                }
            }
        }

        private int key(int firm) {
            int district = firms.districtIndex(firm);
            if (district < 0) {
                return -1;
            }
            return (firms.stateIndex(firm) + 1) * districts + district;
        }

        int count() {
            return keys.size();
        }

        int of(int firm) {
            int key = key(firm);
            return key < 0 ? -1 : byKey[key];
        }

        String district(int region) {
            return firms.districtNames().get(keys.get(region) % districts);
        }

        String state(int region) {
            int state = keys.get(region) / districts - 1;
            return state < 0 ? "" : firms.stateNames().get(state);
        }
    }
}
