package org.clusterdev.registry.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.clusterdev.platform.IndianFormats;
import org.clusterdev.registry.MaturityCutoff;
import org.clusterdev.registry.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Reason} into a sentence in the reader's language: whole numbers grouped the Indian way,
 * money in lakh and crore, message arguments (units, regions, typologies) translated. Templates use it as
 * {@code ${@definitionTexts.text(reason)}}; the API adds the same sentence next to the key and arguments.
 */
@Component("definitionTexts")
public class DefinitionTexts {

    private final MessageSource messages;
    private final IndianFormats formats;

    DefinitionTexts(MessageSource messages, IndianFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The reason as a sentence in the current request's language. */
    public String text(Reason reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    /** The reason as a sentence in the given language; an unknown key shows as itself. */
    public String text(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(arg -> argument(arg, locale)).toArray();
        return messages.getMessage(reason.key(), args, reason.key(), locale);
    }

    private String argument(Object arg, Locale locale) {
        if (arg instanceof Reason.Key key) {
            return messages.getMessage(key.key(), null, key.key(), locale);
        }
        if (arg instanceof Reason.Rupees rupees) {
            return formats.rupees(rupees.rupees());
        }
        if (arg instanceof Long || arg instanceof Integer) {
            return formats.number(((Number) arg).longValue());
        }
        if (arg instanceof BigDecimal decimal) {
            return number(decimal);
        }
        return String.valueOf(arg);
    }

    /** A cut-off value as its unit asks: rupees in lakh and crore, other numbers grouped the Indian way. */
    public String cutoff(MaturityCutoff cutoff, BigDecimal value) {
        return "RUPEES".equals(cutoff.unit()) ? formats.rupees(value.longValue()) : number(value);
    }

    /** Whole amounts grouped the Indian way; fractions (a 2.5 km radius) as written. */
    public String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? formats.number(stripped.longValueExact()) : stripped.toPlainString();
    }
}
