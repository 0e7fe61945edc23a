package org.junto.api.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Mastodon's Account entity; {@code source} and {@code role} are present only for the account's owner. */
public record AccountEntity(
        String id,
        String username,
        String acct,
        String url,
        String uri,
        String displayName,
        String note,
        String avatar,
        String avatarStatic,
        String header,
        String headerStatic,
        boolean locked,
        List<Field> fields,
        List<Object> emojis,
        boolean bot,
        boolean group,
        Boolean discoverable,
        boolean indexable,
        boolean hideCollections,
        boolean noindex,
        String createdAt,
        String lastStatusAt,
        long statusesCount,
        long followersCount,
        long followingCount,
        List<Object> roles,
        @JsonInclude(JsonInclude.Include.NON_NULL) Source source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Role role) {

    public record Field(String name, String value, String verifiedAt) {}

    public record Source(
            String note,
            List<Field> fields,
            String privacy,
            boolean sensitive,
            String language,
            long followRequestsCount,
            boolean hideCollections,
            boolean discoverable,
            boolean indexable) {}

    public record Role(String id, String name, String color, String permissions, boolean highlighted) {}

    AccountEntity withCredentials(Source source, Role role) {
        return new AccountEntity(
                id,
                username,
                acct,
                url,
                uri,
                displayName,
                note,
                avatar,
                avatarStatic,
                header,
                headerStatic,
                locked,
                fields,
                emojis,
                bot,
                group,
                discoverable,
                indexable,
                hideCollections,
                noindex,
                createdAt,
                lastStatusAt,
                statusesCount,
                followersCount,
                followingCount,
                roles,
                source,
                role);
    }
}
