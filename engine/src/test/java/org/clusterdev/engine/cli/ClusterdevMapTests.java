package org.clusterdev.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterdevMapTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path firms;

    @BeforeEach
    void generateFirms() {
        firms = dir.resolve("firms.csv");
        assertThat(run("generate", "--firms", "60000", "--seed", "3", "--output", firms.toString()))
                .isZero();
        assertThat(out.toString()).contains("wrote 60,000 firms (seed 3)");
    }

    @Test
    void findsClustersAndWritesLabelsAndSummaries() throws IOException {
        Path labels = dir.resolve("out/labels.csv");
        Path clusters = dir.resolve("out/clusters.csv");
        int status = run(
                "find",
                "--input",
                firms.toString(),
                "--eps-km",
                "2",
                "--min-units",
                "20",
                "--group-by",
                "nic:3",
                "--labels",
                labels.toString(),
                "--clusters",
                clusters.toString(),
                "--threads",
                "2");
        assertThat(status).as(err.toString()).isZero();
        List<String> labelLines = Files.readAllLines(labels);
        assertThat(labelLines.get(0)).isEqualTo("id,group,cluster,core");
        assertThat(labelLines).hasSize(60_001);
        assertThat(labelLines.get(1)).matches("1,[0-9]{3},-?[0-9]+,(true|false)");
        List<String> clusterLines = Files.readAllLines(clusters);
        assertThat(clusterLines.get(0))
                .startsWith("cluster,group,group_name,units,core_units,border_units,employment,")
                .endsWith(",discussants,gujarat,unido,dc-handicrafts,ihcdp");
        assertThat(clusterLines.size()).isGreaterThan(20);
        assertThat(out.toString()).contains("read 60,000 firms", "found ", "discussants", "took ");
    }

    @Test
    void findsWeightedClustersOfArtisans() throws IOException {
        Path clusters = dir.resolve("clusters.csv");
        int status = run(
                "find",
                "--input",
                firms.toString(),
                "--eps-km",
                "5",
                "--min-units",
                "1",
                "--min-weight",
                "100",
                "--weight",
                "artisans",
                "--group-by",
                "nic:4",
                "--labels",
                dir.resolve("l.csv").toString(),
                "--clusters",
                clusters.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("and 100 artisans");
        assertThat(Files.readString(clusters)).contains("Moradabad");
    }

    @Test
    void findsClustersOfProductGroupsFromAFileWithOneLabelRowPerGroup() throws IOException {
        Path groups = dir.resolve("groups.csv");
        Files.writeString(
                groups,
                "group,name,nic,local_names\n" + "silk,Silk weaving,13122,silk\n" + "textiles,All textiles,13;14,\n");
        Path labels = dir.resolve("labels.csv");
        int status = run(
                "find",
                "--input",
                firms.toString(),
                "--eps-km",
                "2",
                "--min-units",
                "10",
                "--groups",
                groups.toString(),
                "--labels",
                labels.toString(),
                "--clusters",
                dir.resolve("c.csv").toString());
        assertThat(status).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(labels);
        // a silk weaver is in both groups: two rows, one after the other, silk first
        int silk = -1;
        for (int i = 1; i < lines.size() && silk < 0; i++) {
            if (lines.get(i).split(",")[1].equals("silk")) {
                silk = i;
            }
        }
        assertThat(silk).isPositive();
        String id = lines.get(silk).split(",")[0];
        assertThat(lines.get(silk + 1)).startsWith(id + ",textiles,");
        assertThat(lines).anyMatch(line -> line.matches("[0-9]+,,-1,false"));
        assertThat(lines.size()).isGreaterThan(60_001);
    }

    @Test
    void computesIndicators() throws IOException {
        Path indicators = dir.resolve("indicators.csv");
        assertThat(run("indicators", "--input", firms.toString(), "--output", indicators.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(indicators);
        assertThat(lines.get(0)).startsWith("state,district,industry,establishments,employment,");
        assertThat(lines).anyMatch(line -> line.startsWith("Gujarat,Rajkot,28,"));
    }

    @Test
    void explainsBadArgumentsWithStatusTwo() {
        assertThat(run("find", "--input", firms.toString(), "--min-units", "20", "--labels", "l", "--clusters", "c"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--eps-km=KM'");
        assertThat(run(
                        "find",
                        "--input",
                        firms.toString(),
                        "--eps-km",
                        "2",
                        "--min-units",
                        "20",
                        "--group-by",
                        "nic:7",
                        "--labels",
                        "l",
                        "--clusters",
                        "c"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--group-by: nic:L with L from 2 to 5");
        assertThat(run(
                        "find",
                        "--input",
                        firms.toString(),
                        "--eps-km",
                        "2",
                        "--min-units",
                        "20",
                        "--min-weight",
                        "100",
                        "--labels",
                        "l",
                        "--clusters",
                        "c"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--min-weight and --weight go together");
        assertThat(run(
                        "find",
                        "--input",
                        firms.toString(),
                        "--eps-km",
                        "-1",
                        "--min-units",
                        "20",
                        "--labels",
                        "l",
                        "--clusters",
                        "c"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--eps-km: must be between 0.001 and 1000");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void refusesAFileWithBadRowsListingThemAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "id,lat,lon,nic,employment,turnover_inr,exports_inr\n1,22.3,70.8,28110,3,0,0\n"
                        + "2,22.3,70.8,281,x,0,0\n");
        Path labels = dir.resolve("never.csv");
        int status = run(
                "find",
                "--input",
                bad.toString(),
                "--eps-km",
                "2",
                "--min-units",
                "1",
                "--labels",
                labels.toString(),
                "--clusters",
                dir.resolve("never2.csv").toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .contains("1 bad row in the input; nothing was written")
                .contains("line 3: employment: 'x' is not a number of at least 0")
                .contains("--bad-rows skip");
        assertThat(labels).doesNotExist();
        assertThat(run(
                        "find",
                        "--input",
                        bad.toString(),
                        "--eps-km",
                        "2",
                        "--min-units",
                        "1",
                        "--labels",
                        labels.toString(),
                        "--clusters",
                        dir.resolve("c.csv").toString(),
                        "--bad-rows",
                        "skip"))
                .isZero();
        assertThat(out.toString()).contains("1 bad rows skipped", "skipped line 3: employment");
    }

    private int run(String... args) {
        return ClusterdevMap.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
