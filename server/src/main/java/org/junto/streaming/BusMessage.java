package org.junto.streaming;

/**
 * What travels on the {@link StreamBus} between nodes: ids only. Each node works out from them, against the
 * database, which of its own subscribers may receive what.
 *
 * <ul>
 *   <li>{@code POSTED}: status {@code subjectId} by {@code accountId} is in its home feeds (new status or boost);
 *   <li>{@code EDITED}: status {@code subjectId} by {@code accountId} was edited;
 *   <li>{@code DELETED}: status {@code subjectId} by {@code accountId} is gone;
 *   <li>{@code NOTIFIED}: notification {@code subjectId} for {@code accountId} was stored;
 *   <li>{@code CONVERSATION}: {@code accountId}'s direct conversation {@code subjectId} changed;
 *   <li>{@code COUNTS}: status {@code subjectId}'s favourite, boost or reply count changed;
 *   <li>{@code TASK}: task {@code subjectId} was made or changed by {@code accountId}.
 * </ul>
 */
public record BusMessage(Kind kind, long subjectId, long accountId) {
    public enum Kind {
        POSTED,
        EDITED,
        DELETED,
        NOTIFIED,
        CONVERSATION,
        COUNTS,
        TASK
    }

    /** A compact text form for buses that carry strings (Redis). */
    public String encode() {
        return kind.name() + ' ' + subjectId + ' ' + accountId;
    }

    public static BusMessage decode(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a bus message: " + text);
        }
        return new BusMessage(Kind.valueOf(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }
}
