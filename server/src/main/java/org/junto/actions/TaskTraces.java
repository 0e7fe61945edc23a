package org.junto.actions;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.stereotype.Component;

/**
 * Posts the message that shows a change made from the web or the API in the task's thread ("✅ done: …"), as a reply
 * by the actor to the task's origin with the origin's visibility, so every Mastodon client sees progress. In a
 * followers-only or direct thread the reply mentions the task's people, or they could not see it. The texts carry no
 * action tags, so posting them acts on nothing.
 */
@Component
class TaskTraces {
    private static final int TITLE_IN_TRACE = 300;
    private final PostStatusService posting;
    private final Statuses statuses;
    private final Accounts accounts;

    TaskTraces(PostStatusService posting, Statuses statuses, Accounts accounts) {
        this.posting = posting;
        this.statuses = statuses;
        this.accounts = accounts;
    }

    static String label(String change) {
        return switch (change) {
            case "claim" -> "🙋 claimed";
            case "done" -> "✅ done";
            case "drop" -> "↩️ dropped";
            case "reopen" -> "🔁 reopened";
            case "cancel" -> "🚫 cancelled";
            case "assigned" -> "👤 assigned";
            case "due" -> "📅 due date changed";
            default -> change;
        };
    }

    /** Posts the trace of {@code change} by {@code actorId}; {@code extra} follows the label ("to @ana", a date). */
    Status post(long actorId, Task task, String change, String extra, Collection<Long> alsoMention) {
        Status origin = statuses.byId(task.originStatusId()).orElse(null);
        Visibility visibility = origin == null ? Visibility.PRIVATE : origin.visibility();
        Set<Long> mention = new LinkedHashSet<>(alsoMention);
        if (visibility == Visibility.PRIVATE || visibility == Visibility.DIRECT) {
            mention.add(task.creatorId());
            mention.addAll(task.assigneeIds());
        }
        mention.remove(actorId);
        String handles = accounts.byIds(mention).values().stream()
                .map(Account::username)
                .sorted()
                .map(u -> "@" + u)
                .collect(Collectors.joining(" "));
        String title =
                task.title().length() > TITLE_IN_TRACE ? task.title().substring(0, TITLE_IN_TRACE) + "…" : task.title();
        String text = label(change) + (extra == null || extra.isBlank() ? "" : " " + extra) + ": " + title
                + (handles.isEmpty() ? "" : " " + handles);
        return posting.post(
                actorId,
                new PostStatusService.NewStatus(
                        text, null, visibility, null, null, origin == null ? null : origin.id(), null, null));
    }
}
