package org.clusterdev.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of NIC-2008, e.g. {@code 1311} "Preparation and spinning of textile fibres".
 *
 * @param code the code: a section letter A-U, or 2 to 5 digits
 * @param level its level, which matches the form of the code
 * @param parentCode the code of the level above; empty only for a section
 * @param section the section letter it belongs to (a section belongs to itself)
 * @param title its official English title
 */
public record NicCode(String code, NicLevel level, Optional<String> parentCode, String section, String title) {

    /** Refuses an entry whose parts do not fit together, naming the part that is wrong. */
    public NicCode {
        Objects.requireNonNull(parentCode, "parentCode");
        if (NicLevel.of(code).filter(level::equals).isEmpty()) {
            throw new IllegalArgumentException("code: " + code + " is not a NIC-2008 code of level " + level);
        }
        if (NicLevel.of(section).filter(NicLevel.SECTION::equals).isEmpty()) {
            throw new IllegalArgumentException("section: " + section + " is not a section letter A-U");
        }
        if (parentCode.isEmpty() != (level == NicLevel.SECTION)) {
            throw new IllegalArgumentException("parentCode: only a section has no parent, not " + code);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: " + code + " needs a title");
        }
    }
}
