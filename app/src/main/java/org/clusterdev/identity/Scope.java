package org.clusterdev.identity;

import java.util.Objects;

/**
 * Where a role applies: the whole nation, one state (LGD code), one agency or one cluster (their ids).
 *
 * @param type the kind of scope
 * @param reference empty for the nation, otherwise the code or id of the state, agency or cluster
 */
public record Scope(ScopeType type, String reference) implements java.io.Serializable {

    public Scope {
        Objects.requireNonNull(type, "scope type");
        reference = reference == null ? "" : reference.strip();
        if (type == ScopeType.NATION && !reference.isEmpty()) {
            throw new IllegalArgumentException("a national scope has no reference");
        }
        if (type != ScopeType.NATION && reference.isEmpty()) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase() + " scope needs a code or id");
        }
    }

    /** The whole country. */
    public static Scope nation() {
        return new Scope(ScopeType.NATION, "");
    }

    /** One state or union territory, by its LGD code. */
    public static Scope state(int lgdCode) {
        return new Scope(ScopeType.STATE, Integer.toString(lgdCode));
    }

    /** The kinds of scope, from widest to narrowest. */
    public enum ScopeType {
        NATION,
        STATE,
        AGENCY,
        CLUSTER
    }
}
