package org.junto.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.accounts.TimeZones;
import org.junto.core.JuntoException;
import org.junto.jobs.Outbox;
import org.junto.statuses.PostingStep;
import org.junto.statuses.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the action a post carries, inside the post's transaction (DESIGN §4): the task, offer or need is stored
 * exactly when the post is. It never loses the post: an action that cannot apply is refused with a reason the author
 * is told ({@link ActionRefused}), and an unexpected failure rolls back to a savepoint, keeping the post.
 */
@Component
@Order(100) // after steps that place a post (groups), whose result a task will read
class ActionsPostingStep implements PostingStep {
    private static final Logger log = LoggerFactory.getLogger(ActionsPostingStep.class);
    private final TaskService taskService;
    private final OfferNeedService offerNeedService;
    private final Tasks tasks;
    private final OffersNeeds offersNeeds;
    private final ThreadLookup threads;
    private final TimeZones timeZones;
    private final ActionsBot bot;
    private final Accounts accounts;
    private final Outbox outbox;
    private final TransactionTemplate savepoint;

    ActionsPostingStep(
            TaskService taskService,
            OfferNeedService offerNeedService,
            Tasks tasks,
            OffersNeeds offersNeeds,
            ThreadLookup threads,
            TimeZones timeZones,
            ActionsBot bot,
            Accounts accounts,
            Outbox outbox,
            PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.offerNeedService = offerNeedService;
        this.tasks = tasks;
        this.offersNeeds = offersNeeds;
        this.threads = threads;
        this.timeZones = timeZones;
        this.bot = bot;
        this.accounts = accounts;
        this.outbox = outbox;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void posted(Status status, Collection<Long> mentionedAccountIds) {
        if (status.isReblog() || bot.is(status.accountId())) {
            return;
        }
        ParsedAction action = ActionGrammar.read(status.text(), LocalDate.now(timeZones.of(status.accountId())));
        if (!action.acts()) {
            return;
        }
        Set<Long> people = people(mentionedAccountIds);
        try {
            savepoint.executeWithoutResult(tx -> apply(status, action, people));
        } catch (RuntimeException e) {
            log.warn("Action of status {} failed; the post is kept", status.id(), e);
            refuse(status, "something went wrong on our side while applying it");
        }
    }

    /**
     * The people a post names: its mentions without the bot and without groups and organizations, which a mention
     * places the post (and so the task) in rather than assigns.
     */
    private Set<Long> people(Collection<Long> mentioned) {
        Set<Long> people = new LinkedHashSet<>();
        var found = accounts.byIds(mentioned);
        for (long id : mentioned) {
            Account a = found.get(id);
            if (a != null && !a.isGroup() && !"Organization".equals(a.actorType())) {
                people.add(id);
            }
        }
        bot.idIfMade().ifPresent(people::remove);
        return people;
    }

    private void apply(Status status, ParsedAction action, Set<Long> people) {
        if (action.refused()) {
            refuse(status, action.problem());
        } else if (action.kind() != null) {
            JuntoException refusal = main(status, action, people);
            if (refusal != null) {
                refuse(status, refusal.getMessage());
            }
        }
        if (action.thanks()) {
            thank(status, people);
        }
    }

    private JuntoException main(Status status, ParsedAction action, Set<Long> people) {
        return switch (action.kind()) {
            case TODO -> {
                taskService.create(status, status.accountId(), action.title(), action.due(), people, null);
                yield null;
            }
            case OFFER, NEED -> {
                offerNeedService.create(status, action.kind(), action);
                yield null;
            }
            case ACCEPT ->
                threads.nearest(status, offersNeeds::byOrigin)
                        .map(target -> offerNeedService.accept(status, target))
                        .orElseGet(() -> notInThread("#accept", "an offer or a need"));
            case WITHDRAW ->
                threads.nearest(status, offersNeeds::byOrigin)
                        .map(target -> offerNeedService.withdraw(status.accountId(), target))
                        .orElseGet(() -> notInThread("#withdraw", "an offer or a need"));
            default ->
                // A task the replier may not see (a closed group's, for one who left it) is as good as none.
                threads.nearest(status, tasks::byPost)
                        .filter(task ->
                                tasks.visible(task.id(), status.accountId()).isPresent())
                        .map(task -> taskService.apply(task, action.kind(), status.accountId(), status.id()))
                        .orElseGet(() -> notInThread("#" + action.kind().tag(), "a task"));
        };
    }

    private static JuntoException notInThread(String tag, String what) {
        return JuntoException.invalid(tag + " acts in a reply to " + what + ", and this post replies to none");
    }

    private void thank(Status status, Set<Long> people) {
        List<Long> thanked =
                people.stream().filter(id -> id != status.accountId()).toList();
        if (thanked.isEmpty()) {
            refuse(status, "#thanks needs someone to thank: mention them, like #thanks @name");
        } else {
            outbox.publish(new Thanked(status.id(), status.accountId(), thanked));
        }
    }

    private void refuse(Status status, String reason) {
        outbox.publish(new ActionRefused(status.id(), status.accountId(), reason));
    }
}
