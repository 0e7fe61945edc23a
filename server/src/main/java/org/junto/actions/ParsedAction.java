package org.junto.actions;

import java.time.LocalDate;
import java.util.List;

/**
 * What one post asks for, read by {@link ActionGrammar}: at most one main action ({@code kind}, null for none) and
 * gratitude ({@code thanks}) beside it. {@code problem} says why the main action cannot apply (an unreadable or past
 * due date, no title); the post is kept either way and its author is told.
 */
public record ParsedAction(
        ActionKind kind, String title, LocalDate due, List<String> topics, boolean thanks, String problem) {

    public static final ParsedAction NONE = new ParsedAction(null, "", null, List.of(), false, null);

    public boolean acts() {
        return kind != null || thanks;
    }

    public boolean refused() {
        return problem != null;
    }
}
