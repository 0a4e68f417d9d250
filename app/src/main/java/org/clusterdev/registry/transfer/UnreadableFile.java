package org.clusterdev.registry.transfer;

/** A file that is not a CSV or XLSX table at all; the key names the reason in the message bundles. */
final class UnreadableFile extends Exception {

    private final String reasonKey;

    UnreadableFile(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
