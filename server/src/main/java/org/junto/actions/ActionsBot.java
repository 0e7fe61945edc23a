package org.junto.actions;

import java.util.Collection;
import java.util.stream.Collectors;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.SystemAccounts;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.junto.statuses.StatusVisibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's voice in threads: a bot account that answers with a direct reply mentioning the people concerned. A
 * mention is the one notification every Mastodon client shows, so this is how an author learns why an action did not
 * apply and an assignee that a task is due (see docs/decisions/0015). Its texts carry no action tags.
 */
@Component
class ActionsBot {
    private final SystemAccounts system;
    private final PostStatusService posting;
    private final StatusVisibility visibility;
    private final Accounts accounts;
    private final String username;

    ActionsBot(
            SystemAccounts system,
            PostStatusService posting,
            StatusVisibility visibility,
            Accounts accounts,
            @Value("${junto.actions.bot-username:actions}") String username) {
        this.system = system;
        this.posting = posting;
        this.visibility = visibility;
        this.accounts = accounts;
        this.username = username;
    }

    long id() {
        return system.idOf("actions-bot", username, "Junto actions");
    }

    boolean is(long accountId) {
        return idIfMade().map(id -> id == accountId).orElse(false);
    }

    /** The bot's id if it exists yet, without making it. */
    java.util.Optional<Long> idIfMade() {
        return system.find("actions-bot");
    }

    /** A direct reply to {@code statusId} (when it still exists) telling {@code recipients} {@code message}. */
    Status tell(Long statusId, Collection<Long> recipients, String message) {
        String handles = accounts.byIds(recipients).values().stream()
                .map(Account::username)
                .sorted()
                .map(u -> "@" + u)
                .collect(Collectors.joining(" "));
        long bot = id();
        // A followers-only or direct post the bot cannot see gets a direct message that does not reply to it.
        Long replyTo = statusId == null || !visibility.canSee(bot, statusId) ? null : statusId;
        String text = handles + " " + message;
        if (text.length() > PostStatusService.MAX_CHARACTERS) {
            text = text.substring(0, PostStatusService.MAX_CHARACTERS - 1) + "…";
        }
        return posting.post(
                bot, new PostStatusService.NewStatus(text, null, Visibility.DIRECT, null, null, replyTo, null, null));
    }
}
