package org.clusterdev.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.clusterdev.classification.NicCode;
import org.clusterdev.classification.NicLevel;
import org.clusterdev.classification.internal.NicListCheck.Problem;
import org.clusterdev.classification.internal.NicListCheck.StoredNic;
import org.clusterdev.platform.CsvRecords;
import org.junit.jupiter.api.Test;

/** The rules an uploaded NIC list must follow, checked without a database. */
class NicListCheckTests {

    /** What a database holding sections C and D and divisions 10 and 13 would report. */
    static final Map<String, StoredNic> STORED = Map.of(
            "C", new StoredNic("C", "Manufacturing"),
            "D", new StoredNic("D", "Electricity, gas, steam and air conditioning supply"),
            "10", new StoredNic("C", "Manufacture of food products"),
            "13", new StoredNic("C", "Manufacture of textiles"));

    @Test
    void ordersCodesParentsFirstAndTakesADivisionsSectionFromTheStore() throws IOException {
        NicListCheck.Result result = check("""
                code,title
                1311,Preparation and spinning of textile fibres
                131,"Spinning, weaving and finishing of textiles"
                13111,Preparation of raw cotton
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.codes()).extracting(NicCode::code).containsExactly("131", "1311", "13111");
        assertThat(result.codes().get(0))
                .isEqualTo(new NicCode(
                        "131", NicLevel.GROUP, Optional.of("13"), "C", "Spinning, weaving and finishing of textiles"));
    }

    @Test
    void acceptsANewDivisionWithItsSectionAndCodesBelowIt() throws IOException {
        NicListCheck.Result result = check("""
                code,title,section
                14,Manufacture of wearing apparel,C
                141,"Manufacture of wearing apparel, except fur apparel",
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.codes())
                .extracting(NicCode::code, NicCode::parentCode, NicCode::section)
                .containsExactly(tuple("14", Optional.of("C"), "C"), tuple("141", Optional.of("14"), "C"));
    }

    @Test
    void namesTheRowFieldAndReasonOfEveryProblem() throws IOException {
        NicListCheck.Result result = check("""
                code,title,section
                101,Processing and preserving of meat,
                1X1,Bad code,
                101,Duplicate of row 2,
                102,,
                9991,Parent 999 is missing,
                14,A new division without section,
                13,Textiles moved to another section,D
                """);

        assertThat(result.codes()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::row, Problem::field, Problem::reason)
                .containsExactly(
                        row(3, "code", "code"),
                        row(4, "code", "duplicate"),
                        row(5, "title", "title"),
                        row(6, "code", "unknownParent"),
                        row(7, "section", "divisionSection"),
                        row(8, "section", "sectionChanged"));
        assertThat(result.problems().get(3).arguments()).containsExactly("9991", "999");
    }

    @Test
    void refusesAFileWithoutTheHeaderAndRowsWithTooManyFields() throws IOException {
        assertThat(check("101,Processing and preserving of meat\n").problems())
                .extracting(Problem::row, Problem::reason)
                .containsExactly(tuple(1, "classification.import.error.header"));
        assertThat(check("code,title\n101,Processing, preserving of meat\n").problems())
                .extracting(Problem::row, Problem::reason)
                .containsExactly(tuple(2, "classification.import.error.columns"));
    }

    private static NicListCheck.Result check(String csv) throws IOException {
        return NicListCheck.check(CsvRecords.read(new StringReader(csv)), STORED);
    }

    private static Tuple row(int row, String field, String reason) {
        return tuple(row, field, "classification.import.error." + reason);
    }
}
