package org.junto.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.directmessages.DirectConversation;
import org.junto.directmessages.DirectConversations;
import org.junto.security.JuntoUserDetails;
import org.junto.statuses.Status;
import org.junto.statuses.Statuses;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Direct conversations: who is in each, and its newest message (opening it shows the whole thread). */
@Controller
class ConversationsPage {
    private final DirectConversations conversations;
    private final Accounts accounts;
    private final Statuses statuses;
    private final StatusCards cards;

    ConversationsPage(DirectConversations conversations, Accounts accounts, Statuses statuses, StatusCards cards) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.statuses = statuses;
        this.cards = cards;
    }

    public record Entry(List<Person> with, StatusCard last, boolean unread) {}

    @GetMapping("/conversations")
    String show(
            @AuthenticationPrincipal JuntoUserDetails user,
            @RequestParam(name = "max_id", required = false) String maxId,
            Model model) {
        long viewer = user.accountId();
        List<DirectConversation> page = conversations.page(viewer, Listing.page(maxId));
        List<Long> lastIds = page.stream().map(DirectConversation::lastStatusId).toList();
        Set<Long> visible = conversations.visible(viewer, lastIds);
        Map<Long, StatusCard> last = new java.util.HashMap<>();
        List<Status> shown = statuses.byIds(lastIds).values().stream()
                .filter(s -> visible.contains(s.id()))
                .toList();
        cards.cards(shown, viewer).forEach(c -> last.put(c.entryId(), c));
        Map<Long, Account> people = accounts.byIds(
                page.stream().flatMap(c -> c.participantIds().stream()).toList());
        List<Entry> entries = new ArrayList<>();
        for (DirectConversation c : page) {
            StatusCard card = last.get(c.lastStatusId());
            if (card != null) {
                List<Person> with = c.participantIds().stream()
                        .filter(people::containsKey)
                        .map(id -> Person.of(people.get(id)))
                        .toList();
                entries.add(new Entry(with, card, c.unread()));
            }
        }
        model.addAttribute("title", "Direct messages");
        model.addAttribute("entries", entries);
        model.addAttribute(
                "next",
                page.size() < Listing.PAGE_SIZE
                        ? null
                        : "/conversations?max_id=" + page.getLast().lastStatusId());
        return "conversations";
    }
}
