package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import org.junto.core.JuntoException;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.Kind;

/** The Junto API serves groups and organizations on parallel paths; the path says which kind an id must be. */
final class Paths {
    static final String BASE = "/api/junto/v1";
    static final String GROUPS = BASE + "/groups";
    static final String ORGS = BASE + "/organizations";

    private Paths() {}

    static Kind kind(HttpServletRequest request) {
        return request.getRequestURI().startsWith(ORGS) ? Kind.ORGANIZATION : Kind.GROUP;
    }

    /** The collective named by the path, if the viewer may see it and it is of the path's kind; else 404. */
    static Collective visible(Groups groups, Long viewer, String id, HttpServletRequest request) {
        return groups.visibleTo(viewer, org.junto.api.mastodon.ApiParams.id(id))
                .filter(c -> c.kind() == kind(request))
                .orElseThrow(JuntoException::notFound);
    }

    /** What a write that answers 204 does to one collective: the actor's id and the collective's id. */
    interface Action {
        void apply(long actorId, long collectiveId);
    }

    /** Authenticates a writer, finds the collective by the path, runs the action and answers 204 No Content. */
    static org.springframework.http.ResponseEntity<Void> act(
            Groups groups, org.junto.security.Caller caller, String id, HttpServletRequest request, Action action) {
        long me = caller.requireUser("write");
        action.apply(me, visible(groups, me, id, request).id());
        return org.springframework.http.ResponseEntity.noContent().build();
    }
}
