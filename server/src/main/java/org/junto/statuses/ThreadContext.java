package org.junto.statuses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The thread around a status: its ancestors (oldest first, up to the first one the viewer may not see) and its
 * descendants in reading order (depth first, oldest branch first), each filtered by the visibility policy. A whole
 * thread shares one {@code conversation_id}, so it is one query.
 */
@Component
public class ThreadContext {
    private static final int MAX_ANCESTORS = 40;
    private static final int MAX_DESCENDANTS = 4096;
    private final JdbcClient db;

    ThreadContext(JdbcClient db) {
        this.db = db;
    }

    public record Context(List<Status> ancestors, List<Status> descendants) {}

    public Context of(Status status, Long viewer) {
        var spec = db.sql("SELECT " + Statuses.COLUMNS + " FROM statuses s WHERE s.conversation_id = :conversation"
                        + " AND s.reblog_of_id IS NULL AND " + StatusVisibility.visibleTo("s", viewer)
                        + " ORDER BY s.id LIMIT " + (MAX_DESCENDANTS + MAX_ANCESTORS + 1))
                .param("conversation", status.conversationId());
        if (viewer != null) {
            spec = spec.param("viewer", viewer);
        }
        Map<Long, Status> visible = new HashMap<>();
        Map<Long, List<Status>> children = new HashMap<>();
        for (Status s : spec.query(Statuses::map).list()) {
            visible.put(s.id(), s);
            if (s.inReplyToId() != null) {
                children.computeIfAbsent(s.inReplyToId(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        return new Context(ancestors(status, visible), descendants(status, children));
    }

    private static List<Status> ancestors(Status status, Map<Long, Status> visible) {
        List<Status> ancestors = new ArrayList<>();
        Long parent = status.inReplyToId();
        while (parent != null && visible.containsKey(parent) && ancestors.size() < MAX_ANCESTORS) {
            Status p = visible.get(parent);
            ancestors.add(p);
            parent = p.inReplyToId();
        }
        Collections.reverse(ancestors);
        return ancestors;
    }

    private static List<Status> descendants(Status status, Map<Long, List<Status>> children) {
        List<Status> out = new ArrayList<>();
        Deque<Status> stack = new ArrayDeque<>();
        pushChildren(stack, children.get(status.id()));
        while (!stack.isEmpty() && out.size() < MAX_DESCENDANTS) {
            Status s = stack.pop();
            out.add(s);
            pushChildren(stack, children.get(s.id()));
        }
        return out;
    }

    private static void pushChildren(Deque<Status> stack, List<Status> kids) {
        if (kids == null) {
            return;
        }
        List<Status> sorted = new ArrayList<>(kids);
        sorted.sort(Comparator.comparingLong(Status::id).reversed());
        sorted.forEach(stack::push);
    }
}
