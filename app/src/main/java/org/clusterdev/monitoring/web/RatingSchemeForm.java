package org.clusterdev.monitoring.web;

import java.util.Optional;
import org.clusterdev.monitoring.RatingScheme;
import org.clusterdev.monitoring.rating.GridText;

/** The editor of a rating scheme: its fields, and its grid as three text boxes of lines. */
record RatingSchemeForm(
        String code,
        String name,
        String subject,
        String theme,
        String productNic,
        String productWord,
        Integer scaleMin,
        Integer scaleMax,
        String criteria,
        String levels,
        String grades,
        String source,
        Boolean published,
        Integer version) {

    static RatingSchemeForm empty() {
        return new RatingSchemeForm(
                "",
                "",
                "CLUSTER",
                "",
                "",
                "",
                0,
                4,
                "",
                "0 | Absent |\n1 | Emerging |\n2 | Developing |\n3 | Established |\n4 | Exemplary |",
                "A | 80\nB | 60\nC | 40\nD | 0",
                "",
                false,
                null);
    }

    static RatingSchemeForm of(RatingScheme s) {
        return new RatingSchemeForm(
                s.code(),
                s.name(),
                s.subject().name(),
                s.theme().orElse(""),
                s.productNic().orElse(""),
                s.productWord().orElse(""),
                s.scaleMin(),
                s.scaleMax(),
                GridText.ofCriteria(s.criteria()),
                GridText.ofLevels(s.levels()),
                GridText.ofGrades(s.grades()),
                s.source(),
                s.published(),
                s.version());
    }

    /** The scheme the form describes; refuses as the scheme and the grid parser do, naming the field. */
    RatingScheme toScheme() {
        RatingScheme.Subject kind;
        try {
            kind = RatingScheme.Subject.valueOf(subject == null ? "" : subject);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("subject: CLUSTER or ASSOCIATION");
        }
        if (scaleMin == null || scaleMax == null) {
            throw new IllegalArgumentException("scale: give the lowest and the highest score");
        }
        return new RatingScheme(
                code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT),
                name,
                kind,
                Optional.ofNullable(theme),
                Optional.ofNullable(productNic),
                Optional.ofNullable(productWord),
                scaleMin,
                scaleMax,
                GridText.criteria(criteria),
                GridText.levels(levels),
                GridText.grades(grades),
                source,
                Boolean.TRUE.equals(published),
                version == null ? 0 : version);
    }
}
