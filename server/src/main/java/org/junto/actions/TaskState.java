package org.junto.actions;

import java.util.Locale;
import org.junto.core.JuntoException;

/** Where a task stands: open → claimed → done, or cancelled; done and cancelled tasks can be reopened. */
public enum TaskState {
    OPEN,
    CLAIMED,
    DONE,
    CANCELLED;

    public String api() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskState fromApi(String value) {
        for (TaskState s : values()) {
            if (s.api().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        throw JuntoException.invalid("Validation failed: state must be open, claimed, done or cancelled");
    }
}
