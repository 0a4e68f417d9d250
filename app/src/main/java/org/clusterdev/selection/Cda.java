package org.clusterdev.selection;

/**
 * A Cluster Development Agent or Executive.
 *
 * @param stateCode the LGD code of the state the CDA works in
 * @param currentClusters clusters the CDA is assigned to today
 * @param trainings training courses recorded
 * @param earlyDepartures assignments the CDA left before the three years of seed 004 §3.7
 */
public record Cda(
        long id,
        String name,
        int stateCode,
        CdaSpeciality speciality,
        String employer,
        String contactEmail,
        String contactPhone,
        int currentClusters,
        int trainings,
        int earlyDepartures,
        int version) {

    /** The CDA without personal contact details, for readers who may not manage CDAs of its state. */
    public Cda withoutContacts() {
        return new Cda(
                id,
                name,
                stateCode,
                speciality,
                employer,
                null,
                null,
                currentClusters,
                trainings,
                earlyDepartures,
                version);
    }
}
