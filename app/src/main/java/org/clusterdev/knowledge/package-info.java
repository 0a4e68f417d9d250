/**
 * Knowledge: the national repository of experiences (seed 001 slides 24 and 33; seed 004 §4.5 item 19). Documents
 * (uploaded, their type checked by content and their text extracted), e-Cluster News with an editorial workflow and
 * an Atom feed, an events calendar with iCalendar export, best practices and the lessons of similar clusters, and
 * one full-text search over all of them in English and Hindi, next to the registry's clusters. The reports the
 * programme and monitoring generate (diagnostic reports, action plans, evaluations) are filed here automatically.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Knowledge",
        allowedDependencies = {"platform", "identity", "geography", "registry", "programme", "monitoring"})
package org.clusterdev.knowledge;
