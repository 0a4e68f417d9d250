package org.clusterdev.registry.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.platform.CsvRecords;
import org.clusterdev.platform.CsvRecords.CsvRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stakeholders and linkages the case studies of seed 004 §2.8 name ({@code sample/stakeholders.csv}),
 * loaded with the sample clusters so a demo profile shows a real linkage network. An actor that serves
 * several clusters (UNIDO's programme in Orissa) is one actor attached to each.
 */
@Component
class SampleStakeholders {

    static final String FILE = "sample/stakeholders.csv";
    static final List<String> COLUMNS = List.of(
            "cluster",
            "state",
            "actor_name",
            "actor_kind",
            "description",
            "linked_to",
            "linkage_kind",
            "started_on",
            "source");

    private final JdbcClient jdbc;
    private final Geography geography;

    SampleStakeholders(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /**
     * Loads every row: actors first, then the linkages between them.
     *
     * @throws IllegalStateException naming the line of a row whose cluster or linked actor is unknown
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
        List<CsvRecord> rows = records.subList(1, records.size());
        rows.forEach(this::attachActor);
        rows.stream().filter(row -> !field(row, "linked_to").isEmpty()).forEach(this::link);
        return rows.size();
    }

    private void attachActor(CsvRecord row) {
        long cluster = cluster(row);
        long actor = actor(field(row, "actor_name"))
                .orElseGet(() -> jdbc.sql(
                                "insert into registry.actor (name, kind, description) values (?, ?, ?) returning id")
                        .params(field(row, "actor_name"), field(row, "actor_kind"), field(row, "description"))
                        .query(Long.class)
                        .single());
        jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id) values (?, ?) on conflict do nothing")
                .params(cluster, actor)
                .update();
    }

    private void link(CsvRecord row) {
        long from = actor(field(row, "actor_name")).orElseThrow();
        long to = actor(field(row, "linked_to"))
                .orElseThrow(() -> new IllegalStateException(
                        FILE + " line " + row.line() + ", linked_to: no actor '" + field(row, "linked_to") + "'"));
        String started = field(row, "started_on");
        jdbc.sql("""
                        insert into registry.linkage (cluster_id, from_actor, to_actor, kind, started_on, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        cluster(row),
                        from,
                        to,
                        field(row, "linkage_kind"),
                        started.isEmpty() ? null : LocalDate.parse(started),
                        field(row, "source"))
                .update();
    }

    private long cluster(CsvRecord row) {
        int state = geography.stateNamed(field(row, "state")).map(State::code).orElse(-1);
        return jdbc.sql("select id from registry.cluster where name = ? and state_code = ?")
                .params(field(row, "cluster"), state)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        FILE + " line " + row.line() + ", cluster: no sample cluster '" + field(row, "cluster") + "'"));
    }

    private java.util.Optional<Long> actor(String name) {
        return jdbc.sql("select min(id) from registry.actor where name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    private static String field(CsvRecord row, String column) {
        return row.field(COLUMNS.indexOf(column)).strip();
    }
}
