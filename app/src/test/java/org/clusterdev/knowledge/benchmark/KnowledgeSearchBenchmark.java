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
 * Knowledge search over a generated corpus of 50,000 documents of about 300 words each, in English and Hindi, with
 * words drawn from a skewed vocabulary (a few very common, a long tail of rare ones, as in real reports). Not part
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

    /** Domain words, most common first; the generator picks early words far more often. */
    static final String[] WORDS = {
        "cluster",
        "units",
        "artisans",
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
        "raw",
        "material",
        "credit",
        "bank",
        "machinery",
        "energy",
        "pollution",
        "effluent",
        "testing",
        "laboratory",
        "consortium",
        "brass",
        "handloom",
        "weavers",
        "looms",
        "carpet",
        "footwear",
        "leather",
        "forging",
        "foundry",
        "ceramics",
        "glass",
        "bamboo",
        "coir",
        "cashew",
        "jewellery",
        "knitwear",
        "hosiery",
        "dyeing",
        "printing",
        "embroidery",
        "pottery",
        "terracotta",
        "rice",
        "spices",
        "furniture",
        "plywood",
        "software",
        "pharmaceutical",
        "engineering",
        "diesel",
        "pumps",
        "tools",
        "क्लस्टर",
        "कारीगर",
        "बुनकर",
        "कालीन",
        "हथकरघा",
        "प्रशिक्षण",
        "बाज़ार",
        "गुणवत्ता",
        "ऋण",
        "बैंक",
        "रंगाई",
        "कच्चा",
        "माल",
        "निर्यात",
        "डिज़ाइन",
        "संघ",
        "सुविधा",
        "केंद्र",
        "ऊर्जा",
        "प्रदूषण",
        "पीतल",
        "मिट्टी",
        "बर्तन",
        "जूते",
        "चमड़ा",
        "कढ़ाई",
        "छपाई",
        "लकड़ी",
        "फर्नीचर",
        "मसाले",
        "चावल"
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
        // words are picked with a squared uniform: the first words of the list come up far more often
        jdbc.sql("""
                        insert into knowledge.entry (source, source_id, title, summary, body, kind, language, state_code,
                                                     product, scheme, year)
                        select 'DOCUMENT', :first + g,
                               'Bench ' || w[1 + (g * 7) % 56] || ' ' || w[1 + (g * 13) % cardinality(w)] || ' report ' || g,
                               '',
                               (select string_agg(case when random() < 0.15 then 'term' || floor(random() * 20000)::int
                                                       else w[1 + floor(power(random(), 2) * cardinality(w))::int] end, ' ')
                                from generate_series(1, 300 + (g % 2) * 0)),
                               (cast(:kinds as text[]))[1 + g % 7], case when g % 4 = 0 then 'hi' else 'en' end,
                               (cast(:states as int[]))[1 + g % 10], w[1 + g % 56], (cast(:schemes as text[]))[1 + g % 6],
                               2005 + g % 20
                        from generate_series(1, :documents) g, (select cast(:words as text[]) as w) words""")
                .param("first", FIRST_ID - 1)
                .param("words", WORDS)
                .param("kinds", KINDS)
                .param("states", Arrays.stream(STATES).boxed().toArray(Integer[]::new))
                .param("schemes", SCHEMES)
                .param("documents", DOCUMENTS)
                .update();
        jdbc.sql("analyze knowledge.entry").update();
    }

    private static SearchQuery randomQuery(Random random) {
        String words = switch (random.nextInt(6)) {
            case 0 -> WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            case 1 -> "\"" + WORDS[random.nextInt(20)] + " " + WORDS[random.nextInt(20)] + "\"";
            case 2 -> "term" + random.nextInt(20000);
            default -> WORDS[random.nextInt(WORDS.length)];
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
