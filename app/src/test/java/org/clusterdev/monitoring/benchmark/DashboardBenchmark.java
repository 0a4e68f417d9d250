package org.clusterdev.monitoring.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.DashboardQuery;
import org.clusterdev.monitoring.Dashboards;
import org.clusterdev.monitoring.Grouping;
import org.clusterdev.monitoring.ReportingPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dashboards over ten years of quarterly reports (2015-16 to 2024-25) of 1,500 interventions in 1,200 clusters
 * spread over the real districts, under ten schemes: 60,000 reports and about 1.6 million values. Not part of the
 * normal build (tag {@code benchmark}); run it with
 * {@code ./mvnw -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DashboardBenchmark}.
 * It deletes what it wrote when it ends.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class DashboardBenchmark {

    static final long FIRST_ID = 9_000_000L;
    static final int INTERVENTIONS = 1_500;
    static final int QUERIES = 300;
    static final int WARM_UP = 50;
    static final List<String> SCHEMES = List.of(
            "MSECDP",
            "SFURTI",
            "NSIC",
            "IHCDP",
            "AHVY",
            "SIDBI_TUP",
            "NABARD_CDP",
            "MP_ICDP",
            "RAJASTHAN_CDP",
            "UNIDO_CONSOLIDATED");
    static final List<String> INDICATORS = List.of(
            "FIRMS_SUPPORTED",
            "EXPORTS",
            "DOMESTIC_SALES",
            "TRAINEES",
            "EMPLOYMENT",
            "AVERAGE_MONTHLY_WAGE",
            "CAPACITY_UTILISATION",
            "TURNOVER",
            "UPSCALED");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dashboards dashboards;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void removeGeneratedReports() {
        jdbc.sql("delete from monitoring.report where intervention_id >= ?")
                .param(FIRST_ID)
                .update();
    }

    @Test
    void dashboardsOverTenYearsOfQuarterlyDataForFifteenHundredInterventions() throws Exception {
        long started = System.nanoTime();
        generate();
        long values = jdbc.sql("select count(*) from monitoring.indicator_value where intervention_id >= ?")
                .param(FIRST_ID)
                .query(Long.class)
                .single();
        System.out.printf(
                "BENCHMARK generated %,d reports and %,d values in %.1f s%n",
                INTERVENTIONS * 40, values, (System.nanoTime() - started) / 1e9);
        assertThat(values).isGreaterThan(1_000_000);
        List<int[]> districts = jdbc.sql("select distinct state_code from monitoring.report where intervention_id >= ?")
                .param(FIRST_ID)
                .query((rs, n) -> new int[] {rs.getInt(1)})
                .list();
        List<Object[]> places = jdbc.sql("""
                        select distinct state_code, district_name from monitoring.report where intervention_id >= ?""")
                .param(FIRST_ID)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)})
                .list();

        Random warmUp = new Random(1);
        for (int i = 0; i < WARM_UP; i++) {
            dashboards.dashboard(randomQuery(warmUp, places));
        }
        Random random = new Random(7);
        long[] nanos = new long[QUERIES];
        long[] rows = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            DashboardQuery query = randomQuery(random, places);
            long start = System.nanoTime();
            rows[i] = dashboards.dashboard(query).rows().size();
            nanos[i] = System.nanoTime() - start;
        }
        report("dashboard (groups, total and quarters), " + QUERIES + " random queries", nanos);
        System.out.printf(
                "BENCHMARK   rows per dashboard: median %d, max %d; %d states%n",
                sorted(rows)[rows.length / 2], sorted(rows)[rows.length - 1], districts.size());

        long[] pages = new long[50];
        Random pageRandom = new Random(11);
        for (int i = 0; i < pages.length; i++) {
            String indicator = INDICATORS.get(pageRandom.nextInt(INDICATORS.size()));
            String url = "/monitoring?approval=SCHEME_APPROVED&fromYear=2015&fromQuarter=1&toYear=2024&toQuarter=4"
                    + "&indicator=" + indicator + "&by=" + (pageRandom.nextBoolean() ? "STATE" : "SCHEME");
            long start = System.nanoTime();
            mvc.perform(get(url)).andExpect(status().isOk());
            pages[i] = System.nanoTime() - start;
        }
        report("whole page, nation over all 40 quarters, by state or scheme (50 requests)", pages);
    }

    private void generate() {
        // the rows are consistent by construction; skipping the foreign-key triggers while writing 1.6 million
        // of them makes the set-up take half as long
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            insertReportsAndValues();
        });
        long vacuum = System.nanoTime();
        jdbc.sql("vacuum analyze monitoring.report").update();
        jdbc.sql("vacuum analyze monitoring.indicator_value").update();
        jdbc.sql("vacuum analyze monitoring.indicator_value_year").update();
        System.out.printf("BENCHMARK vacuum and analyze: %.1f s%n", (System.nanoTime() - vacuum) / 1e9);
    }

    private void insertReportsAndValues() {
        jdbc.sql("""
                        with d as (select array_agg(name order by code) as names,
                                          array_agg(state_code order by code) as states
                                   from geography.district)
                        insert into monitoring.report (intervention_id, year, quarter, cluster_id, cluster_name,
                               district_name, state_code, scheme_code, intervention_title, approval)
                        select :first + i, y, q, :first + i % 1200, 'Bench cluster ' || i % 1200,
                               d.names[1 + ((i % 1200) * 7919) % cardinality(d.names)],
                               d.states[1 + ((i % 1200) * 7919) % cardinality(d.names)],
                               (:schemes::text[])[1 + i % 10], 'Bench intervention ' || i,
                               case when (i * 31 + y * 7 + q) % 10 < 8 then 3 else (i + y + q) % 3 end
                        from d, generate_series(1, :interventions) i, generate_series(2015, 2024) y,
                             generate_series(1, 4) q""")
                .param("first", FIRST_ID)
                .param("schemes", SCHEMES.toArray(new String[0]))
                .param("interventions", INTERVENTIONS)
                .update();
        jdbc.sql("""
                        insert into monitoring.indicator_value (report_id, indicator_code, kind, breakdown, value,
                               intervention_id, period, approval, cluster_id, district_name, state_code, scheme_code,
                               entered_by)
                        select r.id, s.code, s.kind, s.breakdown,
                               case when s.code = 'UPSCALED' then (r.intervention_id + r.period) % 7 / 6
                                    when s.code in ('CAPACITY_UTILISATION') then 40 + (r.intervention_id * 13 + r.period) % 55
                                    else round(s.base * (0.6 + ((r.intervention_id * 7919 + r.period * 104729) % 1000) / 1250.0)
                                               * (1 + (r.year - 2015) * 0.05)) end,
                               r.intervention_id, r.period, r.approval, r.cluster_id, r.district_name, r.state_code,
                               r.scheme_code, 'bench'
                        from monitoring.report r
                        cross join (values
                            ('FIRMS_SUPPORTED', 'ACTUAL', 'TOTAL', 60), ('FIRMS_SUPPORTED', 'ACTUAL', 'SIZE_CLASS:MICRO', 40),
                            ('FIRMS_SUPPORTED', 'ACTUAL', 'SIZE_CLASS:SMALL', 15), ('FIRMS_SUPPORTED', 'ACTUAL', 'SIZE_CLASS:MEDIUM', 5),
                            ('FIRMS_SUPPORTED', 'TARGET', 'TOTAL', 70),
                            ('EXPORTS', 'ACTUAL', 'TOTAL', 2000000), ('EXPORTS', 'ACTUAL', 'SIZE_CLASS:MICRO', 500000),
                            ('EXPORTS', 'ACTUAL', 'SIZE_CLASS:SMALL', 1000000), ('EXPORTS', 'ACTUAL', 'SIZE_CLASS:MEDIUM', 500000),
                            ('EXPORTS', 'TARGET', 'TOTAL', 2500000),
                            ('DOMESTIC_SALES', 'ACTUAL', 'TOTAL', 5000000), ('DOMESTIC_SALES', 'TARGET', 'TOTAL', 5500000),
                            ('TRAINEES', 'ACTUAL', 'TOTAL', 30), ('TRAINEES', 'ACTUAL', 'GENDER:WOMEN', 12),
                            ('TRAINEES', 'ACTUAL', 'GENDER:MEN', 18), ('TRAINEES', 'TARGET', 'TOTAL', 35),
                            ('EMPLOYMENT', 'ACTUAL', 'TOTAL', 900), ('EMPLOYMENT', 'ACTUAL', 'GENDER:WOMEN', 300),
                            ('EMPLOYMENT', 'ACTUAL', 'GENDER:MEN', 600), ('EMPLOYMENT', 'TARGET', 'TOTAL', 1000),
                            ('AVERAGE_MONTHLY_WAGE', 'ACTUAL', 'TOTAL', 11000),
                            ('AVERAGE_MONTHLY_WAGE', 'ACTUAL', 'GENDER:WOMEN', 9000),
                            ('AVERAGE_MONTHLY_WAGE', 'ACTUAL', 'GENDER:MEN', 12000),
                            ('CAPACITY_UTILISATION', 'ACTUAL', 'TOTAL', 0),
                            ('TURNOVER', 'ACTUAL', 'TOTAL', 40000000), ('TURNOVER', 'TARGET', 'TOTAL', 45000000),
                            ('UPSCALED', 'ACTUAL', 'TOTAL', 0)) as s(code, kind, breakdown, base)
                        where r.intervention_id >= :first""").param("first", FIRST_ID).update();
    }

    private static DashboardQuery randomQuery(Random random, List<Object[]> places) {
        String indicator = INDICATORS.get(random.nextInt(INDICATORS.size()));
        Object[] place = places.get(random.nextInt(places.size()));
        int level = random.nextInt(5);
        Grouping by = List.of(
                        Grouping.STATE, Grouping.DISTRICT, Grouping.CLUSTER, Grouping.SCHEME, Grouping.INTERVENTION)
                .get(level);
        Optional<Integer> state = level == 1 || level == 2 ? Optional.of((Integer) place[0]) : Optional.empty();
        Optional<String> district = level == 2 ? Optional.of((String) place[1]) : Optional.empty();
        Optional<String> scheme =
                level == 4 ? Optional.of(SCHEMES.get(random.nextInt(SCHEMES.size()))) : Optional.empty();
        int first = random.nextInt(40);
        int last = first + random.nextInt(40 - first);
        Optional<String> dimension = Optional.empty();
        if (random.nextInt(3) == 0) {
            dimension = switch (indicator) {
                case "FIRMS_SUPPORTED", "EXPORTS" -> Optional.of("SIZE_CLASS");
                case "TRAINEES", "EMPLOYMENT", "AVERAGE_MONTHLY_WAGE" -> Optional.of("GENDER");
                default -> Optional.empty();
            };
        }
        Approval approval = random.nextInt(4) == 0 ? Approval.values()[random.nextInt(4)] : Approval.SCHEME_APPROVED;
        return new DashboardQuery(
                indicator, by, state, district, scheme, List.of(), quarter(first), quarter(last), approval, dimension);
    }

    private static ReportingPeriod quarter(int index) {
        return new ReportingPeriod(2015 + index / 4, 1 + index % 4);
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = sorted(nanos);
        System.out.printf(
                "BENCHMARK %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
