package org.junto.api.mastodon.streaming;

import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.junto.streaming.Stream;

/**
 * Reads a stream name as Mastodon's streaming API takes it (with {@code tag} or {@code list}) and checks the caller
 * may open it, with Mastodon's error messages. Every stream needs a user token, as in Mastodon by default; the
 * notification stream needs {@code read:notifications}, the others {@code read:statuses} (or {@code read}).
 *
 * <p>Junto adds one stream, {@code group} with a {@code group} id (as {@code list} takes a {@code list} id): the new
 * posts placed in a group or an organization's timeline, for anyone who may see that collective; each post is still
 * delivered only to those who may read it, so a closed group's posts reach its members only.
 */
final class StreamRequest {
    private StreamRequest() {}

    static Stream parse(String name, String tag, String list, String group) {
        if (name == null || name.isBlank()) {
            throw JuntoException.badRequest("Unknown stream type");
        }
        if (name.equals("group")) {
            if (group == null || group.isBlank()) {
                throw JuntoException.badRequest("No group for stream provided");
            }
            if (!group.matches("[0-9]{1,18}")) {
                throw JuntoException.unauthorized("Not authorized to stream this group");
            }
            return Stream.group(Long.parseLong(group));
        }
        if (name.equals("list")) {
            // Junto has no lists yet, so no list can be one the caller owns.
            if (list == null || list.isBlank()) {
                throw JuntoException.badRequest("No list for stream provided");
            }
            throw JuntoException.unauthorized("Not authorized to stream this list");
        }
        if (!Stream.NAMES.contains(name)) {
            throw JuntoException.badRequest("Unknown stream type");
        }
        if (name.startsWith("hashtag") && (tag == null || tag.isBlank())) {
            throw JuntoException.badRequest("No tag for stream provided");
        }
        return new Stream(name, tag);
    }

    /** The viewer the caller streams as; the caller must hold a user token. */
    static long viewer(Caller caller) {
        if (caller.isAnonymous()) {
            throw JuntoException.unauthorized("Missing access token");
        }
        if (caller.accountId() == null) {
            throw JuntoException.unauthorized("Invalid access token");
        }
        return caller.accountId();
    }

    static void authorize(Caller caller, Stream stream, Groups groups) {
        long viewer = viewer(caller);
        String scope = stream.name().equals("user:notification") ? "read:notifications" : "read:statuses";
        if (!caller.scopes().allows(scope)) {
            throw JuntoException.unauthorized("Access token does not have the required scopes");
        }
        if (stream.name().equals("group")
                && groups.visibleTo(viewer, Long.parseLong(stream.tag())).isEmpty()) {
            throw JuntoException.unauthorized("Not authorized to stream this group");
        }
    }

    /** The {@code stream} array of a WebSocket message: the name, and the tag or group id for those streams. */
    static java.util.List<String> names(Stream stream) {
        return stream.tag() == null ? java.util.List.of(stream.name()) : java.util.List.of(stream.name(), stream.tag());
    }
}
