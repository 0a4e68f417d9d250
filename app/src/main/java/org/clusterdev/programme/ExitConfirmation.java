package org.clusterdev.programme;

import java.time.Instant;

/** An exit checklist item confirmed, with the evidence seen, by whom and when. */
public record ExitConfirmation(ExitItem item, String evidence, String confirmedBy, Instant confirmedAt) {}
