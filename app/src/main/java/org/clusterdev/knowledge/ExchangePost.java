package org.clusterdev.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post on the subcontract exchange.
 *
 * @param quantity for an offer the capacity, for a request or tender the quantity needed, in {@code unit}
 * @param expiresOn the last day it is shown and matched
 */
public record ExchangePost(
        long id,
        Kind kind,
        String title,
        String description,
        String nicCode,
        String product,
        int stateCode,
        long quantity,
        String unit,
        LocalDate expiresOn,
        String postedBy,
        Instant postedAt) {

    /** What a post offers or asks for. */
    public enum Kind {
        /** Spare capacity a firm offers. */
        CAPACITY_OFFER,
        /** Parts or services a firm wants made. */
        PART_REQUEST,
        /** A bulk tender requirement (a buyer's large order the cluster's firms may share). */
        TENDER;

        /** Whether posts of the two kinds answer each other: an offer answers a request or a tender. */
        public boolean answers(Kind other) {
            return (this == CAPACITY_OFFER) != (other == CAPACITY_OFFER);
        }
    }

    /**
     * A new post as typed.
     *
     * @throws IllegalArgumentException "field: reason" for a missing value, a NIC code that is not 2 to 5 digits, a
     *     quantity that is not positive, or an expiry in the past or more than a year ahead
     */
    public static ExchangePost draft(
            Kind kind,
            String title,
            String description,
            String nicCode,
            String product,
            int stateCode,
            long quantity,
            String unit,
            LocalDate expiresOn,
            LocalDate today) {
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose an offer, a request or a tender");
        }
        String cleanTitle = required(title, "title");
        if (cleanTitle.length() > 300) {
            throw new IllegalArgumentException("title: at most 300 characters");
        }
        String nic = nicCode == null ? "" : nicCode.strip();
        if (!nic.matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException("nicCode: a NIC-2008 code has 2 to 5 digits");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: more than zero");
        }
        if (expiresOn == null || expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(1))) {
            throw new IllegalArgumentException("expiresOn: a day from today to a year ahead");
        }
        return new ExchangePost(
                0,
                kind,
                cleanTitle,
                required(description, "description"),
                nic,
                required(product, "product"),
                stateCode,
                quantity,
                required(unit, "unit"),
                expiresOn,
                "",
                Instant.now());
    }

    private static String required(String value, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + ": this cannot be empty");
        }
        return stripped;
    }
}
