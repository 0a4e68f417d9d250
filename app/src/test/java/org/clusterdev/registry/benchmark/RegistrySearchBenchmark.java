package org.clusterdev.registry.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Directory search and map data over a generated national registry of 10,000 clusters placed at real PIN
 * code places. Not part of the normal build (tag {@code benchmark}); run it with
 * {@code ./mvnw -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RegistrySearchBenchmark}.
 * It deletes what it wrote when it ends.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class RegistrySearchBenchmark {

    static final int CLUSTERS = 10_000;
    static final int SEARCHES = 2_000;
    static final int WARM_UP = 200;
    static final String[] TYPOLOGIES = {
        "HIGH_TECH", "TRADITIONAL_MANUFACTURING", "HANDLOOM", "HANDICRAFT", "OTHER_MICRO", "SERVICES", "AGRO_FOOD"
    };
    static final String[] PRODUCTS = {
        "brass ware", "handloom saree", "leather footwear", "engineering parts", "rice mills", "stone carving",
        "knitwear", "ceramics", "sports goods", "cashew processing", "bell metal", "bamboo craft"
    };
    static final String[] WORDS = {"brass", "saree", "leathr", "engineering", "rice", "carvng", "knit", "ceramic"};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterRegistry registry;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeGeneratedClusters() {
        jdbc.sql("delete from registry.cluster where name like 'Bench %'").update();
    }

    @Test
    void searchesTenThousandClusters() throws Exception {
        generate();
        assertThat(registry.count()).isGreaterThanOrEqualTo(CLUSTERS);

        // the first searches compile the code paths; they are run and not counted
        Random warmUp = new Random(1);
        for (int i = 0; i < WARM_UP; i++) {
            registry.find(randomSearch(warmUp), 0, 25);
        }
        Random random = new Random(7);
        long[] searchNanos = new long[SEARCHES];
        List<Long> textNanos = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            ClusterSearch search = randomSearch(random);
            long start = System.nanoTime();
            registry.find(search, 0, 25);
            searchNanos[i] = System.nanoTime() - start;
            if (search.text().isPresent()) {
                textNanos.add(searchNanos[i]);
            }
        }
        long[] mapNanos = new long[20];
        int mapBytes = 0;
        for (int i = 0; i < mapNanos.length; i++) {
            long start = System.nanoTime();
            mapBytes = mvc.perform(get("/clusters/map-data"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray()
                    .length;
            mapNanos[i] = System.nanoTime() - start;
        }
        report("directory search (count + first page), " + SEARCHES + " random filter sets", searchNanos);
        report(
                "  of which with words (" + textNanos.size() + ")",
                textNanos.stream().mapToLong(Long::longValue).toArray());
        report("map data of all " + CLUSTERS + " clusters (" + mapBytes / 1024 + " KiB JSON)", mapNanos);
    }

    private void generate() {
        List<Object[]> places = jdbc.sql(
                        "select state_code, place, latitude, longitude from geography.pin_code order by pin")
                .query((rs, n) -> new Object[] {
                    rs.getInt("state_code"), rs.getString("place"), rs.getDouble("latitude"), rs.getDouble("longitude")
                })
                .list();
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < CLUSTERS; i++) {
            Object[] place = places.get(random.nextInt(places.size()));
            String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            rows.add(new Object[] {
                "Bench " + place[1] + " " + product + " " + i,
                product,
                String.format("%02d", 10 + random.nextInt(23)),
                TYPOLOGIES[random.nextInt(TYPOLOGIES.length)],
                place[0],
                place[2],
                place[3]
            });
        }
        String insert = "insert into registry.cluster (name, product, nic_code, typology_code, state_code, latitude,"
                + " longitude) values (?, ?, ?, ?, ?, ?, ?)";
        rows.forEach(row -> jdbc.sql(insert).params(Arrays.asList(row)).update());
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, enterprises, employment)
                        select id, 2024, 20 + (id * 7919) % 900, 100 + (id * 104729) % 20000
                        from registry.cluster where name like 'Bench %'""").update();
        jdbc.sql("analyze registry.cluster").update();
        jdbc.sql("analyze registry.cluster_figure").update();
    }

    private static ClusterSearch randomSearch(Random random) {
        return new ClusterSearch(
                random.nextInt(3) == 0 ? Optional.of(WORDS[random.nextInt(WORDS.length)]) : Optional.empty(),
                random.nextInt(3) == 0
                        ? Optional.of(List.of(9, 21, 24, 27, 29, 33).get(random.nextInt(6)))
                        : Optional.empty(),
                Optional.empty(),
                random.nextInt(3) == 0 ? Optional.of(TYPOLOGIES[random.nextInt(TYPOLOGIES.length)]) : Optional.empty(),
                random.nextInt(5) == 0 ? Optional.of(Integer.toString(10 + random.nextInt(23))) : Optional.empty(),
                Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(100) : Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
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
