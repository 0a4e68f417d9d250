package org.clusterdev.registry.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.platform.JobProgress;
import org.clusterdev.registry.transfer.StakeholderTable.StoredActor;
import org.springframework.stereotype.Component;

/**
 * Plans and applies a stakeholder file. Each row names an existing cluster and an actor; the actor is
 * created once per state (or its kind, description and contact updated) and made a stakeholder of the
 * cluster; a row with {@code linked_to} also links it to another stakeholder of the same cluster, named in
 * the file or already stored.
 */
@Component
class StakeholderFile {

    static final List<String> ACTOR_KINDS = List.of(
            "PRINCIPAL_FIRM",
            "SUPPLIER",
            "BUYER",
            "BDS_PROVIDER",
            "BANK",
            "TECHNICAL_INSTITUTION",
            "ASSOCIATION",
            "NETWORK",
            "CONSORTIUM",
            "SPV",
            "SHG",
            "COOPERATIVE",
            "NGO",
            "GOVERNMENT_BODY");
    static final List<String> LINKAGE_KINDS = List.of("BACKWARD", "FORWARD", "SERVICE", "MEMBERSHIP", "FINANCE");

    private final Geography geography;
    private final ClusterTable clusters;
    private final StakeholderTable table;
    private final AuditTrail audit;

    StakeholderFile(Geography geography, ClusterTable clusters, StakeholderTable table, AuditTrail audit) {
        this.geography = geography;
        this.clusters = clusters;
        this.table = table;
        this.audit = audit;
    }

    ImportPlan plan(ImportTable file, ImportPermission permission, Problems problems) {
        List<StakeholderRow> rows = new ArrayList<>();
        for (ImportRow row : file.rows()) {
            check(new RowValues(row, file.header(), problems), permission).ifPresent(rows::add);
        }
        checkAcrossRows(rows, problems);
        if (!problems.isEmpty()) {
            return ImportPlan.refused(ImportKind.STAKEHOLDERS, problems.list());
        }
        List<RowOutcome> outcomes = outcomes(rows);
        return new ImportPlan(ImportKind.STAKEHOLDERS, List.of(), outcomes, progress -> apply(rows, progress));
    }

    private Optional<StakeholderRow> check(RowValues row, ImportPermission permission) {
        Optional<String> clusterName = row.required("cluster");
        Optional<State> state = row.required("state").flatMap(name -> state(row, name, permission));
        Optional<String> actor = row.required("actor_name");
        Optional<String> kind = row.code("actor_kind", ACTOR_KINDS, true);
        Optional<String> linkedTo = row.text("linked_to");
        Optional<String> linkageKind = row.code("linkage_kind", LINKAGE_KINDS, linkedTo.isPresent());
        Optional<LocalDate> startedOn = row.date("started_on");
        Optional<LocalDate> endedOn = row.date("ended_on");
        if (startedOn.isPresent() && endedOn.isPresent() && endedOn.get().isBefore(startedOn.get())) {
            row.problem("ended_on", "transfer.problem.endBeforeStart", startedOn.get());
        }
        if (linkedTo.isEmpty() && (linkageKind.isPresent() || startedOn.isPresent() || endedOn.isPresent())) {
            row.problem("linked_to", "transfer.problem.linkageWithoutActor");
        }
        if (linkedTo.isPresent() && actor.isPresent() && linkedTo.get().equalsIgnoreCase(actor.get())) {
            row.problem("linked_to", "transfer.problem.selfLink");
        }
        Optional<Long> cluster = clusterName
                .flatMap(name -> state.flatMap(s -> clusters.find(name, s.code())))
                .map(ClusterTable.StoredCluster::id);
        if (clusterName.isPresent() && state.isPresent() && cluster.isEmpty()) {
            row.problem(
                    "cluster",
                    "transfer.problem.unknownCluster",
                    clusterName.get(),
                    state.get().name());
        }
        if (cluster.isEmpty() || actor.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StakeholderRow(
                row.number(),
                cluster.get(),
                clusterName.get(),
                state.get(),
                actor.get(),
                kind.get(),
                row.has("description") ? Optional.of(row.text("description").orElse("")) : Optional.empty(),
                row.has("contact") ? Optional.of(row.text("contact").orElse("")) : Optional.empty(),
                linkedTo,
                linkageKind,
                startedOn,
                endedOn));
    }

