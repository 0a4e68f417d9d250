package org.clusterdev.programme;

/**
 * The exit checklist (issue 5, deliverable 10; seed 001 slide 11, MSECDP "handing over and exit"): what must be
 * true before the implementing agency hands a cluster over to its own institutions.
 */
public enum ExitItem {
    /** An association or SPV is able to carry the work on. */
    LOCAL_BODY_CARRIES_ON,
    /** The assets created are operated by the local body. */
    ASSETS_OPERATED,
    /** Their maintenance is provided for. */
    ASSETS_MAINTAINED,
    /** Responsibility for the activities has shifted to local institutions and the private sector. */
    RESPONSIBILITY_HANDED_OVER,
    /** The accounts of the intervention are closed. */
    ACCOUNTS_CLOSED
}
