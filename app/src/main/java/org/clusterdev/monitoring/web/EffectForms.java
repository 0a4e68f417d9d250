package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clusterdev.monitoring.ActivityTakeover;
import org.clusterdev.monitoring.InstitutionDraft;
import org.clusterdev.monitoring.LocalInstitution;
import org.clusterdev.monitoring.TakeoverDraft;
import org.clusterdev.monitoring.WorkSplit;
import org.clusterdev.monitoring.WorkSplitDraft;

/** The forms of the effect records as posted: text fields, parsed into drafts that refuse as "field: reason". */
final class EffectForms {

    private EffectForms() {}

    /** An institution created or revived. */
    record InstitutionForm(
            String kind, String name, String change, String on, String memberFirms, String note, Integer version) {

        static InstitutionForm empty() {
            return new InstitutionForm("ASSOCIATION", "", "CREATED", "", "", "", 0);
        }

        static InstitutionForm of(LocalInstitution institution) {
            return new InstitutionForm(
                    institution.kind(),
                    institution.name(),
                    institution.change(),
                    institution.on().toString(),
                    institution.memberFirms().map(String::valueOf).orElse(""),
                    institution.note().orElse(""),
                    institution.version());
        }

        InstitutionDraft draft() {
            return new InstitutionDraft(
                    kind, name, change, date("on", on), whole("memberFirms", memberFirms), Optional.ofNullable(note));
        }
    }

    /** An activity taken over by a local institution. */
    record TakeoverForm(String activity, String institution, String since, String evidence, Integer version) {

        static TakeoverForm empty() {
            return new TakeoverForm("", "", "", "", 0);
        }

        static TakeoverForm of(ActivityTakeover takeover) {
            return new TakeoverForm(
                    takeover.activity(),
                    takeover.institution(),
                    takeover.since().toString(),
                    takeover.evidence(),
                    takeover.version());
        }

        TakeoverDraft draft() {
            return new TakeoverDraft(activity, institution, date("since", since), evidence);
        }
    }

    /** An association's work split for a year, as shares or as hours. */
    record WorkForm(
            String actorId,
            String year,
            String developmentalShare,
            String lobbyingShare,
            String developmentalHours,
            String lobbyingHours,
            String note,
            Integer version) {

        static WorkForm empty(int year) {
            return new WorkForm("", Integer.toString(year), "", "", "", "", "", 0);
        }

        static WorkForm of(WorkSplit split) {
            boolean hours = split.developmentalHours().isPresent();
            return new WorkForm(
                    Long.toString(split.actorId()),
                    Integer.toString(split.year()),
                    hours ? "" : split.developmentalShare().toPlainString(),
                    hours ? "" : split.lobbyingShare().toPlainString(),
                    split.developmentalHours().map(BigDecimal::toPlainString).orElse(""),
                    split.lobbyingHours().map(BigDecimal::toPlainString).orElse(""),
                    split.note().orElse(""),
                    split.version());
        }

        WorkSplitDraft draft() {
            long actor = whole("actorId", actorId)
                    .orElseThrow(() -> new IllegalArgumentException("actorId: choose the association"));
            int financialYear = whole("year", year)
                    .orElseThrow(() -> new IllegalArgumentException("year: the financial year is required"));
            return new WorkSplitDraft(
                    actor,
                    financialYear,
                    number("developmentalShare", developmentalShare),
                    number("lobbyingShare", lobbyingShare),
                    number("developmentalHours", developmentalHours),
                    number("lobbyingHours", lobbyingHours),
                    Optional.ofNullable(note));
        }
    }

    static int version(Integer version) {
        return version == null ? 0 : version;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": a date such as 2024-03-31", e);
        }
    }

    private static Optional<Integer> whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a whole number", e);
        }
    }

    private static Optional<BigDecimal> number(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a number", e);
        }
    }
}
