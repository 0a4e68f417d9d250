package org.clusterdev.classification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The five levels of NIC-2008, each recognised by the form of its code: a section is a letter A-U, a
 * division 2 digits, a group 3, a class 4 and a sub-class 5.
 */
public enum NicLevel {
    SECTION,
    DIVISION,
    GROUP,
    CLASS,
    SUBCLASS;

    private static final Pattern SECTION_CODE = Pattern.compile("[A-U]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{2,5}");

    /**
     * The level a code belongs to.
     *
     * @param code a code as written, without surrounding spaces; section letters in capitals
     * @return its level, or empty if it is not a NIC-2008 code (e.g. "1", "V", "123456", "1A")
     */
    public static Optional<NicLevel> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (SECTION_CODE.matcher(code).matches()) {
            return Optional.of(SECTION);
        }
        if (DIGITS.matcher(code).matches()) {
            return Optional.of(values()[code.length() - 1]);
        }
        return Optional.empty();
    }

    /**
     * The code of the level above, derived from the code alone: a group, class or sub-class drops its last
     * digit; a division's parent is its section, which its digits do not tell, and a section has none.
     */
    public static Optional<String> parentByDigits(String code) {
        NicLevel level = of(code).orElseThrow(() -> new IllegalArgumentException("code: not a NIC code: " + code));
        return level.ordinal() > DIVISION.ordinal()
                ? Optional.of(code.substring(0, code.length() - 1))
                : Optional.empty();
    }
}
