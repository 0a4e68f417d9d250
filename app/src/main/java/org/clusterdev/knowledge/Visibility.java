package org.clusterdev.knowledge;

/** Who may read a document: everyone, or only the roles it names (administrators and its uploader always may). */
public enum Visibility {
    PUBLIC,
    RESTRICTED
}
