package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.junto.config.PublicUrls;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.directmessages.DirectConversation;
import org.junto.directmessages.DirectConversations;
import org.junto.security.Caller;
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
    private final ConversationRenderer renderer;
    private final PublicUrls urls;

    ConversationsController(DirectConversations conversations, ConversationRenderer renderer, PublicUrls urls) {
        this.conversations = conversations;
        this.renderer = renderer;
        this.urls = urls;
    }

    @GetMapping
    ResponseEntity<List<ConversationEntity>> list(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:statuses");
        PageRequest page = params.page(20, 40);
        List<DirectConversation> rows = conversations.page(me, page);
        return PageLinks.respond(
                renderer.render(rows, me),
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
        return renderer.render(
                        List.of(conversations.byId(me, conversationId).orElseThrow(JuntoException::notFound)), me)
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

    private static long conversationId(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw JuntoException.notFound();
        }
        return parsed;
    }
}
