package org.clusterdev.selection.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.programme.InterventionMoved;
import org.clusterdev.programme.Stage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends the engagements of an intervention's agencies when the programme hands the cluster over or closes the
 * intervention, so their cluster-years stop growing on the day the work ended rather than when someone remembers
 * to record it.
 */
@Component
class InterventionEndings {

    static final Set<Stage> ENDING = EnumSet.of(Stage.HANDED_OVER, Stage.SELF_MANAGING, Stage.CLOSED);

    private final AgencyRows agencies;
    private final AuditTrail audit;

    InterventionEndings(AgencyRows agencies, AuditTrail audit) {
        this.agencies = agencies;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(InterventionMoved moved) {
        if (!ENDING.contains(moved.to())) {
            return;
        }
        LocalDate endedOn = moved.at().atZone(ZoneId.of("Asia/Kolkata")).toLocalDate();
        agencies.openLinkedTo(moved.intervention().id()).forEach(engagement -> {
            LocalDate end = endedOn.isBefore(engagement.startedOn()) ? engagement.startedOn() : endedOn;
            agencies.end(engagement.id(), end);
            audit.record(
                    "END_ENGAGEMENT",
                    "agency",
                    Long.toString(engagement.agencyId()),
                    Optional.of(engagement),
                    agencies.engagement(engagement.id()));
        });
    }
}
