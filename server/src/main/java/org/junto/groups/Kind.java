package org.junto.groups;

import java.util.Locale;

/** The two kinds of collective, stored by their lower-case name; each is an account of its ActivityStreams type. */
public enum Kind {
    GROUP("Group"),
    ORGANIZATION("Organization");

    private final String actorType;

    Kind(String actorType) {
        this.actorType = actorType;
    }

    public String actorType() {
        return actorType;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
