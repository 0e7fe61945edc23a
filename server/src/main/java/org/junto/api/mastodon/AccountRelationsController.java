package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junto.accounts.Accounts;
import org.junto.core.Ids;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.social.BlockService;
import org.junto.social.Blocks;
import org.junto.social.FollowService;
import org.junto.social.Follows;
import org.junto.social.Listed;
import org.junto.social.MuteService;
import org.junto.social.Relationships;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social graph part of Mastodon's accounts API: follow, unfollow, block, unblock, mute, unmute (each answering
 * with the new Relationship), relationships, and an account's followers and following.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountRelationsController {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private final FollowService followService;
    private final BlockService blockService;
    private final MuteService muteService;
    private final Relationships relationships;
    private final Follows follows;
    private final Blocks blocks;
    private final Accounts accounts;
    private final AccountPages pages;
    private final Groups groups;

    AccountRelationsController(
            FollowService followService,
            BlockService blockService,
            MuteService muteService,
            Relationships relationships,
            Follows follows,
            Blocks blocks,
            Accounts accounts,
            AccountPages pages,
            Groups groups) {
        this.followService = followService;
        this.blockService = blockService;
        this.muteService = muteService;
        this.relationships = relationships;
        this.follows = follows;
        this.blocks = blocks;
        this.accounts = accounts;
        this.pages = pages;
        this.groups = groups;
    }

    @PostMapping("/{id}/follow")
    RelationshipEntity follow(@PathVariable String id, Caller caller, ApiParams params) {
        long me = caller.requireUser("write:follows");
        long target = accountId(id);
        if (groups.hiddenFrom(me, target)) {
            throw JuntoException.notFound();
        }
        List<String> languages = params.has("languages") ? languages(params.list("languages")) : null;
        followService.follow(
                me, target, new FollowService.Options(params.bool("reblogs"), params.bool("notify"), languages));
        return relationship(me, target);
    }

    @PostMapping("/{id}/unfollow")
    RelationshipEntity unfollow(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:follows");
        long target = accountId(id);
        followService.unfollow(me, target);
        return relationship(me, target);
    }

    @PostMapping("/{id}/block")
    RelationshipEntity block(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:blocks");
        long target = accountId(id);
        blockService.block(me, target);
        return relationship(me, target);
    }

    @PostMapping("/{id}/unblock")
    RelationshipEntity unblock(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:blocks");
        long target = accountId(id);
        blockService.unblock(me, target);
        return relationship(me, target);
    }

    @PostMapping("/{id}/mute")
    RelationshipEntity mute(@PathVariable String id, Caller caller, ApiParams params) {
        long me = caller.requireUser("write:mutes");
        long target = accountId(id);
        Boolean notifications = params.bool("notifications");
        Long duration = params.number("duration");
        muteService.mute(me, target, notifications == null || notifications, duration == null ? 0 : duration);
        return relationship(me, target);
    }

    @PostMapping("/{id}/unmute")
    RelationshipEntity unmute(@PathVariable String id, Caller caller) {
        long me = caller.requireUser("write:mutes");
        long target = accountId(id);
        muteService.unmute(me, target);
        return relationship(me, target);
    }

    /** Relationships to each existing account named by {@code id[]}, in the order asked, each once. */
    @GetMapping("/relationships")
    List<RelationshipEntity> relationships(Caller caller, ApiParams params) {
        long me = caller.requireUser("read:follows");
        List<Long> asked = params.list("id").stream()
                .map(Ids::parseOrNull)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .limit(80)
                .toList();
        var existing = accounts.byIds(asked);
        List<Long> ids = asked.stream().filter(existing::containsKey).toList();
        return relationships.of(me, ids).stream().map(RelationshipEntity::of).toList();
    }

    @GetMapping("/{id}/followers")
    ResponseEntity<List<AccountEntity>> followers(
            @PathVariable String id, ApiParams params, Caller caller, HttpServletRequest request) {
        return accountList(id, params.page(40, 80), caller, request, follows::followers);
    }

    @GetMapping("/{id}/following")
    ResponseEntity<List<AccountEntity>> following(
            @PathVariable String id, ApiParams params, Caller caller, HttpServletRequest request) {
        return accountList(id, params.page(40, 80), caller, request, follows::following);
    }

    private ResponseEntity<List<AccountEntity>> accountList(
            String id,
            PageRequest page,
            Caller caller,
            HttpServletRequest request,
            java.util.function.BiFunction<Long, PageRequest, List<Listed>> list) {
        Long viewer = caller.viewer("read:accounts");
        long owner = accountId(id);
        if (viewer != null && blocks.blocks(owner, viewer)) {
            return ResponseEntity.ok(List.of()); // an account that blocks you hides its network from you
        }
        List<Listed> rows = list.apply(owner, page);
        return pages.respond(rows, page, request);
    }

    private RelationshipEntity relationship(long me, long target) {
        return RelationshipEntity.of(relationships.of(me, target));
    }

    private long accountId(String id) {
        Long parsed = Ids.parseOrNull(id);
        if (parsed == null || accounts.byId(parsed).isEmpty()) {
            throw JuntoException.notFound();
        }
        return parsed;
    }

    private static List<String> languages(List<String> given) {
        List<String> out =
                given.stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String l : out) {
            if (!LANGUAGE.matcher(l).matches()) {
                throw JuntoException.invalid("Validation failed: Languages must be ISO 639 codes");
            }
        }
        return out.isEmpty() ? null : out;
    }
}
