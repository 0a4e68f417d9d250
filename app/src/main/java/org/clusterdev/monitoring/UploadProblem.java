package org.clusterdev.monitoring;

/**
 * Why one row of an uploaded sheet cannot be stored.
 *
 * @param row the row of the file, 1 being the header
 * @param field the column concerned
 */
public record UploadProblem(int row, String field, String reason) implements java.io.Serializable {}
