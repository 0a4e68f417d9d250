package org.clusterdev.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmCsvReaderTests {

    private static final String HEADER = "id,lat,lon,nic,employment,turnover_inr,exports_inr";

    @TempDir
    Path dir;

    @Test
    void readsTheRequiredColumnsInAnyOrderAndIgnoresOthersByName() throws IOException {
        Path file = write("firms.csv", """
                nic,id,lat,lon,employment,turnover_inr,exports_inr,owner
                28110,R-1,22.3039,70.8022,12,2500000,0,Patel
                28110,"R-2, Aji GIDC",22.2731,70.8418,,1800000.50,120000,Shah
                """);
        FirmReading reading = read(file, FirmCsvReader.Options.defaults());
        Firms firms = reading.firms();
        assertThat(firms.size()).isEqualTo(2);
        assertThat(firms.id(1)).isEqualTo("R-2, Aji GIDC");
        assertThat(firms.latitude(0)).isEqualTo(22.3039);
        assertThat(firms.nic(1)).isEqualTo("28110");
        assertThat(firms.employment(1)).isZero();
        assertThat(firms.turnoverInr(1)).isEqualTo(1800000.50);
        assertThat(reading.ignoredColumns()).containsExactly("owner");
        assertThat(reading.problemCount()).isZero();
    }

    @Test
    void refusesAFileWithBadRowsNamingLineFieldAndReason() throws IOException {
        Path file = write(
                "firms.csv",
                HEADER + "\n"
                        + "a,22.3,70.8,28110,5,0,0\n"
                        + "b,95.0,70.8,28110,5,0,0\n"
                        + "c,22.3,70.8,2811x,5,0,0\n"
                        + "d,22.3,,28110,5,0,0\n"
                        + "e,22.3,70.8,28110,-3,0,0\n"
                        + "f,22.3,70.8,28110,5,0\n"
                        + ",22.3,70.8,28110,5,0,0\n");
        assertThatThrownBy(() -> read(file, FirmCsvReader.Options.defaults()))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.problemCount()).isEqualTo(6);
                    assertThat(e.problems())
                            .extracting(RowProblem::toString)
                            .containsExactly(
                                    "line 3: lat: 95.0 is not a latitude between -90 and 90",
                                    "line 4: nic: '2811x' is not a NIC code of 2 to 5 digits",
                                    "line 5: lat/lon: only one of lat and lon is given",
                                    "line 6: employment: '-3' is not a number of at least 0",
                                    "line 7: row: 6 fields where the header has 7",
                                    "line 8: id: empty");
                });
    }

    @Test
    void skipsBadRowsWhenAskedAndStillReportsEachOfThem() throws IOException {
        Path file =
                write("firms.csv", HEADER + "\na,22.3,70.8,28110,5,0,0\nb,x,70.8,28110,5,0,0\nc,22.4,70.9,28,1,0,0\n");
        FirmReading reading = read(file, FirmCsvReader.Options.defaults().withBadRows(BadRows.SKIP));
        assertThat(reading.firms().size()).isEqualTo(2);
        assertThat(reading.rows()).isEqualTo(3);
        assertThat(reading.problems()).extracting(RowProblem::line).containsExactly(3L);
    }

    @Test
    void skipsARowRepeatingAnEarlierIdNamingTheLineOfTheFirst() throws IOException {
        Path file = write(
                "firms.csv",
                HEADER + ",note\n"
                        + "R-1,22.30,70.80,28110,5,0,0,first\n" // line 2
                        + "R-2,22.31,70.81,28110,5,0,0,\"spans\ntwo lines\"\n" // lines 3-4
                        + "R-3,x,70.82,28110,5,0,0,bad\n" // line 5
                        + "\n" // line 6, blank
                        + "R-4,22.33,70.83,28110,5,0,0,\n" // line 7
                        + "R-1,23.00,71.00,28110,9,0,0,again\n" // line 8
                        + " R-2 ,22.31,70.81,28110,5,0,0,padded\n" // line 9
                        + "R-3,22.32,70.82,28110,5,0,0,now good\n" // line 10
                        + "R-1,24.00,72.00,28110,9,0,0,thrice\n"); // line 11
        FirmReading reading = read(file, FirmCsvReader.Options.defaults().withBadRows(BadRows.SKIP));
        Firms firms = reading.firms();
        assertThat(firms.size()).isEqualTo(4);
        assertThat(firms.id(0)).isEqualTo("R-1");
        assertThat(firms.latitude(0)).isEqualTo(22.30);
        assertThat(firms.id(3)).isEqualTo("R-3");
        assertThat(firms.latitude(3)).isEqualTo(22.32);
        assertThat(reading.rows()).isEqualTo(8);
        assertThat(reading.problemCount()).isEqualTo(4);
        assertThat(reading.problems())
                .extracting(RowProblem::toString)
                .containsExactly(
                        "line 5: lat: x is not a latitude between -90 and 90",
                        "line 8: id: R-1 already on line 2",
                        "line 9: id: R-2 already on line 3",
                        "line 11: id: R-1 already on line 2");
    }

    @Test
    void refusesAFileWithARepeatedId() throws IOException {
        Path file = write(
                "firms.csv", HEADER + "\na,22.3,70.8,28110,5,0,0\nb,22.3,70.8,28110,5,0,0\na,22.3,70.8,28,1,0,0\n");
        assertThatThrownBy(() -> read(file, FirmCsvReader.Options.defaults()))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.problemCount()).isEqualTo(1);
                    assertThat(e.problems())
                            .extracting(RowProblem::toString)
                            .containsExactly("line 4: id: a already on line 2");
                });
    }

    @Test
    void findsRepeatedIdsAcrossBlocksAlikeWithOneOrTwoThreads() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        // rows 0..2999 are on lines 2..3001; every 250th row from 500 on repeats the id of the row 400 before it,
        // and every 700th row is bad
        for (int i = 0; i < 3000; i++) {
            int id = i >= 500 && i % 250 == 0 ? i - 400 : i;
            String lat = i % 700 == 699 ? "north" : "21." + i;
            csv.append("F").append(id).append(',').append(lat).append(",72.8,13921,2,0,0\n");
        }
        Path file = write("repeats.csv", csv.toString());
        FirmCsvReader reader = new FirmCsvReader(
                FirmCsvReader.Options.defaults().withBlockBytes(1024).withBadRows(BadRows.SKIP));
        try (Parallelism single = Parallelism.threads(1);
                Parallelism pair = Parallelism.threads(2)) {
            for (Parallelism parallelism : java.util.List.of(single, pair)) {
                FirmReading reading = reader.read(file, parallelism);
                // repeats at 500, 750, ..., 2750 (10 rows), bad rows at 699, 1399, 2099, 2799 (4 rows)
                assertThat(reading.problemCount()).isEqualTo(14);
                assertThat(reading.firms().size()).isEqualTo(3000 - 14);
                assertThat(reading.rows()).isEqualTo(3000);
                assertThat(reading.problems())
                        .extracting(RowProblem::toString)
                        .startsWith(
                                "line 502: id: F100 already on line 102",
                                "line 701: lat: north is not a latitude between -90 and 90",
                                "line 752: id: F350 already on line 352")
                        .contains("line 2752: id: F2350 already on line 2352");
            }
        }
    }

    @Test
    void locatesFirmsWithoutCoordinatesByTheirPinCode() throws IOException {
        Path pins = write("pins.csv", "pin,lat,lon,district,state\n360001,22.29,70.79,Rajkot,Gujarat\n");
        Path file =
                write("firms.csv", HEADER + ",pin\na,,,28110,5,0,0,360001\nb,,,28110,5,0,0,110001\nc,,,28110,5,0,0,\n");
        FirmCsvReader.Options options =
                FirmCsvReader.Options.defaults().withBadRows(BadRows.SKIP).withGazetteer(CsvPinGazetteer.load(pins));
        FirmReading reading = read(file, options);
        assertThat(reading.firms().size()).isEqualTo(1);
        assertThat(reading.firms().latitude(0)).isEqualTo(22.29);
        assertThat(reading.firms().district(0)).contains("Rajkot");
        assertThat(reading.firms().state(0)).contains("Gujarat");
        assertThat(reading.located()).isEqualTo(1);
        assertThat(reading.problems())
                .extracting(RowProblem::toString)
                .containsExactly(
                        "line 3: lat/lon: empty, and PIN 110001 is not in the gazetteer",
                        "line 4: lat/lon: empty, and no PIN code to locate the firm by");
    }

    @Test
    void readsGzipWeightsPlacesAndProductsAcrossManySmallBlocks() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + ",looms,district,state,product\r\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("L")
                    .append(i)
                    .append(",25.3")
                    .append(i % 10)
                    .append(",82.9,13121,2,0,0,")
                    .append(i % 7)
                    .append(",Varanasi,Uttar Pradesh,\"Banarasi \"\"silk\"\" saree\"\r\n");
        }
        Path file = dir.resolve("looms.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        FirmReading reading = read(file, FirmCsvReader.Options.defaults().withBlockBytes(4096));
        Firms firms = reading.firms();
        assertThat(firms.size()).isEqualTo(5000);
        assertThat(firms.id(4999)).isEqualTo("L4999");
        assertThat(firms.weight(WeightColumn.LOOMS, 13)).isEqualTo(6);
        assertThat(firms.district(4000)).contains("Varanasi");
        assertThat(firms.productNames()).containsExactly("Banarasi \"silk\" saree");
    }

    @Test
    void keepsALineBreakInsideAQuotedFieldAcrossBlocks() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + ",note\n");
        for (int i = 0; i < 300; i++) {
            csv.append("n").append(i).append(",20,85,1410,1,0,0,\"two\nlines\"\n");
        }
        csv.append("bad,20,85,1410,1,0,0,\"never closed\n");
        Path file = write("notes.csv", csv.toString());
        FirmReading reading =
                read(file, FirmCsvReader.Options.defaults().withBlockBytes(1024).withBadRows(BadRows.SKIP));
        assertThat(reading.firms().size()).isEqualTo(300);
        assertThat(reading.firms().id(299)).isEqualTo("n299");
        assertThat(reading.problems())
                .extracting(RowProblem::toString)
                .containsExactly("line 602: row: a quoted field is not closed before the end");
    }

    @Test
    void givesTheSameTableWithOneOrTwoThreads() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 20000; i++) {
            csv.append(i)
                    .append(',')
                    .append(10 + (i % 997) * 0.01)
                    .append(',')
                    .append(70 + (i % 991) * 0.02)
                    .append(',')
                    .append(10 + i % 80)
                    .append(",3,100,0\n");
        }
        Path file = write("many.csv", csv.toString());
        FirmCsvReader reader =
                new FirmCsvReader(FirmCsvReader.Options.defaults().withBlockBytes(2048));
        Firms one;
        Firms two;
        try (Parallelism single = Parallelism.threads(1);
                Parallelism pair = Parallelism.threads(2)) {
            one = reader.read(file, single).firms();
            two = reader.read(file, pair).firms();
        }
        for (int i = 0; i < one.size(); i += 97) {
            assertThat(two.id(i)).isEqualTo(one.id(i));
            assertThat(two.nic(i)).isEqualTo(one.nic(i));
            assertThat(two.longitude(i)).isEqualTo(one.longitude(i));
        }
    }

    @Test
    void explainsAMissingColumn() throws IOException {
        Path file = write("firms.csv", "id,lat,lon,nic\n1,20,85,1410\n");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read(file, FirmCsvReader.Options.defaults()))
                .withMessageStartingWith("header: missing columns employment, turnover_inr, exports_inr");
    }

    @Test
    void parsesDecimalsExactlyLikeTheJdk() {
        String[] samples = {"22.30391", "-0.5", "70.80220", "1e3", "12345678901234567890", "0.1", "3.", ".25"};
        for (String sample : samples) {
            byte[] bytes = sample.getBytes(StandardCharsets.US_ASCII);
            assertThat(Decimals.parse(bytes, 0, bytes.length)).isEqualTo(Double.parseDouble(sample));
        }
        byte[] junk = "12a".getBytes(StandardCharsets.US_ASCII);
        assertThat(Decimals.parse(junk, 0, junk.length)).isNaN();
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            String sample = String.format(
                    java.util.Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextDouble(-1000, 1000));
            byte[] bytes = sample.getBytes(StandardCharsets.US_ASCII);
            assertThat(Decimals.parse(bytes, 0, bytes.length)).as(sample).isEqualTo(Double.parseDouble(sample));
        }
    }

    private FirmReading read(Path file, FirmCsvReader.Options options) {
        try (Parallelism parallelism = Parallelism.threads(2)) {
            return new FirmCsvReader(options).read(file, parallelism);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
