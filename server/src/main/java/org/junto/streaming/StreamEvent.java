package org.junto.streaming;

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
 */
public record StreamEvent(Stream stream, String event, long subjectId) {}
