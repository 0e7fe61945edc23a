package org.junto.api.mastodon;

import java.util.List;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists that clients load at start-up for features Junto does not have yet (custom emoji, filters, announcements,
 * lists). Each answers an empty list with the same authentication Mastodon asks for, so clients
 * start cleanly; each moves to its own controller when the feature is built.
 */
@RestController
class PlaceholderListsController {

    @GetMapping("/api/v1/custom_emojis")
    List<Object> customEmojis() {
        return List.of();
    }

    @GetMapping({"/api/v1/filters", "/api/v2/filters"})
    List<Object> filters(Caller caller) {
        caller.requireUser("read:filters");
        return List.of();
    }

    @GetMapping("/api/v1/announcements")
    List<Object> announcements(Caller caller) {
        caller.requireUser("read");
        return List.of();
    }

    @GetMapping("/api/v1/lists")
    List<Object> lists(Caller caller) {
        caller.requireUser("read:lists");
        return List.of();
    }
}
