package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junto.core.JuntoException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request parameters the way Mastodon (Rails) reads them: from the query string, a form body, a multipart body or a
 * JSON body alike; arrays as {@code name[]=a&name[]=b}, {@code name=a} or JSON arrays; nested form keys as
 * {@code home[last_read_id]}. Booleans accept true/false/1/0/on/off.
 */
public final class ApiParams {
    private final HttpServletRequest request;
    private final JsonNode json;

    private ApiParams(HttpServletRequest request, JsonNode json) {
        this.request = request;
        this.json = json;
    }

    public static ApiParams of(HttpServletRequest request, JsonMapper mapper) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("application/json")) {
            try {
                byte[] body = request.getInputStream().readAllBytes();
                JsonNode node = body.length == 0 ? null : mapper.readTree(body);
                if (node != null && !node.isObject()) {
                    throw JuntoException.badRequest("The request body must be a JSON object");
                }
                return new ApiParams(request, node);
            } catch (IOException | tools.jackson.core.JacksonException e) {
                throw JuntoException.badRequest("The request body could not be parsed as JSON");
            }
        }
        return new ApiParams(request, null);
    }

    public String get(String name) {
        if (json != null && json.has(name) && !json.get(name).isNull()) {
            JsonNode v = json.get(name);
            return v.isValueNode() ? v.asString() : v.toString();
        }
        return request.getParameter(name);
    }

    /** A value nested one level: {@code home[last_read_id]} in forms, {@code {"home":{"last_read_id":…}}} in JSON. */
    public String nested(String outer, String inner) {
        if (json != null && json.has(outer) && json.get(outer).has(inner)) {
            JsonNode v = json.get(outer).get(inner);
            return v.isNull() ? null : v.asString();
        }
        return request.getParameter(outer + "[" + inner + "]");
    }

    public boolean has(String name) {
        return get(name) != null || request.getParameter(name + "[]") != null;
    }

    public List<String> list(String name) {
        if (json != null && json.has(name)) {
            JsonNode v = json.get(name);
            List<String> out = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(e -> out.add(e.asString()));
            } else if (!v.isNull()) {
                out.add(v.asString());
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        for (String key : List.of(name + "[]", name)) {
            String[] values = request.getParameterValues(key);
            if (values != null) {
                out.addAll(Arrays.asList(values));
            }
        }
        return out;
    }

    public Boolean bool(String name) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase()) {
            case "true", "1", "on", "t", "yes" -> true;
            case "false", "0", "off", "f", "no" -> false;
            default -> throw JuntoException.invalid("Validation failed: " + name + " must be a boolean");
        };
    }

    public boolean bool(String name, boolean fallback) {
        Boolean v = bool(name);
        return v == null ? fallback : v;
    }

    public Integer integer(String name) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Validation failed: " + name + " must be a number");
        }
    }

    /** A path or parameter id; a malformed id cannot name any record, so it is "not found". */
    public static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw JuntoException.notFound();
            }
            return id;
        } catch (NumberFormatException e) {
            throw JuntoException.notFound();
        }
    }

    public Map<String, String[]> raw() {
        return request.getParameterMap();
    }
}
