package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.junto.social.Blocks;
import org.junto.social.Listed;
import org.junto.social.Mutes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's lists of the accounts you block ({@code /api/v1/blocks}) and mute ({@code /api/v1/mutes}). */
@RestController
class BlocksAndMutesController {
    private final Blocks blocks;
    private final Mutes mutes;
    private final AccountRenderer renderer;
    private final AccountPages pages;

    BlocksAndMutesController(Blocks blocks, Mutes mutes, AccountRenderer renderer, AccountPages pages) {
        this.blocks = blocks;
        this.mutes = mutes;
        this.renderer = renderer;
        this.pages = pages;
    }

    @GetMapping("/api/v1/blocks")
    ResponseEntity<List<AccountEntity>> blocks(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:blocks");
        PageRequest page = params.page(40, 80);
        List<Listed> rows = blocks.blockedBy(me, page);
        return pages.respond(rows, page, request);
    }

    @GetMapping("/api/v1/mutes")
    ResponseEntity<List<MutedAccountEntity>> mutes(ApiParams params, Caller caller, HttpServletRequest request) {
        long me = caller.requireUser("read:mutes");
        PageRequest page = params.page(40, 80);
        List<Listed> rows = mutes.mutedBy(me, page);
        Map<String, AccountEntity> rendered = renderer
                .renderIds(rows.stream().map(Listed::accountId).toList())
                .stream()
                .collect(Collectors.toMap(AccountEntity::id, a -> a));
        List<MutedAccountEntity> body = rows.stream()
                .filter(r -> rendered.containsKey(Long.toString(r.accountId())))
                .map(r -> new MutedAccountEntity(
                        rendered.get(Long.toString(r.accountId())), Dates.datetime(r.expiresAt())))
                .toList();
        return pages.withLinks(body, rows, page, request);
    }
}
