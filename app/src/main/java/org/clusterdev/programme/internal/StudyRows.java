package org.clusterdev.programme.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudy;
import org.clusterdev.programme.StudyDraft;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.StudySection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind diagnostic studies: the study row, its chapters, findings and figures. */
@Repository
public class StudyRows {

    private final JdbcClient jdbc;

    StudyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DiagnosticStudy> find(long interventionId) {
        return jdbc.sql("""
                        select intervention_id, stakeholders_consulted, prepared_by, validated_by, validated_at,
                               validation_note, version
                        from programme.diagnostic_study where intervention_id = ?""")
                .param(interventionId)
                .query((rs, n) -> new DiagnosticStudy(
                        interventionId,
                        sections(interventionId),
                        findings(interventionId),
                        figures(interventionId),
                        texts(rs.getArray("stakeholders_consulted")),
                        rs.getString("prepared_by"),
                        Optional.ofNullable(rs.getString("validated_by")),
                        Optional.ofNullable(rs.getTimestamp("validated_at")).map(java.sql.Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("validation_note")),
                        rs.getInt("version")))
                .optional();
    }

    public boolean themeExists(String code) {
        return jdbc.sql("select exists (select 1 from programme.activity_category where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    public void insert(long interventionId, StudyDraft draft, String author) {
        jdbc.sql("""
                        insert into programme.diagnostic_study (intervention_id, stakeholders_consulted, prepared_by)
                        values (?, ?, ?)""")
                .params(interventionId, draft.stakeholdersConsulted().toArray(String[]::new), author)
                .update();
        saveContent(interventionId, draft);
    }

    /** Replaces the study and withdraws any validation, when the stored version is still the expected one. */
    public boolean update(long interventionId, int expectedVersion, StudyDraft draft, String author) {
        boolean updated = jdbc.sql("""
                                update programme.diagnostic_study set stakeholders_consulted = ?, prepared_by = ?,
                                    validated_by = null, validated_at = null, validation_note = null,
                                    updated_at = now(), version = version + 1
                                where intervention_id = ? and version = ?""")
                        .params(
                                draft.stakeholdersConsulted().toArray(String[]::new),
                                author,
                                interventionId,
                                expectedVersion)
                        .update()
                == 1;
        if (updated) {
            saveContent(interventionId, draft);
        }
        return updated;
    }

    public boolean validate(long interventionId, int expectedVersion, String validator, Optional<String> note) {
        return jdbc.sql("""
                                update programme.diagnostic_study set validated_by = ?, validated_at = now(),
                                    validation_note = ?, updated_at = now(), version = version + 1
                                where intervention_id = ? and version = ?""")
                        .params(validator, note.orElse(null), interventionId, expectedVersion)
                        .update()
                == 1;
    }

    private void saveContent(long id, StudyDraft draft) {
        jdbc.sql("delete from programme.diagnostic_section where intervention_id = ?")
                .param(id)
                .update();
        draft.sections()
                .forEach((section, body) -> jdbc.sql(
                                "insert into programme.diagnostic_section (intervention_id, section, body) values (?, ?, ?)")
                        .params(id, section.name(), body)
                        .update());
        jdbc.sql("delete from programme.diagnostic_finding where intervention_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < draft.findings().size(); i++) {
            StudyFinding finding = draft.findings().get(i);
            jdbc.sql("""
                            insert into programme.diagnostic_finding (intervention_id, theme, kind, description, position)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, finding.theme(), finding.kind().name(), finding.description(), i + 1)
                    .update();
        }
        jdbc.sql("delete from programme.diagnostic_figure where intervention_id = ?")
                .param(id)
                .update();
        for (BaselineFigure figure : draft.figures()) {
            jdbc.sql("""
                            insert into programme.diagnostic_figure (intervention_id, indicator, value, unit, year)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, figure.indicator(), figure.value(), figure.unit(), figure.year())
                    .update();
        }
    }

    private Map<StudySection, String> sections(long id) {
        Map<StudySection, String> sections = new EnumMap<>(StudySection.class);
        jdbc.sql("select section, body from programme.diagnostic_section where intervention_id = ?")
                .param(id)
                .query((rs, n) -> sections.put(StudySection.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        return sections;
    }

    private List<StudyFinding> findings(long id) {
        return jdbc.sql("""
                        select theme, kind, description from programme.diagnostic_finding
                        where intervention_id = ? order by position""")
                .param(id)
                .query((rs, n) ->
                        new StudyFinding(rs.getString(1), StudyFinding.Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private List<BaselineFigure> figures(long id) {
        return jdbc.sql("""
                        select indicator, value, unit, year from programme.diagnostic_figure
                        where intervention_id = ? order by indicator""")
                .param(id)
                .query((rs, n) ->
                        new BaselineFigure(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** When a study was validated, for reports. */
    public Optional<Instant> validatedAt(long id) {
        return find(id).flatMap(DiagnosticStudy::validatedAt);
    }
}
