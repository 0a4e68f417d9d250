package org.clusterdev.monitoring;

import java.util.List;

/** Thrown when an upload has bad rows: every one is listed and nothing is stored. */
public class UploadRefused extends RuntimeException {

    private final transient List<UploadProblem> problems;

    /** A refusal listing every bad row. */
    public UploadRefused(List<UploadProblem> problems) {
        super(problems.size() + " rows cannot be stored");
        this.problems = List.copyOf(problems);
    }

    /** The bad rows, in the order of the file. */
    public List<UploadProblem> problems() {
        return problems;
    }
}
