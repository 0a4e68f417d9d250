package org.clusterdev.selection;

/**
 * An implementing agency or resource organisation with its experience.
 *
 * @param stateCode the LGD code of the state it is based in
 * @param clusterYears experience in cluster-years as of today (seed 004 §2.7), from its engagements
 * @param activeEngagements engagements going on today
 * @param version the version an edit must name to be stored
 */
public record Agency(
        long id,
        String name,
        AgencyKind kind,
        int stateCode,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        int trainedPersons,
        double clusterYears,
        int activeEngagements,
        int version) {

    /** The agency without its contact details, for readers who may not manage it: they contact it through the system. */
    public Agency withoutContacts() {
        return new Agency(
                id, name, kind, stateCode, null, null, null, trainedPersons, clusterYears, activeEngagements, version);
    }
}
