package org.clusterdev.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one job; appears in its address ({@code /jobs/{id}}) and as a plain string in JSON.
 *
 * @param value the job's UUID, never null
 */
public record JobId(@JsonValue UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh, random id. */
    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
