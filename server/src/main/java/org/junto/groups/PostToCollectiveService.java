package org.junto.groups;

import org.junto.core.JuntoException;
import org.junto.core.Visibility;
import org.junto.statuses.PostStatusService;
import org.junto.statuses.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts straight into a group or an organization (the Junto API and web app's compose box), for members only. The
 * post and its placement commit together, so an organization-only post is never visible outside for a moment.
 */
@Service
public class PostToCollectiveService {
    private final Authority authority;
    private final PostStatusService posting;
    private final PlaceInGroup placing;

    PostToCollectiveService(Authority authority, PostStatusService posting, PlaceInGroup placing) {
        this.authority = authority;
        this.posting = posting;
        this.placing = placing;
    }

    @Transactional
    public Status post(long authorId, long collectiveId, PostStatusService.NewStatus request) {
        Collective c = authority.visible(authorId, collectiveId);
        if (!authority.isMember(authorId, c)) {
            throw JuntoException.forbidden("Only members may post here");
        }
        if (request.visibility() == Visibility.DIRECT) {
            throw JuntoException.invalid("Validation failed: a direct message cannot be posted into a group");
        }
        Status status = posting.post(authorId, request);
        if (!placing.place(status, c) && !placing.isIn(status, c)) {
            // The text mentions another group the author belongs to, which took the post: refuse rather than let an
            // organization-only post end up somewhere else.
            throw JuntoException.invalid("Validation failed: the text places the post in another group");
        }
        return status;
    }
}
