package org.junto.streaming.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junto.actions.Tasks;
import org.junto.notifications.Notifications;
import org.junto.social.Blocks;
import org.junto.statuses.Status;
import org.junto.statuses.StatusVisibility;
import org.junto.statuses.Statuses;
import org.junto.statuses.Tags;
import org.junto.streaming.BusMessage;
import org.junto.streaming.Delivery;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamBus;
import org.junto.streaming.internal.LocalSubscriptions.Sub;
import org.junto.timelines.Timelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Turns each bus message into deliveries to this node's subscribers, on its own thread so that neither the bus nor
 * the posting path waits. Who receives what is asked of the same queries the REST reads use: the home timeline's for
 * the user stream, the public and hashtag timelines' for those streams, the notification and conversation reads for
 * theirs, and the visibility policy for count changes. Each question is one query for all the viewers at once.
 */
@Component
class Deliveries implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int CHUNK = 500;
    private static final int QUEUE_LIMIT = 10_000;
    /** How far up a reply's ancestors the thread pages showing it are looked for. */
    private static final int MAX_THREAD_DEPTH = 64;

    private final LocalSubscriptions subscriptions;
    private final Timelines timelines;
    private final StatusVisibility visibility;
    private final Statuses statuses;
    private final Tags tags;
    private final Notifications notifications;
    private final Blocks blocks;
    private final Tasks tasks;
    /**
     * One thread, so that each node delivers in bus order; its queue is bounded so that a burst the node cannot keep
     * up with costs dropped live events (clients catch up through REST), not memory.
     */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_LIMIT),
            Thread.ofVirtual().name("junto-stream-deliveries").factory(),
            (message, executor) -> {
                if (!executor.isShutdown()) {
                    dropped();
                }
            });

    private final AtomicLong droppedCount = new AtomicLong();

    Deliveries(
            StreamBus bus,
            LocalSubscriptions subscriptions,
            Timelines timelines,
            StatusVisibility visibility,
            Statuses statuses,
            Tags tags,
            Notifications notifications,
            Blocks blocks,
            Tasks tasks) {
        this.subscriptions = subscriptions;
        this.timelines = timelines;
        this.visibility = visibility;
        this.statuses = statuses;
        this.tags = tags;
        this.notifications = notifications;
        this.blocks = blocks;
        this.tasks = tasks;
        bus.subscribe(message -> worker.execute(() -> resolve(message)));
    }

    private void dropped() {
        long dropped = droppedCount.incrementAndGet();
        if (Long.bitCount(dropped) == 1) {
            log.warn("Stream deliveries are {} messages behind; {} live events dropped so far", QUEUE_LIMIT, dropped);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    private void resolve(BusMessage message) {
        try {
            List<Sub> subs = subscriptions.active();
            if (subs.isEmpty()) {
                return;
            }
            switch (message.kind()) {
                case POSTED -> posted(subs, message.subjectId(), "update");
                case EDITED -> posted(subs, message.subjectId(), "status.update");
                case DELETED -> deleted(subs, message.subjectId(), message.accountId());
                case NOTIFIED -> notified(subs, message.subjectId(), message.accountId());
                case CONVERSATION -> conversation(subs, message.subjectId(), message.accountId());
                case COUNTS -> counts(subs, message.subjectId());
                case TASK -> task(subs, message.subjectId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not deliver {}", message, e);
        }
    }

    private void posted(List<Sub> subs, long statusId, String event) {
        Status status = statuses.byId(statusId).orElse(null);
        if (status == null) {
            return;
        }
        List<Batch> batches = new ArrayList<>();
        List<Sub> home = listening(subs, s -> s.viewer != null && s.has("user"));
        batches.add(admitted(home, viewers -> timelines.homeAudience(statusId, viewers), Stream.of("user")));
        for (String name : List.of("public", "public:local")) {
            List<Sub> listening = listening(subs, s -> s.has(name));
            batches.add(
                    admitted(listening, viewers -> timelines.publicAudience(statusId, null, viewers), Stream.of(name)));
        }
        List<Tags.Tag> statusTags = tags.ofStatuses(List.of(statusId)).getOrDefault(statusId, List.of());
        for (Tags.Tag tag : statusTags) {
            for (boolean local : new boolean[] {false, true}) {
                Stream stream = Stream.hashtag(tag.name(), local);
                List<Sub> listening = listening(subs, s -> s.has(stream));
                batches.add(admitted(
                        listening, viewers -> timelines.publicAudience(statusId, stream.tag(), viewers), stream));
            }
        }
        if (!status.isReblog() && subs.stream().anyMatch(s -> s.has("group"))) {
            for (long collective : timelines.collectivesShowing(statusId)) {
                batches.add(webStream(statusId, subs, Stream.group(collective)));
            }
        }
        if (!status.isReblog() && subs.stream().anyMatch(s -> s.has("thread"))) {
            Long parent = status.inReplyToId();
            for (int depth = 0; parent != null && depth < MAX_THREAD_DEPTH; depth++) {
                batches.add(webStream(statusId, subs, Stream.thread(parent)));
                parent = statuses.byId(parent).map(Status::inReplyToId).orElse(null);
            }
        }
        send(batches, event, statusId);
        if (event.equals("update") && status.isReblog()) {
            counts(subs, status.reblogOfId());
        } else if (event.equals("update") && status.inReplyToId() != null) {
            counts(subs, status.inReplyToId());
        }
    }

    /** The subscribers admitted to one stream's share of a delivery. */
    private record Batch(Stream stream, List<Sub> receivers) {}

    /**
     * Sends one event to every admitted subscriber, all sharing one {@link Delivery}: it lists every signed-in
     * recipient, so a door can render the payload once for all of them. Audiences are all resolved before the first
     * send, so the door sees the whole list.
     */
    private static void send(List<Batch> batches, String event, long subjectId) {
        Set<Long> viewers = new HashSet<>();
        for (Batch batch : batches) {
            for (Sub sub : batch.receivers()) {
                if (sub.viewer != null) {
                    viewers.add(sub.viewer);
                }
            }
        }
        Delivery delivery = Delivery.to(viewers);
        for (Batch batch : batches) {
            for (Sub sub : batch.receivers()) {
                sub.deliver(batch.stream(), event, subjectId, delivery);
            }
        }
    }

    private static List<Sub> listening(List<Sub> subs, Predicate<Sub> test) {
        List<Sub> listening = new ArrayList<>();
        for (Sub s : subs) {
            if (test.test(s)) {
                listening.add(s);
            }
        }
        return listening;
    }

    /**
     * A deleted status can no longer be checked against the policy; its id alone is sent, as Mastodon does, to every
     * timeline stream except those of people in a block with its author.
     */
    private void deleted(List<Sub> subs, long statusId, long authorId) {
        Set<Long> blocked = blocks.eitherWay(authorId);
        Delivery delivery = Delivery.unlisted();
        for (Sub sub : subs) {
            if (sub.viewer != null && blocked.contains(sub.viewer)) {
                continue;
            }
            for (Stream stream : sub.streams()) {
                if (!stream.name().equals("user:notification")) {
                    sub.deliver(stream, "delete", statusId, delivery);
                }
            }
        }
    }

    private void notified(List<Sub> subs, long notificationId, long recipientId) {
        List<Sub> mine =
                subs.stream().filter(s -> Objects.equals(s.viewer, recipientId)).toList();
        if (mine.isEmpty() || notifications.byId(recipientId, notificationId).isEmpty()) {
            return;
        }
        Delivery delivery = Delivery.to(List.of(recipientId));
        for (Sub sub : mine) {
            for (String name : List.of("user", "user:notification")) {
                sub.deliver(Stream.of(name), "notification", notificationId, delivery);
            }
        }
    }

    private void conversation(List<Sub> subs, long conversationId, long accountId) {
        Stream direct = Stream.of("direct");
        Delivery delivery = Delivery.to(List.of(accountId));
        subs.stream()
                .filter(s -> Objects.equals(s.viewer, accountId))
                .forEach(s -> s.deliver(direct, "conversation", conversationId, delivery));
    }

    /** Junto's own event: once per subscription that may see the status, on its first timeline stream. */
    private void counts(List<Sub> subs, long statusId) {
        List<Sub> timelineSubs =
                subs.stream().filter(s -> firstTimelineStream(s) != null).toList();
        Set<Long> allowed = audience(timelineSubs, viewers -> {
            Set<Long> seen = new HashSet<>(visibility.audience(
                    statusId, viewers.stream().filter(Objects::nonNull).toList()));
            if (viewers.contains(null) && visibility.canSee(null, statusId)) {
                seen.add(null);
            }
            return seen;
        });
        Delivery delivery =
                Delivery.to(allowed.stream().filter(Objects::nonNull).toList());
        for (Sub sub : timelineSubs) {
            if (allowed.contains(sub.viewer)) {
                sub.deliver(firstTimelineStream(sub), "junto.counts", statusId, delivery);
            }
        }
    }

    /** Junto's own event: once per subscription whose viewer may see the task (the task rule, not the post's). */
    private void task(List<Sub> subs, long taskId) {
        List<Sub> timelineSubs =
                subs.stream().filter(s -> firstTimelineStream(s) != null).toList();
        Set<Long> allowed = audience(timelineSubs, viewers -> {
            Set<Long> seen = new HashSet<>(tasks.audience(
                    taskId, viewers.stream().filter(Objects::nonNull).toList()));
            if (viewers.contains(null) && tasks.visible(taskId, null).isPresent()) {
                seen.add(null);
            }
            return seen;
        });
        Delivery delivery =
                Delivery.to(allowed.stream().filter(Objects::nonNull).toList());
        for (Sub sub : timelineSubs) {
            if (allowed.contains(sub.viewer)) {
                sub.deliver(firstTimelineStream(sub), "junto.task", taskId, delivery);
            }
        }
    }

    private static Stream firstTimelineStream(Sub sub) {
        return sub.streams().stream()
                .filter(s -> !s.name().equals("user:notification"))
                .findFirst()
                .orElse(null);
    }

    /** To the subscriptions of one web stream (a group's page, a thread's), those who may see the status. */
    private Batch webStream(long statusId, List<Sub> subs, Stream stream) {
        return admitted(listening(subs, s -> s.has(stream)), viewers -> timelines.audience(statusId, viewers), stream);
    }

    private static Batch admitted(
            List<Sub> listening, Function<Collection<Long>, Set<Long>> audienceQuery, Stream stream) {
        if (listening.isEmpty()) {
            return new Batch(stream, List.of());
        }
        Set<Long> allowed = audience(listening, audienceQuery);
        return new Batch(stream, listening(listening, s -> allowed.contains(s.viewer)));
    }

    /** Asks {@code query} about the subscribers' distinct viewers (null for anonymous ones), in chunks. */
    private static Set<Long> audience(List<Sub> subs, Function<Collection<Long>, Set<Long>> query) {
        Set<Long> viewers = new HashSet<>();
        subs.forEach(s -> viewers.add(s.viewer));
        List<Long> all = new ArrayList<>(viewers);
        Set<Long> allowed = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            allowed.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return allowed;
    }
}
