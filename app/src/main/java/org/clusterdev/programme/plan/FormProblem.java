package org.clusterdev.programme.plan;

import java.io.Serializable;
import java.util.List;
import org.clusterdev.programme.FundingRefused;
import org.clusterdev.programme.FundingRuleBreach;

/**
 * Why a form was refused, carried to the next page as a flash attribute (sessions are stored, so it is
 * serializable): the field and reason of a validation message, or the funding rules broken.
 *
 * @param field the field the message starts with, or {@code form} when it names none
 * @param rules the funding rules broken, empty for other refusals
 */
public record FormProblem(String field, String reason, List<FundingRuleBreach> rules) implements Serializable {

    public FormProblem {
        rules = List.copyOf(rules);
    }

    /** The problem a refused change threw. */
    public static FormProblem of(RuntimeException e) {
        if (e instanceof FundingRefused refused) {
            return new FormProblem("rules", refused.getMessage(), refused.breaches());
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        return colon > 0 && message.substring(0, colon).matches("[A-Za-z]+")
                ? new FormProblem(
                        message.substring(0, colon),
                        message.substring(colon + 1).strip(),
                        List.of())
                : new FormProblem("form", message, List.of());
    }
}
