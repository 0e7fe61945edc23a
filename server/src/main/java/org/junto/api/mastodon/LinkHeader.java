package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Mastodon's pagination header: {@code Link: <…?max_id=OLDEST>; rel="next", <…?min_id=NEWEST>; rel="prev"}, built
 * on the request's own URL (other parameters kept) so clients can follow it as is.
 */
public final class LinkHeader {
    private LinkHeader() {}

    /** {@code cursors} are the page's cursor ids, newest first. No header for an empty page. */
    public static <T> ResponseEntity<T> page(HttpServletRequest request, List<Long> cursors, T body) {
        if (cursors.isEmpty()) {
            return ResponseEntity.ok(body);
        }
        String next = url(request, "max_id", cursors.getLast());
        String prev = url(request, "min_id", cursors.getFirst());
        return ResponseEntity.ok()
                .header("Link", "<" + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"")
                .body(body);
    }

    private static String url(HttpServletRequest request, String param, long value) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("max_id")
                .replaceQueryParam("min_id")
                .replaceQueryParam("since_id")
                .replaceQueryParam(param, value)
                .build()
                .toUriString();
    }
}
