package org.junto.api.mastodon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junto.accounts.User;
import org.junto.accounts.Users;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/preferences}: the user's posting and reading defaults, in Mastodon's colon-named keys. */
@RestController
class PreferencesController {
    private final Users users;

    PreferencesController(Users users) {
        this.users = users;
    }

    @GetMapping("/api/v1/preferences")
    Map<String, Object> preferences(Caller caller) {
        long accountId = caller.requireUser("read:accounts");
        User user = users.byAccountId(accountId).orElseThrow(JuntoException::notFound);
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("posting:default:visibility", user.defaultVisibility());
        prefs.put("posting:default:sensitive", user.defaultSensitive());
        prefs.put("posting:default:language", user.defaultLanguage());
        prefs.put("reading:expand:media", "default");
        prefs.put("reading:expand:spoilers", false);
        return prefs;
    }
}