    private Optional<State> state(RowValues row, String name, ImportPermission permission) {
        Optional<State> state = geography.stateNamed(name);
        if (state.isEmpty()) {
            row.problem("state", "transfer.problem.unknownState", name);
        } else if (!permission.allows(state.get().code())) {
            row.problem("state", "transfer.problem.stateNotAllowed", state.get().name());
            return Optional.empty();
        }
        return state;
    }

    /** Repeated rows, one actor described two ways, and linkages to actors the cluster does not have. */
    private void checkAcrossRows(List<StakeholderRow> rows, Problems problems) {
        Map<String, StakeholderRow> firstOfActor = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(row.clusterId() + "|" + row.actorKey()));
        for (StakeholderRow row : rows) {
            String key = row.clusterId() + "|" + row.actorKey() + "|"
                    + row.linkedTo().map(row::key).orElse("") + "|"
                    + row.linkageKind().orElse("");
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                problems.add(row.number(), "actor_name", "transfer.problem.duplicate", String.valueOf(first));
            }
            StakeholderRow described = firstOfActor.putIfAbsent(row.actorKey(), row);
            if (described != null) {
                conflicts(described, row, problems);
            }
            if (row.linkedTo().isPresent()
                    && !inFile.contains(
                            row.clusterId() + "|" + row.key(row.linkedTo().get()))
                    && table.actorOfCluster(row.clusterId(), row.linkedTo().get())
                            .isEmpty()) {
                problems.add(
                        row.number(),
                        "linked_to",
                        "transfer.problem.unknownActor",
                        row.linkedTo().get(),
                        row.place());
            }
        }
    }

    private static void conflicts(StakeholderRow first, StakeholderRow row, Problems problems) {
        if (!first.kind().equals(row.kind())) {
            problems.add(row.number(), "actor_kind", "transfer.problem.conflict", String.valueOf(first.number()));
        }
        if (!first.description().equals(row.description())) {
            problems.add(row.number(), "description", "transfer.problem.conflict", String.valueOf(first.number()));
        }
        if (!first.contact().equals(row.contact())) {
            problems.add(row.number(), "contact", "transfer.problem.conflict", String.valueOf(first.number()));
        }
    }

    private List<RowOutcome> outcomes(List<StakeholderRow> rows) {
        Set<String> actorsSeen = new HashSet<>();
        Set<String> newActors = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        for (StakeholderRow row : rows) {
            Optional<StoredActor> stored =
                    table.actor(row.actorName(), row.state().code());
            boolean first = actorsSeen.add(row.actorKey());
            if (stored.isEmpty()) {
                newActors.add(row.actorKey());
            }
            RowOutcome.Outcome outcome = RowOutcome.Outcome.UNCHANGED;
            if (stored.isEmpty()
                    || !table.attached(row.clusterId(), stored.get().id())) {
                outcome = RowOutcome.Outcome.NEW;
            } else if (first && changed(stored.get(), row)) {
                outcome = RowOutcome.Outcome.UPDATED;
            }
            if (outcome != RowOutcome.Outcome.NEW && row.linkedTo().isPresent()) {
                outcome = linkageOutcome(row, stored.get(), newActors).orElse(outcome);
            }
            outcomes.add(new RowOutcome(row.number(), row.actorName(), row.place(), outcome));
        }
        return outcomes;
    }

    /** NEW when the linkage is not stored, UPDATED when only its end date differs, else empty. */
    private Optional<RowOutcome.Outcome> linkageOutcome(StakeholderRow row, StoredActor from, Set<String> newActors) {
        if (newActors.contains(row.key(row.linkedTo().get()))) {
            return Optional.of(RowOutcome.Outcome.NEW);
        }
        Optional<StoredActor> to = table.actorOfCluster(
                        row.clusterId(), row.linkedTo().get())
                .or(() -> table.actor(row.linkedTo().get(), row.state().code()));
        if (to.isEmpty()) {
            return Optional.of(RowOutcome.Outcome.NEW);
        }
        var linkage = table.linkage(
                row.clusterId(),
                from.id(),
                to.get().id(),
                row.linkageKind().orElseThrow(),
                row.startedOn().orElse(null));
        if (linkage.isEmpty()) {
            return Optional.of(RowOutcome.Outcome.NEW);
        }
        return Objects.equals(linkage.get().endedOn(), row.endedOn().orElse(null))
                ? Optional.empty()
                : Optional.of(RowOutcome.Outcome.UPDATED);
    }

    private static boolean changed(StoredActor stored, StakeholderRow row) {
        return !stored.kind().equals(row.kind())
                || row.description()
                        .map(d -> !d.equals(Objects.toString(stored.description(), "")))
                        .orElse(false)
                || row.contact()
                        .map(c -> !c.equals(Objects.toString(stored.contact(), "")))
                        .orElse(false);
    }

    private void apply(List<StakeholderRow> rows, JobProgress progress) {
        progress.total(rows.size() * 2L);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (StakeholderRow row : rows) {
            progress.checkCancelled();
            long id = ids.computeIfAbsent(row.actorKey(), key -> saveActor(row));
            if (!table.attached(row.clusterId(), id)) {
                table.attach(row.clusterId(), id);
            }
            progress.advance(1);
        }
        for (StakeholderRow row : rows) {
            progress.checkCancelled();
            row.linkedTo().ifPresent(to -> saveLinkage(row, ids.get(row.actorKey()), linkedId(row, to, ids)));
            progress.advance(1);
        }
    }

    private long linkedId(StakeholderRow row, String name, Map<String, Long> ids) {
        Long inFile = ids.get(row.key(name));
        return inFile != null
                ? inFile
                : table.actorOfCluster(row.clusterId(), name).orElseThrow().id();
    }

    private long saveActor(StakeholderRow row) {
        Optional<StoredActor> stored = table.actor(row.actorName(), row.state().code());
        String description = row.description()
                .or(() -> stored.map(StoredActor::description))
                .filter(d -> !d.isEmpty())
                .orElse(null);
        String contact = row.contact()
                .or(() -> stored.map(StoredActor::contact))
                .filter(c -> !c.isEmpty())
                .orElse(null);
        if (stored.isEmpty()) {
            long id = table.insertActor(
                    row.actorName(),
                    row.kind(),
                    description,
                    contact,
                    row.state().code());
            audit.record(
                    "CREATE",
                    "actor",
                    Long.toString(id),
                    Optional.empty(),
                    Optional.of(actorValue(id, row.actorName(), row.kind(), description, contact)));
            return id;
        }
        StoredActor before = stored.get();
        if (changed(before, row)) {
            table.updateActor(before.id(), row.kind(), description, contact);
            audit.record(
                    "UPDATE",
                    "actor",
                    Long.toString(before.id()),
                    Optional.of(before),
                    Optional.of(actorValue(before.id(), before.name(), row.kind(), description, contact)));
        }
        return before.id();
    }

    private void saveLinkage(StakeholderRow row, long from, long to) {
        String kind = row.linkageKind().orElseThrow();
        LocalDate started = row.startedOn().orElse(null);
        LocalDate ended = row.endedOn().orElse(null);
        var stored = table.linkage(row.clusterId(), from, to, kind, started);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("cluster_id", row.clusterId());
        value.put("from_actor", from);
        value.put("to_actor", to);
        value.put("kind", kind);
        value.put("started_on", started == null ? null : started.toString());
        value.put("ended_on", ended == null ? null : ended.toString());
        if (stored.isEmpty()) {
            long id = table.insertLinkage(row.clusterId(), from, to, kind, started, ended);
            audit.record("CREATE", "linkage", Long.toString(id), Optional.empty(), Optional.of(value));
        } else if (!Objects.equals(stored.get().endedOn(), ended)) {
            table.endLinkage(stored.get().id(), ended);
            Map<String, Object> before = new LinkedHashMap<>(value);
            before.put(
                    "ended_on",
                    stored.get().endedOn() == null
                            ? null
                            : stored.get().endedOn().toString());
            audit.record(
                    "UPDATE", "linkage", Long.toString(stored.get().id()), Optional.of(before), Optional.of(value));
        }
    }

    private static StoredActor actorValue(long id, String name, String kind, String description, String contact) {
        return new StoredActor(id, name, kind, description, contact);
    }
}
