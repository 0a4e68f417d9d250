package org.clusterdev.programme.plan;

import java.util.Optional;
import org.clusterdev.programme.FundingRefused;
import org.clusterdev.programme.FundingSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Funding refusals as RFC 9457 problem details: 422, with every rule broken listed under {@code rules}. */
public final class FundingProblems {

    private FundingProblems() {}

    /** The problem detail of a refusal. */
    public static ProblemDetail of(FundingRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Refused by the funding rules");
        problem.setProperty("rules", e.breaches());
        return problem;
    }

    /** A funding source by name, with a message naming the field when it is not one. */
    public static FundingSource source(String name) {
        try {
            return FundingSource.valueOf(Optional.ofNullable(name).orElse("").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source: '" + name + "' is not a funding source", e);
        }
    }
}
