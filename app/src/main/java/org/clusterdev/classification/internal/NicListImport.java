package org.clusterdev.classification.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.classification.NicCode;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.platform.CsvRecords;
import org.clusterdev.platform.CsvRecords.CsvRecord;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobProgress;
import org.clusterdev.platform.Jobs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports the NIC-2008 list from CSV as a background job: first every row is checked, and if any is wrong
 * the job fails listing the problems and stores nothing; otherwise new codes are added and changed titles
 * updated, parents before children, all in the job's one transaction. Codes missing from the file stay.
 */
@Service
public class NicListImport {

    /** The job type, for job lists and the API. */
    public static final String JOB_TYPE = "nic-import";

    /** How many problems a failed job lists before it only counts the rest, to stay readable. */
    static final int PROBLEMS_LISTED = 50;

    private final Jobs jobs;
    private final NicCodeTable table;
    private final AuditTrail audit;
    private final MessageSource messages;

    NicListImport(Jobs jobs, NicCodeTable table, AuditTrail audit, MessageSource messages) {
        this.jobs = jobs;
        this.table = table;
        this.audit = audit;
        this.messages = messages;
    }

    /** The numbers an import reports and audits. */
    record Counts(String file, int inserted, int updated, int unchanged) {}

    /**
     * Starts importing a NIC list; the caller has checked that the user is an administrator.
     *
     * @param fileName the uploaded file's name, shown in the job's title and the audit trail
     * @param csv the file's text: a header {@code code,title} or {@code code,title,section}, then one code a row
     * @return the job, whose page shows the progress and, if it fails, every problem found
     */
    public JobId submit(String fileName, String csv) {
        return jobs.submit(
                JOB_TYPE, text("classification.import.jobTitle", fileName), progress -> run(fileName, csv, progress));
    }

    private void run(String fileName, String csv, JobProgress progress) throws IOException {
        progress.message(text("classification.import.checking"));
        table.lockForImport();
        Map<String, NicListCheck.StoredNic> stored = table.stored();
        NicListCheck.Result checked = NicListCheck.check(records(csv), stored);
        if (!checked.problems().isEmpty()) {
            throw new IllegalArgumentException(describe(checked.problems()));
        }
        Counts counts = store(fileName, checked.codes(), stored, progress);
        audit.record("IMPORT", "nic", "NIC-2008", Optional.empty(), Optional.of(counts));
        progress.message(
                text("classification.import.done", fileName, counts.inserted(), counts.updated(), counts.unchanged()));
        progress.resultLink("/classification");
    }

    private Counts store(
            String fileName, List<NicCode> codes, Map<String, NicListCheck.StoredNic> stored, JobProgress progress) {
        progress.total(codes.size());
        progress.message(text("classification.import.saving"));
        int inserted = 0;
        int updated = 0;
        for (NicCode code : codes) {
            progress.checkCancelled();
            NicListCheck.StoredNic before = stored.get(code.code());
            if (before == null) {
                table.insert(code);
                inserted++;
            } else if (!before.title().equals(code.title())) {
                table.retitle(code.code(), code.title());
                updated++;
            }
            progress.advance(1);
        }
        return new Counts(fileName, inserted, updated, codes.size() - inserted - updated);
    }

    /** The file's records; a quote that is never closed fails the import like any other problem. */
    private List<CsvRecord> records(String csv) throws IOException {
        try {
            return CsvRecords.read(new StringReader(csv));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(text("classification.import.failed", 1) + "\n" + e.getMessage(), e);
        }
    }

    /** The failed job's message: a summary line, then one line per problem, the first 50 of them. */
    private String describe(List<NicListCheck.Problem> problems) {
        String listed = problems.stream()
                .limit(PROBLEMS_LISTED)
                .map(problem -> text(
                        "classification.import.problem",
                        problem.row(),
                        problem.field(),
                        text(problem.reason(), problem.arguments())))
                .collect(Collectors.joining("\n"));
        String more = problems.size() > PROBLEMS_LISTED
                ? "\n" + text("classification.import.more", problems.size() - PROBLEMS_LISTED)
                : "";
        return text("classification.import.failed", problems.size()) + "\n" + listed + more;
    }

    /** Text in the language of whoever started the import (the job runs in it). */
    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
