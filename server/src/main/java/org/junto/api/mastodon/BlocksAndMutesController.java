package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junto.config.PublicUrls;
import org.junto.core.PageRequest;
import org.junto.security.Caller;
import org.junto.social.Blocks;
import org.junto.social.Listed;
import org.junto.social.Mutes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's lists of the accounts you block ({@code /api/v1/blocks}) and mute ({@code /api/v1/mutes}). */
@RestController
class BlocksAndMutesController {
    private final Blocks blocks;
    private final Mutes mutes;
    private final AccountRenderer renderer;
    private final PublicUrls urls;

    BlocksAndMutesController(Blocks blocks, Mutes mutes, AccountRenderer renderer, PublicUrls urls) {
        this.blocks = blocks;
        this.mutes = mutes;
        this.renderer = renderer;
        this.urls = urls;
    }

    @GetMapping("/api/v1/blocks")
    ResponseEntity<List<AccountEntity>> blocks(
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestParam(name = "since_id", required = false) String sinceId,
            @RequestParam(name = "min_id", required = false) String minId,
            @RequestParam(required = false) Integer limit,
            Caller caller,
            HttpServletRequest request) {
        long me = caller.requireUser("read:blocks");
        PageRequest page = PageRequest.of(maxId, sinceId, minId, limit, 40, 80);
        List<Listed> rows = blocks.blockedBy(me, page);
        return PageLinks.respond(
                renderer.renderIds(rows.stream().map(Listed::accountId).toList()),
                urls,
                request,
                PageLinks.Cursors.of(rows, Listed::cursor, page.limit()),
                "since_id",
                "limit");
    }

    @GetMapping("/api/v1/mutes")
    ResponseEntity<List<MutedAccountEntity>> mutes(
            @RequestParam(name = "max_id", required = false) String maxId,
            @RequestParam(name = "since_id", required = false) String sinceId,
            @RequestParam(name = "min_id", required = false) String minId,
            @RequestParam(required = false) Integer limit,
            Caller caller,
            HttpServletRequest request) {
        long me = caller.requireUser("read:mutes");
        PageRequest page = PageRequest.of(maxId, sinceId, minId, limit, 40, 80);
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
        return PageLinks.respond(
                body, urls, request, PageLinks.Cursors.of(rows, Listed::cursor, page.limit()), "since_id", "limit");
    }
}
