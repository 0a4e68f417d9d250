package org.clusterdev.selection;

/**
 * What a user enters to register or change an agency; blank text counts as absent.
 *
 * @param stateCode the LGD code of the state it is based in
 * @param trainedPersons staff trained in the cluster development methodology (seed 004 §3.5 asks for at least two)
 */
public record AgencyDraft(
        String name,
        AgencyKind kind,
        int stateCode,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        int trainedPersons) {

    /**
     * Refuses a draft without a name or kind, with a malformed e-mail address or a negative count.
     *
     * @throws IllegalArgumentException "field: reason"
     */
    public AgencyDraft {
        name = Texts.required("name", name, 200);
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose implementing agency or resource organisation");
        }
        contactPerson = Texts.optional("contactPerson", contactPerson, 200);
        contactEmail = Texts.optional("contactEmail", contactEmail, 200);
        contactPhone = Texts.optional("contactPhone", contactPhone, 40);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("contactEmail: '" + contactEmail + "' is not an e-mail address");
        }
        if (contactPhone != null && !contactPhone.matches("[+0-9 ()-]{6,40}")) {
            throw new IllegalArgumentException("contactPhone: a phone number has digits, spaces, +, - and ()");
        }
        if (trainedPersons < 0) {
            throw new IllegalArgumentException("trainedPersons: cannot be negative");
        }
    }
}
