package org.clusterdev.registry;

import java.util.Optional;

/**
 * What a directory search asks for; every filter is optional and they combine with AND. The same record
 * drives the directory page, the map, the exports and the API, so they always show the same clusters.
 *
 * @param text words matched against name, product and places, ignoring case and small misspellings
 * @param stateCode LGD state code
 * @param districtCode district code
 * @param typology a typology code; {@code MICRO} also matches its children (handloom, handicraft, other)
 * @param nic a NIC code or prefix (2 to 5 digits) matched against the cluster's main and other NIC codes
 * @param status IDENTIFIED, VALIDATED, UNDER_INTERVENTION or GRADUATED
 * @param minEnterprises at least this many enterprises in the latest figures
 * @param maxEnterprises at most this many enterprises in the latest figures
 * @param bbox only clusters whose point lies in this box
 */
public record ClusterSearch(
        Optional<String> text,
        Optional<Integer> stateCode,
        Optional<Integer> districtCode,
        Optional<String> typology,
        Optional<String> nic,
        Optional<String> status,
        Optional<Integer> minEnterprises,
        Optional<Integer> maxEnterprises,
        Optional<BoundingBox> bbox) {

    public ClusterSearch {
        text = text.map(String::strip).filter(value -> !value.isEmpty());
        typology = typology.map(String::strip).filter(value -> !value.isEmpty());
        status = status.map(String::strip).filter(value -> !value.isEmpty());
        nic = nic.map(String::strip).filter(value -> !value.isEmpty());
        if (nic.isPresent() && !nic.get().matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException("nic: a NIC code or prefix has 2 to 5 digits");
        }
        if (minEnterprises.isPresent() && maxEnterprises.isPresent() && minEnterprises.get() > maxEnterprises.get()) {
            throw new IllegalArgumentException("minEnterprises: the minimum is larger than the maximum");
        }
    }

    /** No filter at all: every cluster. */
    public static ClusterSearch everything() {
        return new ClusterSearch(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The same search for these words. */
    public ClusterSearch withText(String words) {
        return new ClusterSearch(
                Optional.of(words),
                stateCode,
                districtCode,
                typology,
                nic,
                status,
                minEnterprises,
                maxEnterprises,
                bbox);
    }

    /** The same search within one state, by LGD code. */
    public ClusterSearch withState(int lgdCode) {
        return new ClusterSearch(
                text, Optional.of(lgdCode), districtCode, typology, nic, status, minEnterprises, maxEnterprises, bbox);
    }

    /** The same search limited to a box, as OGC API - Features asks with {@code bbox}. */
    public ClusterSearch within(BoundingBox box) {
        return new ClusterSearch(
                text, stateCode, districtCode, typology, nic, status, minEnterprises, maxEnterprises, Optional.of(box));
    }

    /**
     * A longitude/latitude box in WGS 84 degrees.
     *
     * @throws IllegalArgumentException when a corner is out of range or the box is inverted
     */
    public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

        public BoundingBox {
            if (minLatitude < -90 || maxLatitude > 90 || minLongitude < -180 || maxLongitude > 180) {
                throw new IllegalArgumentException("bbox: corners must be longitudes -180..180 and latitudes -90..90");
            }
            if (minLatitude > maxLatitude || minLongitude > maxLongitude) {
                throw new IllegalArgumentException("bbox: give minLon,minLat,maxLon,maxLat with min <= max");
            }
        }
    }
}
