package org.clusterdev.engine.firms;

/**
 * One enterprise record, for callers that build a {@link Firms} table row by row. Text fields that are unknown
 * are empty strings; weights that do not apply are 0.
 *
 * @param id the firm's identifier, not empty
 * @param latitude degrees north, -90..90
 * @param longitude degrees east, -180..180
 * @param nic the NIC-2008 code, 2 to 5 digits
 * @param employment persons employed, at least 0
 * @param turnoverInr annual turnover in rupees, at least 0
 * @param exportsInr annual exports in rupees, at least 0
 * @param artisans artisans, at least 0
 * @param looms looms, at least 0
 * @param families families, at least 0
 * @param pin the six-digit PIN code, or 0 when unknown
 * @param district the district's name, or empty
 * @param state the state's name, or empty
 * @param product the local name of the firm's product, or empty
 * @throws IllegalArgumentException when a field is out of range; the message starts with the field's name
 */
public record Firm(
        String id,
        double latitude,
        double longitude,
        String nic,
        double employment,
        double turnoverInr,
        double exportsInr,
        double artisans,
        double looms,
        double families,
        int pin,
        String district,
        String state,
        String product) {

    public Firm {
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be empty");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("lat: must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("lon: must be between -180 and 180, was " + longitude);
        }
        if (!isNicCode(nic)) {
            throw new IllegalArgumentException("nic: a NIC code has 2 to 5 digits, was '" + nic + "'");
        }
        requireAmount("employment", employment);
        requireAmount("turnover_inr", turnoverInr);
        requireAmount("exports_inr", exportsInr);
        requireAmount("artisans", artisans);
        requireAmount("looms", looms);
        requireAmount("families", families);
        if (pin != 0 && (pin < 100000 || pin > 999999)) {
            throw new IllegalArgumentException("pin: a PIN code has six digits, was " + pin);
        }
    }

    /** A firm with the seven required fields; no weights, PIN, place or product. */
    public static Firm of(
            String id,
            double latitude,
            double longitude,
            String nic,
            double employment,
            double turnoverInr,
            double exportsInr) {
        return new Firm(id, latitude, longitude, nic, employment, turnoverInr, exportsInr, 0, 0, 0, 0, "", "", "");
    }

    /** This firm with the given weights. */
    public Firm withWeights(double artisans, double looms, double families) {
        return new Firm(
                id,
                latitude,
                longitude,
                nic,
                employment,
                turnoverInr,
                exportsInr,
                artisans,
                looms,
                families,
                pin,
                district,
                state,
                product);
    }

    /** This firm in the given district and state. */
    public Firm withPlace(String district, String state) {
        return new Firm(
                id,
                latitude,
                longitude,
                nic,
                employment,
                turnoverInr,
                exportsInr,
                artisans,
                looms,
                families,
                pin,
                district,
                state,
                product);
    }

    /** This firm with the given local product name. */
    public Firm withProduct(String product) {
        return new Firm(
                id,
                latitude,
                longitude,
                nic,
                employment,
                turnoverInr,
                exportsInr,
                artisans,
                looms,
                families,
                pin,
                district,
                state,
                product);
    }

    /** Whether a text is a NIC code: 2 to 5 ASCII digits. */
    public static boolean isNicCode(String nic) {
        if (nic.length() < 2 || nic.length() > 5) {
            return false;
        }
        for (int i = 0; i < nic.length(); i++) {
            if (nic.charAt(i) < '0' || nic.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireAmount(String field, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + ": must be a number of at least 0, was " + value);
        }
    }
}
