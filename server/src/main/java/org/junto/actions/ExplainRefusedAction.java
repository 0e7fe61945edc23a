package org.junto.actions;

import java.util.List;
import org.junto.jobs.EventHandler;
import org.junto.statuses.Statuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a post why its action did not apply, in a direct reply from the actions bot. A retried job finds
 * the bot's reply already there and posts no second one.
 */
@Component
class ExplainRefusedAction implements EventHandler<ActionRefused> {
    private final ActionsBot bot;
    private final Statuses statuses;
    private final JdbcClient db;

    ExplainRefusedAction(ActionsBot bot, Statuses statuses, JdbcClient db) {
        this.bot = bot;
        this.statuses = statuses;
        this.db = db;
    }

    @Override
    public Class<ActionRefused> eventType() {
        return ActionRefused.class;
    }

    @Override
    public void handle(ActionRefused event) {
        if (statuses.byId(event.statusId()).isEmpty() || alreadyAnswered(event.statusId())) {
            return;
        }
        bot.tell(event.statusId(), List.of(event.authorId()), "Your post was kept, but " + event.reason() + ".");
    }

    private boolean alreadyAnswered(long statusId) {
        return db.sql("SELECT COUNT(*) FROM statuses WHERE in_reply_to_id = ? AND account_id = ?")
                        .params(statusId, bot.id())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
