package org.junto.api.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mastodon's Notification entity; {@code status} is left out for types that carry none, as Mastodon does. */
public record NotificationEntity(
        String id,
        String type,
        String createdAt,
        String groupKey,
        AccountEntity account,
        @JsonInclude(JsonInclude.Include.NON_NULL) StatusEntity status) {}
