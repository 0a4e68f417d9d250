package org.clusterdev.programme;

/**
 * A problem or an opportunity the diagnostic study found, under a theme: one of the activity categories of seed
 * 004 Annex 2.2 ({@code MARKET_DEVELOPMENT}, {@code TECHNOLOGY_UPGRADATION}, ...), so that each can seed the
 * action plan's activities of that category.
 */
public record StudyFinding(String theme, Kind kind, String description) {

    /** Whether the study found something wrong or something to build on. */
    public enum Kind {
        PROBLEM,
        OPPORTUNITY
    }

    public StudyFinding {
        if (theme == null || theme.isBlank()) {
            throw new IllegalArgumentException("findings.theme: each finding needs a theme");
        }
        if (kind == null) {
            throw new IllegalArgumentException("findings.kind: PROBLEM or OPPORTUNITY");
        }
        description = description == null ? "" : description.strip();
        if (description.isEmpty()) {
            throw new IllegalArgumentException("findings.description: each finding needs a description");
        }
    }
}
