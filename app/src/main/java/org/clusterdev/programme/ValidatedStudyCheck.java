package org.clusterdev.programme;

import java.util.Optional;
import org.clusterdev.programme.internal.StudyRows;
import org.springframework.stereotype.Component;

/** Trust building starts from what the cluster told the diagnostic study: the study must be validated first. */
@Component
class ValidatedStudyCheck implements TransitionCheck {

    static final String RULE = "TRUST_BUILDING needs a diagnostic study validated by the resource organisation";

    private final StudyRows studies;

    ValidatedStudyCheck(StudyRows studies) {
        this.studies = studies;
    }

    @Override
    public Optional<String> refusal(InterventionRef intervention, Stage target) {
        if (target != Stage.TRUST_BUILDING) {
            return Optional.empty();
        }
        boolean validated =
                studies.find(intervention.id()).map(DiagnosticStudy::validated).orElse(false);
        return validated ? Optional.empty() : Optional.of(RULE);
    }
}
