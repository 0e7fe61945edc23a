package org.junto.api.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Mastodon's Tag entity. */
public record TagEntity(
        String name,
        String url,
        List<History> history,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean following) {

    public record History(String day, String uses, String accounts) {}
}
