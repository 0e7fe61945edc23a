package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junto.config.PublicUrls;
import org.springframework.http.ResponseEntity;

/**
 * Mastodon's {@code Link} header for a page: {@code next} (older, by {@code max_id}) when the page is full, {@code prev}
 * (newer, by {@code min_id} or {@code since_id} depending on the endpoint, as Mastodon does) when it is not empty.
 * The cursors are the ids of the rows behind the page, which the entities themselves may not show (follow ids, mute
 * ids …). Filter parameters of the request are carried over so that following a link keeps the same selection.
 */
public final class PageLinks {
    private static final java.util.Set<String> CURSOR_PARAMETERS = java.util.Set.of("max_id", "min_id", "since_id");

    private PageLinks() {}

    /** The pagination cursors of a page: ids of its newest and oldest rows; null when the page is empty. */
    public record Cursors(Long newest, Long oldest, boolean full) {
        public static <T> Cursors of(List<T> page, java.util.function.ToLongFunction<T> cursor, int limit) {
            if (page.isEmpty()) {
                return new Cursors(null, null, false);
            }
            return new Cursors(
                    cursor.applyAsLong(page.getFirst()), cursor.applyAsLong(page.getLast()), page.size() >= limit);
        }
    }

    public static <T> ResponseEntity<T> respond(
            T body,
            PublicUrls urls,
            HttpServletRequest request,
            Cursors cursors,
            String prevParameter,
            String... keptParameters) {
        String link = header(urls, request, cursors, prevParameter, keptParameters);
        var response = ResponseEntity.ok();
        if (link != null) {
            response.header("Link", link);
        }
        return response.body(body);
    }

    /**
     * A status timeline's links, as Mastodon's timeline controllers make them: {@code next} whenever the page is not
     * empty (Mastodon does not look at whether it was full), {@code prev} by {@code min_id}, and every other query
     * parameter kept. {@code cursors} are the page's cursor ids, newest first.
     */
    static <T> ResponseEntity<T> timeline(T body, PublicUrls urls, HttpServletRequest request, List<Long> cursors) {
        Cursors page = cursors.isEmpty()
                ? new Cursors(null, null, false)
                : new Cursors(cursors.getFirst(), cursors.getLast(), true);
        String[] kept = request.getParameterMap().keySet().stream()
                .filter(name -> !CURSOR_PARAMETERS.contains(name))
                .toArray(String[]::new);
        return respond(body, urls, request, page, "min_id", kept);
    }

    static String header(
            PublicUrls urls, HttpServletRequest request, Cursors cursors, String prevParameter, String... kept) {
        if (cursors.newest() == null) {
            return null;
        }
        List<String> links = new ArrayList<>();
        if (cursors.full()) {
            links.add("<" + url(urls, request, kept, "max_id", cursors.oldest()) + ">; rel=\"next\"");
        }
        links.add("<" + url(urls, request, kept, prevParameter, cursors.newest()) + ">; rel=\"prev\"");
        return String.join(", ", links);
    }

    private static String url(PublicUrls urls, HttpServletRequest request, String[] kept, String cursor, long id) {
        StringBuilder query = new StringBuilder();
        for (String name : kept) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    query.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        }
        query.append(cursor).append('=').append(id);
        return urls.of(request.getRequestURI()) + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
