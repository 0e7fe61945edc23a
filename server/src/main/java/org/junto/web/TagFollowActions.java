package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junto.security.JuntoUserDetails;
import org.junto.social.TagFollows;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The hashtag page's button: follow or unfollow the hashtag, then back to the page. */
@Controller
class TagFollowActions {
    private final TagFollows follows;

    TagFollowActions(TagFollows follows) {
        this.follows = follows;
    }

    @PostMapping("/tags/{tag}/{action:follow|unfollow}")
    String act(
            @AuthenticationPrincipal JuntoUserDetails user,
            @PathVariable String tag,
            @PathVariable String action,
            HttpServletRequest request) {
        if (action.equals("follow")) {
            follows.follow(user.accountId(), tag);
        } else {
            follows.unfollow(user.accountId(), tag);
        }
        return Back.to(request, "/tags/" + URLEncoder.encode(TagFollows.validName(tag), StandardCharsets.UTF_8));
    }
}
