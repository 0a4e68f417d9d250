package org.clusterdev.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.monitoring.DashboardMap.Place;
import org.clusterdev.monitoring.DashboardMap.Point;
import org.clusterdev.monitoring.DashboardMap.Shape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard on a map, checked against figures worked out by hand from four clusters of this test alone, in
 * financial year 1993-94, which no other test uses.
 *
 * <pre>
 * TRAINEES (SUM)                state  district       Q1 actual  Q1 target  Q2 actual
 *   Nicobar coir    9.15 N 92.80 E  35   Nicobar          30         40         10
 *   Port Blair boats 11.66 N 92.73 E 35  South Andaman    60         50
 *   Kavaratti coir  10.57 N 72.64 E 31   Lakshadweep      10         20
 *   Havelock resorts                35   Swaraj Dweep      5              (not in the gazetteer)
 * </pre>
 *
 * The first three by state: Andaman 100 of 90 (111.1 %), Lakshadweep 10 of 20 (50.0 %); five bands of 18 from 10
 * to 100. By cluster: 40, 60 and 10; bands of 10 from 10, so 40 starts the fourth band. Nicobar district's four
 * PIN codes lie at 8.8466 N 92.944 E and three times at 9.1833 N 92.7667 E, a mean of 9.099125 N 92.811025 E.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class DashboardMapsIntegrationTests {

    static final ReportingPeriod Q1 = new ReportingPeriod(1993, 1);
    static final ReportingPeriod Q2 = new ReportingPeriod(1993, 2);
    static final ReportingPeriod Q4 = new ReportingPeriod(1993, 4);

    @Autowired
    ResultsReporting reporting;

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardMaps maps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long nicobar;
    long portBlair;
    long kavaratti;
    long havelock;
    long portBlairIntervention;

    @BeforeEach
    void dataSet() {
        nicobar = cluster("Map test: Nicobar coir", 35, "Nicobar", 9.15, 92.80);
        portBlair = cluster("Map test: Port Blair boats", 35, "South Andaman", 11.66, 92.73);
        kavaratti = cluster("Map test: Kavaratti coir", 31, "Lakshadweep", 10.57, 72.64);
        havelock = cluster("Map test: Havelock resorts", 35, "Swaraj Dweep", 12.03, 92.98);
        long nicobarIntervention = intervention(nicobar, 35, "Map test: Nicobar coir CDP");
        portBlairIntervention = intervention(portBlair, 35, "Map test: Port Blair boats CDP");
        long kavarattiIntervention = intervention(kavaratti, 31, "Map test: Kavaratti coir CDP");
        long havelockIntervention = intervention(havelock, 35, "Map test: Havelock resorts CDP");
        if (reporting.report(nicobarIntervention, Q1).isPresent()) {
            return;
        }
        enter(nicobarIntervention, Q1, ValueKind.ACTUAL, 30);
        enter(nicobarIntervention, Q1, ValueKind.TARGET, 40);
        enter(nicobarIntervention, Q2, ValueKind.ACTUAL, 10);
        enter(portBlairIntervention, Q1, ValueKind.ACTUAL, 60);
        enter(portBlairIntervention, Q1, ValueKind.TARGET, 50);
        enter(kavarattiIntervention, Q1, ValueKind.ACTUAL, 10);
        enter(kavarattiIntervention, Q1, ValueKind.TARGET, 20);
        enter(havelockIntervention, Q1, ValueKind.ACTUAL, 5);
    }

    @Test
    void statesAreShadedByBandsOfEqualWidthWithTargetAndAchievement() {
        DashboardMap map = map(Grouping.STATE, Optional.empty(), List.of(nicobar, portBlair, kavaratti));

        assertThat(map.shape()).isEqualTo(Shape.AREAS);
        assertThat(map.unplaced()).isZero();
        assertThat(map.bands()).hasSize(5);
        assertThat(map.bands().get(0).from()).isEqualByComparingTo("10");
        assertThat(map.bands().get(1).from()).isEqualByComparingTo("28");
        assertThat(map.bands().get(4).from()).isEqualByComparingTo("82");
        assertThat(map.bands().get(4).to()).isEqualByComparingTo("100");
        Place andaman = place(map, "35");
        assertThat(andaman.label()).isEqualTo("Andaman and Nicobar Islands");
        assertThat(andaman.point()).isEmpty();
        assertThat(andaman.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
        assertThat(andaman.target()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(andaman.achievement()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("111.1"));
        assertThat(andaman.band()).hasValue(4);
        assertThat(andaman.interventions()).isEqualTo(2);
        Place lakshadweep = place(map, "31");
        assertThat(lakshadweep.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        assertThat(lakshadweep.achievement())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50.0"));
        assertThat(lakshadweep.band()).hasValue(0);
    }

    @Test
    void clustersAndInterventionsArePointsAtTheirClustersPositions() {
        DashboardMap clusters = map(Grouping.CLUSTER, Optional.empty(), List.of(nicobar, portBlair, kavaratti));

        assertThat(clusters.shape()).isEqualTo(Shape.POINTS);
        assertThat(clusters.unplaced()).isZero();
        assertThat(place(clusters, Long.toString(nicobar)).point()).contains(new Point(9.15, 92.80));
        assertThat(place(clusters, Long.toString(kavaratti)).point()).contains(new Point(10.57, 72.64));
        assertThat(place(clusters, Long.toString(nicobar)).band()).hasValue(3);
        assertThat(place(clusters, Long.toString(portBlair)).band()).hasValue(4);
        assertThat(place(clusters, Long.toString(kavaratti)).band()).hasValue(0);
        assertThat(place(clusters, Long.toString(portBlair)).achievement())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120.0"));

        DashboardMap interventions =
                map(Grouping.INTERVENTION, Optional.empty(), List.of(nicobar, portBlair, kavaratti));
        assertThat(interventions.shape()).isEqualTo(Shape.POINTS);
        Place boats = place(interventions, Long.toString(portBlairIntervention));
        assertThat(boats.label()).isEqualTo("Map test: Port Blair boats CDP");
        assertThat(boats.point()).contains(new Point(11.66, 92.73));
        assertThat(boats.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("60"));
    }

    @Test
    void districtsStandAtTheMeanOfTheirPinCodesAndAnUnknownDistrictIsCountedOffTheMap() {
        DashboardMap map = map(Grouping.DISTRICT, Optional.of(35), List.of(nicobar, portBlair, havelock));

        assertThat(map.shape()).isEqualTo(Shape.POINTS);
        assertThat(map.places()).extracting(Place::key).containsExactly("Nicobar", "South Andaman");
        assertThat(map.unplaced()).isEqualTo(1);
        Point centre = place(map, "Nicobar").point().orElseThrow();
        assertThat(centre.latitude()).isCloseTo(9.099125, within(1e-6));
        assertThat(centre.longitude()).isCloseTo(92.811025, within(1e-6));
        // the bands span the placed values only: 40 and 60, not the unplaced 5
        assertThat(map.bands().get(0).from()).isEqualByComparingTo("40");
        assertThat(place(map, "Nicobar").band()).hasValue(0);
        assertThat(place(map, "South Andaman").band()).hasValue(4);
    }

    @Test
    void schemesHaveNoMapAndASelectionWithoutValuesHasAnEmptyOne() {
        DashboardMap schemes = map(Grouping.SCHEME, Optional.empty(), List.of(nicobar, portBlair, kavaratti));
        assertThat(schemes.shape()).isEqualTo(Shape.NONE);
        assertThat(schemes.isEmpty()).isFalse();

        DashboardView nothing = dashboards.dashboard(new DashboardQuery(
                "TRAINEES",
                Grouping.STATE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(nicobar),
                new ReportingPeriod(1992, 1),
                new ReportingPeriod(1992, 4),
                Approval.ENTERED,
                Optional.empty()));
        DashboardMap empty = maps.map(nothing);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.bands()).isEmpty();
    }

    @Test
    void theMapJsonOfAQueryStringCarriesFormattedFiguresBandsAndWhereAStateLeads() throws Exception {
        mvc.perform(get("/monitoring/map.json?" + queryString("STATE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shape").value("AREAS"))
                .andExpect(jsonPath("$.bands.length()").value(5))
                .andExpect(jsonPath("$.bands[4].toText").value("100"))
                .andExpect(jsonPath("$.places[?(@.key == '35')].actualText").value("100"))
                .andExpect(jsonPath("$.places[?(@.key == '35')].targetText").value("90"))
                .andExpect(
                        jsonPath("$.places[?(@.key == '35')].achievementText").value("111.1 %"))
                .andExpect(jsonPath("$.places[?(@.key == '35')].band").value(4))
                .andExpect(jsonPath("$.places[?(@.key == '35')].drill", hasItem(containsString("by=DISTRICT"))))
                .andExpect(jsonPath("$.places[?(@.key == '31')].band").value(0));
        mvc.perform(get("/monitoring/map.json?" + queryString("CLUSTER")))
                .andExpect(jsonPath("$.shape").value("POINTS"))
                .andExpect(jsonPath("$.places[?(@.key == '" + kavaratti + "')].latitude")
                        .value(10.57))
                .andExpect(jsonPath("$.places[?(@.key == '" + kavaratti + "')].longitude")
                        .value(72.64));
    }

    @Test
    void aBadGroupingOfTheMapIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/monitoring/map.json?by=PLANET"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(containsString("by:")));
    }

    @Test
    void theDashboardPageDrawsTheMapInEnglishAndHindiAndSaysWhenSchemesHaveNone() throws Exception {
        mvc.perform(get("/monitoring?" + queryString("STATE")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dashboard-map\""),
                                containsString("data-map="),
                                containsString("/js/dashboard-map.js"),
                                containsString("States are shaded by the actual"))));
        mvc.perform(get("/monitoring?lang=hi&" + queryString("DISTRICT") + "&state=35&clusters=" + havelock))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dashboard-map\""),
                                containsString("मानचित्र"),
                                containsString("id=\"dashboard-map-unplaced\""),
                                containsString("पिन कोड"))));
        mvc.perform(get("/monitoring?" + queryString("SCHEME")))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dashboard-map-none\""),
                                not(containsString("id=\"dashboard-map\"")))));
        mvc.perform(get("/monitoring?indicator=TRAINEES&by=STATE&fromYear=1992&fromQuarter=1&toYear=1992"
                        + "&toQuarter=4&approval=ENTERED&clusters=" + nicobar))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"dashboard-map-empty\""),
                                not(containsString("id=\"dashboard-map\"")))));
    }

    private String queryString(String by) {
        return "indicator=TRAINEES&by=" + by + "&fromYear=1993&fromQuarter=1&toYear=1993&toQuarter=4&approval=ENTERED"
                + List.of(nicobar, portBlair, kavaratti).stream()
                        .map(id -> "&clusters=" + id)
                        .collect(Collectors.joining());
    }

    private DashboardMap map(Grouping by, Optional<Integer> state, List<Long> clusters) {
        return maps.map(dashboards.dashboard(new DashboardQuery(
                "TRAINEES",
                by,
                state,
                Optional.empty(),
                Optional.empty(),
                clusters,
                Q1,
                Q4,
                Approval.ENTERED,
                Optional.empty())));
    }

    private static Place place(DashboardMap map, String key) {
        return map.places().stream()
                .filter(place -> place.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no place " + key + " in " + map.places()));
    }

    /**
     * A services cluster of this test, in a typology no registry test filters or counts by, with the code of its
     * district when the gazetteer knows it, as the registry stores it (so an export imports again unchanged).
     */
    private long cluster(String name, int state, String district, double latitude, double longitude) {
        return jdbc.sql("select id from registry.cluster where name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into registry.cluster (name, product, nic_code, typology_code, state_code,
                                       district_code, district_name, latitude, longitude, status)
                                values (?, 'Map fixture services', '96099', 'SERVICES', ?,
                                        (select code from geography.district where state_code = ? and name = ?),
                                        ?, ?, ?, 'IDENTIFIED')
                                returning id""")
                        .params(name, state, state, district, district, latitude, longitude)
                        .query(Long.class)
                        .single());
    }

    /** A closed intervention of the cluster, which reporting accepts values for. */
    private long intervention(long cluster, int state, String title) {
        return jdbc.sql("select id from programme.intervention where title = ?")
                .param(title)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into programme.intervention (cluster_id, state_code, scheme_code, title, stage,
                                       closed_reason)
                                values (?, ?, 'MSECDP', ?, 'CLOSED', 'map test fixture') returning id""")
                        .params(cluster, state, title)
                        .query(Long.class)
                        .single());
    }

    private void enter(long intervention, ReportingPeriod period, ValueKind kind, long value) {
        reporting.enter(
                new ValueEntry(intervention, period, "TRAINEES", kind, "TOTAL", BigDecimal.valueOf(value), true));
    }
}
