package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junto.config.PublicUrls;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.directmessages.DirectConversation;
import org.junto.directmessages.DirectConversations;
import org.junto.security.Caller;
import org.junto.statuses.Statuses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's conversations API: threads of direct messages, newest activity first. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationsController {
    private final DirectConversations conversations;
    private final Statuses statuses;
    private final AccountRenderer accounts;
    private final StatusRenderer statusRenderer;
    private final PublicUrls urls;

    ConversationsController(
            DirectConversations conversations,
            Statuses statuses,
            AccountRenderer accounts,
            StatusRenderer statusRenderer,
            PublicUrls urls) {
        this.conversations = conversations;
        this.statuses = statuses;
        this.accounts = accounts;
        this.statusRenderer = statusRenderer;
        this.urls = urls;
    }

    @GetMapping
    ResponseEntity<List<ConversationEntity>> list(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:statuses");
        PageRequest page = params.page(20, 40);
        List<DirectConversation> rows = conversations.page(me, page);
        return PageLinks.respond(
                render(rows, me),
                urls,
                request,
                PageLinks.Cursors.of(rows, DirectConversation::lastStatusId, page.limit()),
                "min_id",
                "limit");
    }

    @PostMapping("/{id}/read")
    ConversationEntity read(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:conversations");
        long conversationId = conversationId(id);
        if (!conversations.markRead(me, conversationId)) {
            throw JuntoException.notFound();
        }
        return render(List.of(conversations.byId(me, conversationId).orElseThrow(JuntoException::notFound)), me)
                .getFirst();
    }

    @DeleteMapping("/{id}")
    Map<String, Object> remove(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:conversations");
        if (!conversations.remove(me, conversationId(id))) {
            throw JuntoException.notFound();
        }
        return Map.of();
    }

    /**
     * The other participants (yourself when you wrote only to yourself, as Mastodon shows it) and the last status,
     * left null if you may no longer see it.
     */
    private List<ConversationEntity> render(List<DirectConversation> rows, long viewer) {
        Set<Long> people = new LinkedHashSet<>();
        Set<Long> lastIds = new LinkedHashSet<>();
        for (DirectConversation c : rows) {
            people.addAll(c.participantIds().isEmpty() ? List.of(viewer) : c.participantIds());
            lastIds.add(c.lastStatusId());
        }
        Map<String, AccountEntity> rendered = accounts.renderIds(List.copyOf(people)).stream()
                .collect(Collectors.toMap(AccountEntity::id, Function.identity()));
        Set<Long> visible = conversations.visible(viewer, lastIds);
        Map<String, StatusEntity> lastStatuses =
                statusRenderer.render(new ArrayList<>(statuses.byIds(visible).values()), viewer).stream()
                        .collect(Collectors.toMap(StatusEntity::id, Function.identity()));
        List<ConversationEntity> out = new ArrayList<>();
        for (DirectConversation c : rows) {
            List<AccountEntity> participants = (c.participantIds().isEmpty() ? List.of(viewer) : c.participantIds())
                    .stream()
                            .map(pid -> rendered.get(Long.toString(pid)))
                            .filter(a -> a != null)
                            .toList();
            out.add(new ConversationEntity(
                    Long.toString(c.id()),
                    c.unread(),
                    participants,
                    lastStatuses.get(Long.toString(c.lastStatusId()))));
        }
        return out;
    }

    private static long conversationId(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
