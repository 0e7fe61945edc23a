package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junto.core.JuntoException;
import org.junto.security.JuntoUserDetails;
import org.junto.social.BlockService;
import org.junto.social.FollowService;
import org.junto.social.MuteService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The buttons of a profile: follow, unfollow, block, unblock, mute, unmute; each returns to the profile. */
@Controller
class RelationshipActions {
    private final FollowService follows;
    private final BlockService blocks;
    private final MuteService mutes;

    RelationshipActions(FollowService follows, BlockService blocks, MuteService mutes) {
        this.follows = follows;
        this.blocks = blocks;
        this.mutes = mutes;
    }

    @PostMapping("/accounts/{id}/{action:follow|unfollow|block|unblock|mute|unmute}")
    String act(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String id,
            @PathVariable String action,
            HttpServletRequest request) {
        long actor = user.accountId();
        long target = StatusButtons.parse(id);
        if (actor == target) {
            throw JuntoException.invalid("You cannot do that to your own account");
        }
        switch (action) {
            case "follow" -> follows.follow(actor, target, FollowService.Options.DEFAULTS);
            case "unfollow" -> follows.unfollow(actor, target);
            case "block" -> blocks.block(actor, target);
            case "unblock" -> blocks.unblock(actor, target);
            case "mute" -> mutes.mute(actor, target, true, 0);
            default -> mutes.unmute(actor, target);
        }
        return Back.to(request, "/");
    }
}
