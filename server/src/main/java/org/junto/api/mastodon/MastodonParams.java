package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junto.core.JuntoException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Mastodon request's parameters wherever the client put them: the query string, a form body, or a JSON body. Rails
 * merges these into one set of parameters for Mastodon, so clients use all three; this reads them the same way,
 * including Rails' {@code name[]} lists and {@code outer[inner]} nesting, and its reading of booleans.
 */
final class MastodonParams {
    private static final Set<String> FALSE = Set.of("false", "0", "f", "off", "no");
    private final HttpServletRequest request;
    private final JsonNode body;

    private MastodonParams(HttpServletRequest request, JsonNode body) {
        this.request = request;
        this.body = body;
    }

    static MastodonParams of(HttpServletRequest request, JsonMapper json) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            return new MastodonParams(request, null);
        }
        try {
            byte[] raw = request.getInputStream().readAllBytes();
            JsonNode body = raw.length == 0 ? null : json.readTree(raw);
            return new MastodonParams(request, body != null && body.isObject() ? body : null);
        } catch (JacksonException e) {
            throw JuntoException.badRequest("The request body could not be parsed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String name) {
        return string(name) != null || !list(name).isEmpty();
    }

    String string(String name) {
        if (body != null && body.has(name)) {
            return scalar(body.get(name));
        }
        return request.getParameter(name);
    }

    /** Rails' boolean: absent or empty is null; false, 0, f, off (any case) are false; anything else is true. */
    Boolean bool(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return !FALSE.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    /** An integer parameter; null if absent or empty, 422 if it is not a number. */
    Long number(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Validation failed: " + name + " is invalid");
        }
    }

    /** A list: a JSON array, or {@code name[]=a&name[]=b}, or repeated {@code name=a&name=b}. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        if (body != null && body.has(name)) {
            JsonNode node = body.get(name);
            if (node.isArray()) {
                node.forEach(item -> add(out, scalar(item)));
            } else {
                add(out, scalar(node));
            }
            return out;
        }
        for (String key : List.of(name + "[]", name)) {
            String[] values = request.getParameterValues(key);
            if (values != null) {
                Arrays.stream(values).forEach(v -> add(out, v));
            }
        }
        return out;
    }

    /** A nested value: {@code outer[inner]=v} in a form or query, {@code {"outer": {"inner": v}}} in JSON. */
    String nested(String outer, String inner) {
        if (body != null && body.has(outer) && body.get(outer).isObject()) {
            JsonNode node = body.get(outer).get(inner);
            return node == null ? null : scalar(node);
        }
        return request.getParameter(outer + "[" + inner + "]");
    }

    private static void add(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value.trim());
        }
    }

    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || !node.isValueNode()) {
            return null;
        }
        return node.asString();
    }
}
