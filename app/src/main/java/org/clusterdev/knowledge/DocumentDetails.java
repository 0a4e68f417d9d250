package org.clusterdev.knowledge;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.Role;

/**
 * What an uploader says about a document; the file itself is checked separately.
 *
 * @param title its title, 1 to 300 characters
 * @param kind what it is
 * @param language {@code en} or {@code hi}, the main language of its text
 * @param year the year it refers to, from 1950 to next year
 * @param stateCode the LGD code of the state it concerns
 * @param clusterIds the registry clusters it concerns
 * @param scheme the scheme it was written under, free text
 * @param activityType the activity it documents
 * @param product the product, in words
 * @param nicCode a NIC-2008 code of 2 to 5 digits
 * @param places further place names
 * @param visibility public or restricted
 * @param roles for a restricted document, the roles that may read it (at least one)
 * @throws IllegalArgumentException "field: reason" for a value out of range
 */
public record DocumentDetails(
        String title,
        DocumentKind kind,
        String language,
        Optional<Integer> year,
        Optional<Integer> stateCode,
        List<Long> clusterIds,
        Optional<String> scheme,
        Optional<ActivityType> activityType,
        Optional<String> product,
        Optional<String> nicCode,
        Optional<String> places,
        Visibility visibility,
        List<Role> roles) {

    public DocumentDetails {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new IllegalArgumentException("title: give a title of 1 to 300 characters");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose what the document is");
        }
        if (!"en".equals(language) && !"hi".equals(language)) {
            throw new IllegalArgumentException("language: choose English or Hindi");
        }
        int nextYear = Year.now().getValue() + 1;
        if (year.isPresent() && (year.get() < 1950 || year.get() > nextYear)) {
            throw new IllegalArgumentException("year: a year from 1950 to " + nextYear);
        }
        scheme = blankToEmpty(scheme);
        product = blankToEmpty(product);
        places = blankToEmpty(places);
        nicCode = blankToEmpty(nicCode);
        if (nicCode.isPresent() && !nicCode.get().matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException("nicCode: a NIC-2008 code has 2 to 5 digits");
        }
        if (visibility == null) {
            throw new IllegalArgumentException("visibility: choose public or restricted");
        }
        roles = visibility == Visibility.PUBLIC ? List.of() : List.copyOf(roles);
        if (visibility == Visibility.RESTRICTED && roles.isEmpty()) {
            throw new IllegalArgumentException("roles: a restricted document names at least one role that may read it");
        }
        clusterIds = List.copyOf(clusterIds);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
