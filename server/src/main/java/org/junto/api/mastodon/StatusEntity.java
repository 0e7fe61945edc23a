package org.junto.api.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Mastodon's Status entity. {@code text} is present only where Mastodon sends the source (delete, source). */
public record StatusEntity(
        String id,
        String uri,
        String url,
        String createdAt,
        String editedAt,
        AccountEntity account,
        String content,
        String visibility,
        boolean sensitive,
        String spoilerText,
        List<Object> mediaAttachments,
        Application application,
        List<Mention> mentions,
        List<Tag> tags,
        List<Object> emojis,
        long reblogsCount,
        long favouritesCount,
        long repliesCount,
        String inReplyToId,
        String inReplyToAccountId,
        StatusEntity reblog,
        Object poll,
        Object card,
        String language,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean favourited,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean reblogged,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean muted,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean bookmarked,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean pinned,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> filtered) {

    public record Mention(String id, String username, String url, String acct) {}

    public record Tag(String name, String url) {}

    public record Application(String name, String website) {}

    /** The same status with a viewer's own flags, on it and on the status it boosts. */
    StatusEntity withViewerFlags(
            boolean favourited, boolean reblogged, boolean bookmarked, boolean pinned, StatusEntity reblog) {
        return new StatusEntity(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                visibility,
                sensitive,
                spoilerText,
                mediaAttachments,
                application,
                mentions,
                tags,
                emojis,
                reblogsCount,
                favouritesCount,
                repliesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                poll,
                card,
                language,
                text,
                favourited,
                reblogged,
                muted,
                bookmarked,
                pinned,
                filtered);
    }

    StatusEntity withText(String source) {
        return new StatusEntity(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                visibility,
                sensitive,
                spoilerText,
                mediaAttachments,
                application,
                mentions,
                tags,
                emojis,
                reblogsCount,
                favouritesCount,
                repliesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                poll,
                card,
                language,
                source,
                favourited,
                reblogged,
                muted,
                bookmarked,
                pinned,
                filtered);
    }
}
