package org.clusterdev.knowledge.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.clusterdev.knowledge.KnowledgeSearch;
import org.clusterdev.knowledge.Reader;
import org.clusterdev.knowledge.SearchQuery;
import org.clusterdev.knowledge.SearchResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Knowledge search over a generated corpus of 50,000 documents of 300 words each, in English and Hindi: common
 * report words (a few in nearly every document), the document's product in both languages, and a long tail of rare
 * terms. Not part
 * of the normal build (tag {@code benchmark}); run it with
 * {@code ./mvnw -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=KnowledgeSearchBenchmark}.
 * It deletes what it wrote when it ends.
 */
@Tag("benchmark")
@SpringBootTest
class KnowledgeSearchBenchmark {

    static final int DOCUMENTS = 50_000;
    static final int SEARCHES = 2_000;
    static final long FIRST_ID = 900_000_000L;

    /** Words of every report, most common first: the first few are in nearly every document. */
    static final String[] GENERAL = {
        "cluster",
        "units",
        "market",
        "training",
        "quality",
        "production",
        "finance",
        "technology",
        "association",
        "workshop",
        "export",
        "design",
        "credit",
        "bank",
        "machinery",
        "energy",
        "testing",
        "consortium",
        "क्लस्टर",
        "इकाइयाँ",
        "बाज़ार",
        "प्रशिक्षण",
        "गुणवत्ता",
        "उत्पादन",
        "ऋण",
        "संघ",
        "सुविधा",
        "केंद्र"
    };

    /** Each document is about one product, named in English and Hindi; a product's words are in 1 of 40 documents. */
    static final String[] PRODUCTS = {
        "brass", "handloom", "carpet", "footwear", "leather", "forging", "foundry", "ceramics", "glass", "bamboo",
        "coir", "cashew", "jewellery", "knitwear", "hosiery", "dyeing", "embroidery", "pottery", "terracotta", "rice",
        "spices", "furniture", "plywood", "software", "pharmaceutical", "diesel", "pumps", "tools", "sports", "toys",
        "silk", "jute", "sandalwood", "marble", "granite", "locks", "scissors", "bicycles", "utensils", "paper"
    };

    static final String[] PRODUCTS_HI = {
        "पीतल", "हथकरघा", "कालीन", "जूते", "चमड़ा", "फोर्जिंग", "ढलाई", "चीनी मिट्टी", "काँच", "बाँस",
        "नारियल जटा", "काजू", "आभूषण", "बुनाई", "होज़री", "रंगाई", "कढ़ाई", "मिट्टी के बर्तन", "टेराकोटा", "चावल",
        "मसाले", "फर्नीचर", "प्लाईवुड", "सॉफ्टवेयर", "दवाइयाँ", "डीज़ल", "पंप", "औज़ार", "खेल", "खिलौने",
        "रेशम", "जूट", "चंदन", "संगमरमर", "ग्रेनाइट", "ताले", "कैंची", "साइकिल", "बर्तन", "कागज़"
    };

    static final String[] KINDS = {
        "DIAGNOSTIC_REPORT", "ACTION_PLAN", "CASE_STUDY", "EVALUATION", "POLICY", "TRAINING_MATERIAL", "OTHER"
    };
    static final String[] SCHEMES = {"MSE-CDP", "SFURTI", "AHVY", "CHCDS", "IHCDP", "NMDFC"};
    static final int[] STATES = {9, 21, 24, 27, 29, 33, 3, 8, 32, 10};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnowledgeSearch search;

    @AfterEach
    void removeCorpus() {
        jdbc.sql("delete from knowledge.entry where source_id >= ?")
                .param(FIRST_ID)
                .update();
    }

