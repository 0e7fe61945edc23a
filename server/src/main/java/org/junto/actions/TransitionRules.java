package org.junto.actions;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.core.JuntoException;

/**
 * Who may move a task where: the rule table of docs/syntax.md. A transition applies from the listed states, leads to
 * one state, and is allowed to the listed roles. Moderators of the task's group may do everything (the seam for
 * groups: {@link TaskModerators}).
 */
public final class TransitionRules {

    public enum Role {
        CREATOR,
        ASSIGNEE,
        CLAIMER,
        /** Anyone who can see the task, when it has no assignees (claiming makes them the assignee). */
        ANYONE_WHEN_UNASSIGNED,
        MODERATOR
    }

    public record Rule(ActionKind transition, Set<TaskState> from, TaskState to, Set<Role> allowed) {}

    public static final Map<ActionKind, Rule> RULES = Map.of(
            ActionKind.CLAIM,
            new Rule(
                    ActionKind.CLAIM,
                    EnumSet.of(TaskState.OPEN),
                    TaskState.CLAIMED,
                    EnumSet.of(Role.ASSIGNEE, Role.ANYONE_WHEN_UNASSIGNED, Role.MODERATOR)),
            ActionKind.DONE,
            new Rule(
                    ActionKind.DONE,
                    EnumSet.of(TaskState.OPEN, TaskState.CLAIMED),
                    TaskState.DONE,
                    EnumSet.of(Role.ASSIGNEE, Role.CREATOR, Role.MODERATOR)),
            ActionKind.DROP,
            new Rule(
                    ActionKind.DROP,
                    EnumSet.of(TaskState.CLAIMED),
                    TaskState.OPEN,
                    EnumSet.of(Role.CLAIMER, Role.CREATOR, Role.MODERATOR)),
            ActionKind.REOPEN,
            new Rule(
                    ActionKind.REOPEN,
                    EnumSet.of(TaskState.DONE, TaskState.CANCELLED),
                    TaskState.OPEN,
                    EnumSet.of(Role.CREATOR, Role.ASSIGNEE, Role.MODERATOR)),
            ActionKind.CANCEL,
            new Rule(
                    ActionKind.CANCEL,
                    EnumSet.of(TaskState.OPEN, TaskState.CLAIMED),
                    TaskState.CANCELLED,
                    EnumSet.of(Role.CREATOR, Role.MODERATOR)));

    private TransitionRules() {}

    /** The roles {@code actor} holds on {@code task}. */
    static Set<Role> rolesOf(Task task, long actor, TaskModerators moderators) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (task.creatorId() == actor) {
            roles.add(Role.CREATOR);
        }
        if (task.isAssignee(actor)) {
            roles.add(Role.ASSIGNEE);
        }
        if (task.claimedBy() != null && task.claimedBy() == actor) {
            roles.add(Role.CLAIMER);
        }
        if (task.assigneeIds().isEmpty()) {
            roles.add(Role.ANYONE_WHEN_UNASSIGNED);
        }
        if (task.groupId() != null && moderators.moderates(actor, task.groupId())) {
            roles.add(Role.MODERATOR);
        }
        return roles;
    }

    /**
     * Null when {@code actor} may apply {@code transition} to {@code task}; else why not, written for them: a conflict
     * when the task is in the wrong state, forbidden when the actor holds none of the allowed roles.
     */
    static JuntoException refusal(Task task, ActionKind transition, long actor, TaskModerators moderators) {
        Rule rule = RULES.get(transition);
        if (!rule.from().contains(task.state())) {
            return new JuntoException(
                    JuntoException.Kind.CONFLICT,
                    "the task is " + task.state().api() + ", and #" + transition.tag() + " applies only to "
                            + String.join(
                                    " or ",
                                    rule.from().stream()
                                            .sorted()
                                            .map(TaskState::api)
                                            .toList())
                            + " tasks");
        }
        Set<Role> roles = rolesOf(task, actor, moderators);
        if (roles.stream().noneMatch(rule.allowed()::contains)) {
            return JuntoException.forbidden("only " + who(rule.allowed()) + " may #" + transition.tag() + " this task");
        }
        return null;
    }

    private static String who(Set<Role> allowed) {
        List<String> names = allowed.stream()
                .sorted()
                .filter(r -> r != Role.MODERATOR && r != Role.ANYONE_WHEN_UNASSIGNED)
                .map(r -> switch (r) {
                    case CREATOR -> "its creator";
                    case ASSIGNEE -> "its assignees";
                    case CLAIMER -> "whoever claimed it";
                    default -> r.name();
                })
                .toList();
        return String.join(" or ", names);
    }
}
