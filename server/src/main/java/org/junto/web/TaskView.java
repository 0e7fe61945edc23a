package org.junto.web;

import java.util.List;
import java.util.Locale;
import org.junto.actions.ActionKind;

/**
 * A task as the pages show it, for one viewer: its people, its due date read in the viewer's time zone, where it
 * lives and where its thread is, and the transitions this viewer may make (the buttons).
 */
public record TaskView(
        long id,
        String title,
        String state,
        Person creator,
        List<Person> assignees,
        Person claimedBy,
        Due due,
        GroupView group,
        String threadPath,
        List<String> tags,
        List<Button> transitions) {

    /** A transition the viewer may make: its path segment ({@code claim} …) and the button's words. */
    public record Button(String tag, String label) {
        static Button of(ActionKind kind) {
            return new Button(kind.tag(), TaskView.label(kind));
        }
    }

    /** A board column: the state, its heading, and its tasks. */
    public record Column(String state, String label, List<TaskView> tasks) {}

    /**
     * A due date: the day as its creator set it, and the moment that day ends shown in the viewer's time zone, with
     * whether the task is overdue.
     */
    public record Due(String day, String iso, String endsForViewer, String zone, boolean overdue) {}

    public String path() {
        return "/tasks/" + id;
    }

    public boolean active() {
        return state.equals("open") || state.equals("claimed");
    }

    public String stateLabel() {
        return stateLabel(state);
    }

    /** The button's words per transition. */
    static String label(ActionKind kind) {
        return switch (kind) {
            case CLAIM -> "Claim";
            case DONE -> "Done";
            case DROP -> "Drop";
            case REOPEN -> "Reopen";
            case CANCEL -> "Cancel task";
            default -> kind.tag();
        };
    }

    public static String stateLabel(String state) {
        return state.substring(0, 1).toUpperCase(Locale.ROOT) + state.substring(1);
    }
}