    @Test
    void searchesFiftyThousandDocuments() {
        long started = System.nanoTime();
        generate();
        System.out.printf(
                "BENCHMARK corpus of %,d documents generated in %.1f s%n",
                DOCUMENTS, (System.nanoTime() - started) / 1e9);
        assertThat(jdbc.sql("select count(*) from knowledge.entry where source_id >= ?")
                        .param(FIRST_ID)
                        .query(Long.class)
                        .single())
                .isEqualTo(DOCUMENTS);

        Reader visitor = new Reader(Optional.empty(), List.of());
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            search.search(randomQuery(random), visitor, 0, 20, false); // warm-up: JIT, plan cache, buffers
        }
        long[] all = new long[SEARCHES];
        List<Long> hindi = new ArrayList<>();
        List<Long> common = new ArrayList<>();
        List<Long> faceted = new ArrayList<>();
        long matches = 0;
        for (int i = 0; i < SEARCHES; i++) {
            SearchQuery query = randomQuery(random);
            long start = System.nanoTime();
            SearchResults results = search.search(query, visitor, 0, 20, false);
            all[i] = System.nanoTime() - start;
            matches += results.total();
            if (query.words()
                    .map(w -> w.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F))
                    .orElse(false)) {
                hindi.add(all[i]);
            }
            if (Arrays.asList(GENERAL).contains(query.words().orElse(""))) {
                common.add(all[i]);
            }
            if (query.kind().isPresent()
                    || query.stateCode().isPresent()
                    || query.year().isPresent()) {
                faceted.add(all[i]);
            }
        }
        report(
                SEARCHES + " searches (page of 20 with snippets + facets), mean " + matches / SEARCHES + " matches",
                all);
        report(
                "  of which with Hindi words (" + hindi.size() + ")",
                hindi.stream().mapToLong(Long::longValue).toArray());
        report(
                "  of which one common word alone (" + common.size() + ")",
                common.stream().mapToLong(Long::longValue).toArray());
        report(
                "  of which with a facet filter (" + faceted.size() + ")",
                faceted.stream().mapToLong(Long::longValue).toArray());
        long[] withClusters = new long[200];
        for (int i = 0; i < withClusters.length; i++) {
            long start = System.nanoTime();
            search.search(randomQuery(random), visitor, 0, 20, true);
            withClusters[i] = System.nanoTime() - start;
        }
        report("200 searches with the registry's cluster matches as well", withClusters);
    }

    private void generate() {
        // per document: 35% common report words (skewed: the first few in nearly every document), 20% its
        // product's words in English and Hindi, 45% a long tail of 20,000 rare terms; the aggregate names the
        // inner series (i) so that it is computed once per document
        jdbc.sql("""
                        insert into knowledge.entry (source, source_id, title, summary, body, kind, language, state_code,
                                                     product, scheme, year, updated_at)
                        select 'DOCUMENT', :first + g,
                               'Bench ' || p[1 + g % 40] || ' ' || (cast(:kinds as text[]))[1 + g % 7] || ' ' || g,
                               p[1 + g % 40] || ' ' || ph[1 + g % 40] || ' cluster, ' || w[1 + g % 10],
                               (select string_agg(case when r < 0.35 then w[1 + floor(power(r / 0.35, 2) * cardinality(w))::int]
                                                       when r < 0.45 then p[1 + g % 40]
                                                       when r < 0.55 then ph[1 + g % 40]
                                                       else 'term' || floor((r - 0.55) / 0.45 * 20000)::int end, ' ')
                                from (select random() + i * 0 as r from generate_series(1, 300) i) words),
                               (cast(:kinds as text[]))[1 + g % 7], case when g % 4 = 0 then 'hi' else 'en' end,
                               (cast(:states as int[]))[1 + g % 10], p[1 + g % 40], (cast(:schemes as text[]))[1 + g % 6],
                               2005 + g % 20, now() - g * interval '1 hour'
                        from generate_series(1, :documents) g,
                             (select cast(:general as text[]) as w, cast(:products as text[]) as p,
                                     cast(:productsHi as text[]) as ph) vocabulary""")
                .param("first", FIRST_ID - 1)
                .param("general", GENERAL)
                .param("products", PRODUCTS)
                .param("productsHi", PRODUCTS_HI)
                .param("kinds", KINDS)
                .param("states", Arrays.stream(STATES).boxed().toArray(Integer[]::new))
                .param("schemes", SCHEMES)
                .param("documents", DOCUMENTS)
                .update();
        jdbc.sql("analyze knowledge.entry").update();
    }

    /**
     * A mix of what people type: a product in English or Hindi, a product with a common word, a common word alone
     * (found in nearly every document: the worst case), a rare term, a phrase; a quarter with a facet filter.
     */
    private static SearchQuery randomQuery(Random random) {
        int product = random.nextInt(PRODUCTS.length);
        String words = switch (random.nextInt(10)) {
            case 0, 1 -> PRODUCTS[product];
            case 2, 3 -> PRODUCTS_HI[product];
            case 4, 5 -> PRODUCTS[product] + " " + GENERAL[random.nextInt(GENERAL.length)];
            case 6 -> GENERAL[random.nextInt(GENERAL.length)];
            case 7, 8 -> "term" + random.nextInt(20000);
            default -> "\"" + PRODUCTS[product] + " " + PRODUCTS_HI[product] + "\"";
        };
        return new SearchQuery(
                Optional.of(words),
                random.nextInt(4) == 0 ? Optional.of(KINDS[random.nextInt(KINDS.length)]) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(STATES[random.nextInt(STATES.length)]) : Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                random.nextInt(5) == 0 ? Optional.of(2005 + random.nextInt(20)) : Optional.empty());
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
