package org.clusterdev.registry.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.platform.JobProgress;
import org.springframework.stereotype.Component;

/** Plans and applies a cluster file: every row checked first, then each new or changed cluster written. */
@Component
class ClusterFile {

    private final ClusterRowCheck check;
    private final ClusterTable table;
    private final AuditTrail audit;

    ClusterFile(ClusterRowCheck check, ClusterTable table, AuditTrail audit) {
        this.check = check;
        this.table = table;
        this.audit = audit;
    }

    ImportPlan plan(ImportTable file, ImportPermission permission, Problems problems) {
        ClusterRowCheck.Reference reference = check.reference(permission);
        List<ClusterChange> changes = new ArrayList<>();
        for (ImportRow row : file.rows()) {
            check.check(new RowValues(row, file.header(), problems), reference, problems)
                    .ifPresent(changes::add);
        }
        if (!problems.isEmpty()) {
            return ImportPlan.refused(ImportKind.CLUSTERS, problems.list());
        }
        return new ImportPlan(
                ImportKind.CLUSTERS,
                List.of(),
                changes.stream().map(ClusterChange::outcome).toList(),
                progress -> apply(changes, progress));
    }

    List<String> typologies() {
        return List.copyOf(table.typologyCodes());
    }

    private void apply(List<ClusterChange> changes, JobProgress progress) {
        progress.total(changes.size());
        String user = currentUser();
        for (ClusterChange change : changes) {
            progress.checkCancelled();
            long id;
            if (change.stored().isEmpty()) {
                id = table.insert(change.after(), user);
            } else {
                id = change.stored().get().id();
                if (change.clusterChanged()) {
                    table.update(id, change.after(), user);
                }
            }
            if (change.figuresChanged()) {
                table.saveFigures(
                        id, change.year().orElseThrow(), change.figuresAfter().orElseThrow());
            }
            if (change.stored().isEmpty()) {
                audit.record(
                        "CREATE", "cluster", Long.toString(id), Optional.empty(), Optional.of(change.auditAfter()));
            } else if (change.clusterChanged() || change.figuresChanged()) {
                audit.record(
                        "UPDATE",
                        "cluster",
                        Long.toString(id),
                        Optional.of(change.auditBefore()),
                        Optional.of(change.auditAfter()));
            }
            progress.advance(1);
        }
    }

    private static String currentUser() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
