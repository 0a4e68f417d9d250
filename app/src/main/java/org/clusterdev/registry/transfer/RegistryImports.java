package org.clusterdev.registry.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobProgress;
import org.clusterdev.platform.Jobs;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Imports clusters or stakeholders from a CSV or XLSX file. A dry run checks every row and tells what
 * applying would do without writing anything; applying runs as a job that checks the file again (the
 * registry may have changed meanwhile) and writes all of it in one transaction, or nothing when anything
 * is wrong.
 */
@Service
public class RegistryImports {

    /** The job type, for job lists and the API. */
    public static final String JOB_TYPE = "registry-import";

    /** How many problems a failed job lists before it only counts the rest, to stay readable. */
    static final int PROBLEMS_LISTED = 50;

    private final ClusterFile clusters;
    private final StakeholderFile stakeholders;
    private final Jobs jobs;
    private final AuditTrail audit;
    private final MessageSource messages;

    RegistryImports(
            ClusterFile clusters, StakeholderFile stakeholders, Jobs jobs, AuditTrail audit, MessageSource messages) {
        this.clusters = clusters;
        this.stakeholders = stakeholders;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Checks a file without writing anything.
     *
     * @param file the uploaded bytes, CSV (UTF-8) or XLSX
     * @param permission which states' rows the user may import; other rows are problems
     * @return every problem, or else what applying the file would do
     */
    public ImportPreview preview(ImportKind kind, byte[] file, ImportPermission permission) {
        return plan(kind, file, permission).preview();
    }

    /**
     * Starts applying a file as a job, which checks it again and then writes it whole, or fails listing the
     * problems and writes nothing. The caller has checked that the user may import at all.
     *
     * @param fileName the uploaded file's name, shown in the job's title and the audit trail
     * @param afterApplied runs once everything is written, e.g. to delete the kept upload
     * @return the job, whose page shows the progress and the outcome
     */
    public JobId apply(
            ImportKind kind, String fileName, byte[] file, ImportPermission permission, Runnable afterApplied) {
        String title = text("transfer.job.title." + kind.name(), fileName);
        return jobs.submit(JOB_TYPE, title, progress -> {
            run(kind, fileName, file, permission, progress);
            afterApplied.run();
        });
    }

    private void run(ImportKind kind, String fileName, byte[] file, ImportPermission permission, JobProgress progress) {
        progress.message(text("transfer.job.checking"));
        ImportPlan plan = plan(kind, file, permission);
        if (!plan.problems().isEmpty()) {
            throw new IllegalArgumentException(describe(plan.problems()));
        }
        progress.message(text("transfer.job.saving"));
        plan.work().apply(progress);
        ImportPreview done = plan.preview();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", kind.name());
        summary.put("file", fileName);
        summary.put("created", done.created());
        summary.put("updated", done.updated());
        summary.put("unchanged", done.unchanged());
        audit.record(
                "IMPORT",
                kind.name().toLowerCase(java.util.Locale.ROOT),
                fileName,
                Optional.empty(),
                Optional.of(summary));
        progress.message(text("transfer.job.done", fileName, done.created(), done.updated(), done.unchanged()));
        progress.resultLink("/clusters");
    }

    /**
     * The codes some columns take, by column name: typology, status, actor_kind and linkage_kind, for the
     * documentation of the file format.
     */
    public Map<String, List<String>> codes() {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put("typology", clusters.typologies());
        codes.put("status", ClusterRowCheck.STATUSES);
        codes.put("actor_kind", StakeholderFile.ACTOR_KINDS);
        codes.put("linkage_kind", StakeholderFile.LINKAGE_KINDS);
        return codes;
    }

    ImportPlan plan(ImportKind kind, byte[] bytes, ImportPermission permission) {
        Problems problems = new Problems(messages);
        ImportTable file;
        try {
            file = ImportTable.read(bytes);
        } catch (UnreadableFile e) {
            problems.add(0, "", e.reasonKey());
            return ImportPlan.refused(kind, problems.list());
        }
        kind.columns().check(file.header(), problems);
        for (ImportRow row : file.rows()) {
            if (!row.value("").isEmpty()) {
                problems.add(row.number(), "", "transfer.problem.unnamedColumn");
            }
        }
        if (file.rows().isEmpty()) {
            problems.add(0, "", "transfer.file.noRows");
        }
        if (!problems.isEmpty()) {
            return ImportPlan.refused(kind, problems.list());
        }
        return switch (kind) {
            case CLUSTERS -> clusters.plan(file, permission, problems);
            case STAKEHOLDERS -> stakeholders.plan(file, permission, problems);
        };
    }

    /** The failed job's message: a summary line, then one line per problem, the first 50 of them. */
    private String describe(List<ImportProblem> problems) {
        String listed = problems.stream()
                .limit(PROBLEMS_LISTED)
                .map(problem ->
                        text("transfer.job.problem", String.valueOf(problem.row()), problem.column(), problem.reason()))
                .collect(Collectors.joining("\n"));
        String more = problems.size() > PROBLEMS_LISTED
                ? "\n" + text("transfer.job.more", problems.size() - PROBLEMS_LISTED)
                : "";
        return text("transfer.job.failed", problems.size()) + "\n" + listed + more;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
