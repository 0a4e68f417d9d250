package org.clusterdev.engine.io;

import java.util.List;

/** Thrown when an input file has bad rows and the caller chose {@link BadRows#REFUSE}. */
public final class RejectedInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;
    private final long problemCount;

    /** A refusal with the first problems found and their total number. */
    public RejectedInputException(String file, List<RowProblem> problems, long problemCount) {
        super(file + ": " + problemCount + " bad row" + (problemCount == 1 ? "" : "s") + ", nothing used; first: "
                + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The first problems (at most {@link FirmCsvReader#PROBLEMS_KEPT}), in file order. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** The number of bad rows. */
    public long problemCount() {
        return problemCount;
    }
}
