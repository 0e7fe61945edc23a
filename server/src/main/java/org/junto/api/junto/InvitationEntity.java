package org.junto.api.junto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junto.api.mastodon.AccountEntity;

/**
 * An invitation: to one account ({@code invitee}) or a shareable link. {@code code} and {@code url} are given once,
 * when a link is made: only a hash of the code is kept.
 */
public record InvitationEntity(
        String id,
        String collectiveId,
        String inviterId,
        AccountEntity invitee,
        Integer maxUses,
        int uses,
        String expiresAt,
        String createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url) {}
