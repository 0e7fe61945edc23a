package org.junto.streaming;

import java.util.Objects;

/**
 * One delivery to one subscriber, already filtered for that subscriber by the visibility policy. {@code event} is
 * Mastodon's event name and {@code subjectId} the id its payload is rendered from:
 *
 * <ul>
 *   <li>{@code update}: a status (or boost) id, rendered as a Status for the subscriber;
 *   <li>{@code status.update}: an edited status id, rendered as a Status;
 *   <li>{@code delete}: a deleted status id, sent as the bare id;
 *   <li>{@code notification}: a notification id, rendered as a Notification;
 *   <li>{@code conversation}: a direct conversation id, rendered as a Conversation;
 *   <li>{@code junto.counts}: a status whose favourite/boost/reply counts changed; Junto's web app refreshes the
 *       counts it shows, the Mastodon streaming door does not send it (Mastodon has no such event);
 *   <li>{@code junto.task}: a task id that was made or changed; the web app's boards and task pages reload what they
 *       show. Only those who may see the task receive it; the Mastodon door does not send it.
 * </ul>
 *
 * {@code delivery} is shared by all the events one bus message produced, so that doors render a payload once for
 * all its recipients; it is not part of the event's identity.
 */
public record StreamEvent(Stream stream, String event, long subjectId, Delivery delivery) {

    public StreamEvent {
        Objects.requireNonNull(delivery, "delivery");
    }

    /** An event on its own, sharing nothing with others. */
    public StreamEvent(Stream stream, String event, long subjectId) {
        this(stream, event, subjectId, Delivery.unlisted());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamEvent e
                && subjectId == e.subjectId
                && stream.equals(e.stream)
                && event.equals(e.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stream, event, subjectId);
    }

    @Override
    public String toString() {
        return "StreamEvent[stream=" + stream + ", event=" + event + ", subjectId=" + subjectId + "]";
    }
}
