package org.junto.actions;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The reserved hashtags and what each asks for. Only a hashtag acts: the bare word "need" in a sentence does not. */
public enum ActionKind {
    TODO,
    CLAIM,
    DONE,
    DROP,
    REOPEN,
    CANCEL,
    OFFER,
    NEED,
    ACCEPT,
    WITHDRAW;

    private static final Map<String, ActionKind> TAGS = Map.ofEntries(
            Map.entry("todo", TODO),
            Map.entry("task", TODO),
            Map.entry("claim", CLAIM),
            Map.entry("done", DONE),
            Map.entry("drop", DROP),
            Map.entry("reopen", REOPEN),
            Map.entry("cancel", CANCEL),
            Map.entry("offer", OFFER),
            Map.entry("need", NEED),
            Map.entry("accept", ACCEPT),
            Map.entry("withdraw", WITHDRAW));

    /** The hashtag that records gratitude; it may stand beside any other action. */
    public static final String THANKS = "thanks";

    /** The kind a hashtag name (without '#', already normalised) stands for. */
    static Optional<ActionKind> ofTag(String name) {
        return Optional.ofNullable(TAGS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** True for the kinds that act on a task through a reply to its thread. */
    public boolean isTransition() {
        return this == CLAIM || this == DONE || this == DROP || this == REOPEN || this == CANCEL;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
