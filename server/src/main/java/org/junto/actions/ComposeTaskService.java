package org.junto.actions;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.TimeZones;
import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a task from the web or the API the way a Mastodon client would: by posting {@code #todo title @assignee
 * due:date}. The one path through the grammar keeps both doors identical, and the post is the task's thread. A title
 * that would read differently in a post (an action tag, a {@code due:} in it) is refused before anything is written.
 */
@Service
public class ComposeTaskService {
    private final PostStatusService posting;
    private final Accounts accounts;
    private final TimeZones timeZones;
    private final Tasks tasks;

    ComposeTaskService(PostStatusService posting, Accounts accounts, TimeZones timeZones, Tasks tasks) {
        this.posting = posting;
        this.accounts = accounts;
        this.timeZones = timeZones;
        this.tasks = tasks;
    }

    public record NewTask(String title, List<Long> assigneeIds, String due, Visibility visibility, Long inReplyToId) {}

    @Transactional
    public Task create(long actor, NewTask request) {
        String text = text(actor, request);
        Status post = posting.post(
                actor,
                new PostStatusService.NewStatus(
                        text, null, request.visibility(), null, null, request.inReplyToId(), null, null));
        return of(post);
    }

    /** The task {@code post} made; refused if the post made none (it always does when its text came from here). */
    public Task of(Status post) {
        return tasks.byPost(post.id())
                .filter(t -> t.originStatusId() == post.id())
                .orElseThrow(() -> JuntoException.invalid("Validation failed: the task could not be created"));
    }

    /**
     * The post that makes the task ({@code #todo title @assignee due:date}), checked to read back as the same task;
     * refused (422) when the title, assignees or due date would not.
     */
    public String text(long actor, NewTask request) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw JuntoException.invalid("Validation failed: title can't be blank");
        }
        LocalDate today = LocalDate.now(timeZones.of(actor));
        LocalDate due = request.due() == null || request.due().isBlank()
                ? null
                : TaskService.readDue(request.due(), timeZones.of(actor));
        String text = "#todo " + title + handles(request.assigneeIds()) + (due == null ? "" : " due:" + due);
        ParsedAction reading = ActionGrammar.read(text, today);
        if (reading.kind() != ActionKind.TODO
                || reading.refused()
                || reading.thanks()
                || !reading.title()
                        .startsWith(title.replaceAll("\\s+", " ").replaceAll("^[\\s:;,|–—-]+|[\\s:;,|–—-]+$", ""))) {
            throw JuntoException.invalid(
                    "Validation failed: title must not contain action hashtags (#done, #thanks …) or due:");
        }
        return text;
    }

    private String handles(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        Set<Long> unique = new LinkedHashSet<>(ids);
        Map<Long, Account> found = accounts.byIds(unique);
        if (found.size() != unique.size()) {
            throw JuntoException.invalid("Validation failed: assignee_ids names an unknown account");
        }
        StringBuilder out = new StringBuilder();
        for (long id : unique) {
            out.append(" @").append(found.get(id).username());
        }
        return out.toString();
    }
}
