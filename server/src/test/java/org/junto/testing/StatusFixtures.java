package org.junto.testing;

import org.junto.core.Visibility;
import org.junto.statuses.EditStatusService;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.junto.statuses.StatusInteractions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statuses and interactions made through the statuses module's own services, for tests of what reacts to them
 * (notifications, conversations, feeds), and a few direct settings that have no API in this module's reach. Built
 * from the running context rather than imported, so tests using it share the one server of {@link ApiTest}.
 */
public class StatusFixtures {
    private final PostStatusService posting;
    private final EditStatusService editing;
    private final StatusInteractions interactions;
    private final JdbcClient db;

    public StatusFixtures(ApplicationContext context) {
        this.posting = context.getBean(PostStatusService.class);
        this.editing = context.getBean(EditStatusService.class);
        this.interactions = context.getBean(StatusInteractions.class);
        this.db = context.getBean(JdbcClient.class);
    }

    public Status post(Fixtures.TestUser author, String text) {
        return post(author, text, Visibility.PUBLIC);
    }

    public Status post(Fixtures.TestUser author, String text, Visibility visibility) {
        return posting.post(
                author.id(), new PostStatusService.NewStatus(text, null, visibility, null, null, null, null, null));
    }

    public Status reply(Fixtures.TestUser author, Status parent, String text, Visibility visibility) {
        return posting.post(
                author.id(),
                new PostStatusService.NewStatus(text, null, visibility, null, null, parent.id(), null, null));
    }

    public Status edit(Fixtures.TestUser author, Status status, String text) {
        return editing.edit(author.id(), status.id(), new EditStatusService.Edit(text, null, null, null));
    }

    public void favourite(Fixtures.TestUser actor, Status status) {
        interactions.favourite(actor.id(), status.id());
    }

    public void unfavourite(Fixtures.TestUser actor, Status status) {
        interactions.unfavourite(actor.id(), status.id());
    }

    public Status reblog(Fixtures.TestUser actor, Status status) {
        return interactions.reblog(actor.id(), status.id(), null);
    }

    public void lock(Fixtures.TestUser user) {
        db.sql("UPDATE accounts SET locked = 1 WHERE id = ?").param(user.id()).update();
    }

    /** The status ids in the user's home feed rows, newest first. */
    public java.util.List<Long> homeFeed(Fixtures.TestUser user) {
        return db.sql("SELECT status_id FROM home_feed WHERE account_id = ? ORDER BY status_id DESC")
                .param(user.id())
                .query(Long.class)
                .list();
    }
}
