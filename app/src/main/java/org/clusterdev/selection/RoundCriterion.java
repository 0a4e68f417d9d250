package org.clusterdev.selection;

/**
 * A criterion of a round with its weight as it stood when the round opened.
 *
 * @param weight relative weight; a total is the weighted mean of the scores, scaled to 100
 * @param source the document and place the criterion comes from
 */
public record RoundCriterion(String code, String name, double weight, int position, String source) {}
