package org.clusterdev.registry.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clusterdev.geography.District;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.platform.CsvRecords;
import org.clusterdev.platform.CsvRecords.CsvRecord;
import org.clusterdev.platform.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the real clusters named in the source documents ({@code sample/clusters.csv}) into an empty
 * registry of a demo system, so a new user sees a living system. Never runs against a production
 * database unless {@code clusterdev.sample-data=true} asks for it.
 */
@Component
@Order(5)
class SampleClusters implements ApplicationRunner {

    static final String FILE = "sample/clusters.csv";
    static final List<String> COLUMNS = List.of(
            "name",
            "product",
            "nic_code",
            "typology",
            "state",
            "district",
            "latitude",
            "longitude",
            "status",
            "year",
            "enterprises",
            "micro",
            "small",
            "medium",
            "artisans",
            "looms",
            "families",
            "employment",
            "turnover_rupees",
            "exports_rupees",
            "market_position",
            "production_position",
            "description",
            "source");

    private static final Logger log = LoggerFactory.getLogger(SampleClusters.class);

    private final JdbcClient jdbc;
    private final Geography geography;
    private final Deployment deployment;
    private final SampleStakeholders stakeholders;

    SampleClusters(JdbcClient jdbc, Geography geography, Deployment deployment, SampleStakeholders stakeholders) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.deployment = deployment;
        this.stakeholders = stakeholders;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        boolean empty = jdbc.sql("select not exists (select 1 from registry.cluster)")
                .query(Boolean.class)
                .single();
        if (deployment.demo() && empty) {
            int loaded = load();
            int linked = stakeholders.load();
            log.info("Loaded {} sample clusters and {} stakeholder rows", loaded, linked);
        }
    }

    /**
     * Loads every sample cluster.
     *
     * @throws IllegalStateException naming the line and field of a sample row that does not fit the schema
     */
    int load() throws IOException {
        List<CsvRecord> records;
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            records = CsvRecords.read(reader);
        }
        if (records.isEmpty() || !records.get(0).fields().equals(COLUMNS)) {
            throw new IllegalStateException(FILE + " line 1: the header must be " + String.join(",", COLUMNS));
        }
        for (CsvRecord record : records.subList(1, records.size())) {
            insert(new SampleRow(record));
        }
        return records.size() - 1;
    }

    private void insert(SampleRow row) {
        State state = geography
                .stateNamed(row.text("state"))
                .orElseThrow(() -> row.invalid("state", "is not a current state or UT name"));
        District district =
                geography.district(state.code(), row.text("district")).orElse(null);
        long id = jdbc.sql("""
                        insert into registry.cluster (name, product, nic_code, typology_code, state_code, district_code,
                            district_name, latitude, longitude, status, market_position, production_position,
                            description, source, sample)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true) returning id""")
                .params(
                        row.text("name"),
                        row.text("product"),
                        row.optionalText("nic_code"),
                        row.text("typology"),
                        state.code(),
                        district == null ? null : district.code(),
                        district == null ? row.optionalText("district") : district.name(),
                        row.decimal("latitude"),
                        row.decimal("longitude"),
                        row.text("status"),
                        row.optionalText("market_position"),
                        row.optionalText("production_position"),
                        row.optionalText("description"),
                        row.optionalText("source"))
                .query(Long.class)
                .single();
        if (row.optionalText("year") != null) {
            insertFigures(id, row);
        }
    }

    private void insertFigures(long clusterId, SampleRow row) {
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, enterprises, micro, small, medium, artisans,
                            looms, families, employment, turnover_rupees, exports_rupees)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        clusterId,
                        row.whole("year"),
                        row.whole("enterprises"),
                        row.whole("micro"),
                        row.whole("small"),
                        row.whole("medium"),
                        row.whole("artisans"),
                        row.whole("looms"),
                        row.whole("families"),
                        row.whole("employment"),
                        row.rupees("turnover_rupees"),
                        row.rupees("exports_rupees"))
                .update();
    }

    /** One line of the sample file, read by column name with errors that name the line and column. */
    private record SampleRow(CsvRecord record) {

        String text(String column) {
            String value = optionalText(column);
            if (value == null) {
                throw invalid(column, "is empty");
            }
            return value;
        }

        String optionalText(String column) {
            String value = record.field(COLUMNS.indexOf(column)).strip();
            return value.isEmpty() ? null : value;
        }

        Double decimal(String column) {
            try {
                return Double.valueOf(text(column));
            } catch (NumberFormatException e) {
                throw invalid(column, "is not a number");
            }
        }

        Integer whole(String column) {
            Long value = rupees(column);
            return value == null ? null : Math.toIntExact(value);
        }

        Long rupees(String column) {
            String value = optionalText(column);
            try {
                return value == null ? null : Long.valueOf(value);
            } catch (NumberFormatException e) {
                throw invalid(column, "is not a whole number");
            }
        }

        IllegalStateException invalid(String column, String reason) {
            return new IllegalStateException(FILE + " line " + record.line() + ", " + column + ": '"
                    + record.field(COLUMNS.indexOf(column)) + "' " + reason);
        }
    }
}
