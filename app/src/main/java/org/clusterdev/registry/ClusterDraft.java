package org.clusterdev.registry;

/**
 * A cluster's editable values as stored, with the version an edit must name so that two people editing
 * one cluster never silently overwrite each other.
 */
public record ClusterDraft(long id, int version, ClusterChanges values) {}
