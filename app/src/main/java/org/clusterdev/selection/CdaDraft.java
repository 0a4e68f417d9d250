package org.clusterdev.selection;

/**
 * What a user enters to register a CDA; blank text counts as absent.
 *
 * @param stateCode the LGD code of the state the CDA works in
 * @param employer the government organisation or private firm the CDA comes from (seed 004 §3.7)
 */
public record CdaDraft(
        String name,
        int stateCode,
        CdaSpeciality speciality,
        String employer,
        String contactEmail,
        String contactPhone) {

    /**
     * Refuses a draft without a name or speciality, or with a malformed contact.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public CdaDraft {
        name = Texts.required("name", name, 200);
        if (speciality == null) {
            throw new IllegalArgumentException("speciality: choose networking or technical");
        }
        employer = Texts.optional("employer", employer, 200);
        contactEmail = Texts.optional("contactEmail", contactEmail, 200);
        contactPhone = Texts.optional("contactPhone", contactPhone, 40);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("contactEmail: '" + contactEmail + "' is not an e-mail address");
        }
        if (contactPhone != null && !contactPhone.matches("[+0-9 ()-]{6,40}")) {
            throw new IllegalArgumentException("contactPhone: a phone number has digits, spaces, +, - and ()");
        }
    }
}
