package org.junto.api.mastodon;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junto.core.JuntoException;
import org.junto.core.PageRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's parameters wherever the client put them, read the way Mastodon (Rails) merges them: the query string,
 * a form body (URL-encoded or multipart) and a JSON object body alike. Lists come as {@code name[]=a&name[]=b}, as a
 * repeated {@code name} or as a JSON array; nested keys as {@code outer[inner]} in forms and objects in JSON. Handlers
 * take it as an argument ({@link ApiParamsResolver}).
 */
public final class ApiParams {
    /** Rails' false spellings (ActiveModel::Type::Boolean); any other non-empty value is true. */
    private static final Set<String> FALSE = Set.of("false", "0", "f", "off", "no", "n");

    private final HttpServletRequest request;
    private final JsonNode json;

    private ApiParams(HttpServletRequest request, JsonNode json) {
        this.request = request;
        this.json = json;
    }

    public static ApiParams of(HttpServletRequest request, JsonMapper mapper) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            return new ApiParams(request, null);
        }
        try {
            byte[] body = request.getInputStream().readAllBytes();
            JsonNode node = body.length == 0 ? null : mapper.readTree(body);
            if (node != null && !node.isObject()) {
                throw JuntoException.badRequest("The request body must be a JSON object");
            }
            return new ApiParams(request, node);
        } catch (JacksonException e) {
            throw JuntoException.badRequest("The request body could not be parsed as JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first value given for {@code name}, or null. */
    public String get(String name) {
        if (json != null && json.has(name)) {
            JsonNode v = json.get(name);
            return v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
        }
        return request.getParameter(name);
    }

    /** A value nested one level: {@code home[last_read_id]} in forms, {@code {"home":{"last_read_id":…}}} in JSON. */
    public String nested(String outer, String inner) {
        if (json != null && json.has(outer) && json.get(outer).isObject()) {
            return scalar(json.get(outer).get(inner));
        }
        return request.getParameter(outer + "[" + inner + "]");
    }

    public boolean has(String name) {
        return get(name) != null || request.getParameter(name + "[]") != null;
    }

    /** Every non-blank value given for {@code name}, trimmed, in order. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        if (json != null && json.has(name)) {
            JsonNode v = json.get(name);
            if (v.isArray()) {
                v.forEach(item -> add(out, scalar(item)));
            } else {
                add(out, scalar(v));
            }
            return out;
        }
        for (String key : List.of(name + "[]", name)) {
            String[] values = request.getParameterValues(key);
            if (values != null) {
                for (String value : values) {
                    add(out, value);
                }
            }
        }
        return out;
    }

    /** Rails' boolean: absent or empty is null; false, 0, f, off, no (any case) are false; anything else is true. */
    public Boolean bool(String name) {
        return bool(get(name), name);
    }

    public boolean bool(String name, boolean fallback) {
        Boolean v = bool(name);
        return v == null ? fallback : v;
    }

    /** The same reading for a value found elsewhere (a nested key). */
    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return !FALSE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** An integer parameter; null if absent or empty, 422 if it is not a number. */
    public Long number(String name) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Validation failed: " + name + " is invalid");
        }
    }

    /** Mastodon's cursor parameters ({@code max_id}, {@code since_id}, {@code min_id}, {@code limit}). */
    public PageRequest page(int defaultLimit, int maxLimit) {
        return PageRequest.of(get("max_id"), get("since_id"), get("min_id"), integer("limit"), defaultLimit, maxLimit);
    }

    /** Mastodon's {@code limit} for offset-paged lists: the default when absent, otherwise clamped to 1…max. */
    public int limit(int defaultLimit, int maxLimit) {
        Integer given = integer("limit");
        return given == null ? defaultLimit : Math.min(maxLimit, Math.max(1, given));
    }

    /** Mastodon's {@code offset}: 0 when absent or negative. */
    public int offset() {
        Integer given = integer("offset");
        return given == null ? 0 : Math.max(0, given);
    }

    /** {@link #number} within int range (limits, offsets). */
    public Integer integer(String name) {
        Long v = number(name);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            throw JuntoException.invalid("Validation failed: " + name + " is invalid");
        }
        return v == null ? null : v.intValue();
    }

    /**
     * A list of records, as Rails reads {@code fields_attributes}: a JSON array of objects, a JSON object keyed by
     * index, or form keys {@code name[0][key]}. Records come in index order; null when the parameter is absent.
     */
    public List<Map<String, String>> records(String name, int max, String... keys) {
        if (json != null && json.has(name)) {
            JsonNode v = json.get(name);
            List<Map<String, String>> out = new ArrayList<>();
            List<JsonNode> items = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(items::add);
            } else if (v.isObject()) {
                for (int i = 0; i < max && v.has(String.valueOf(i)); i++) {
                    items.add(v.get(String.valueOf(i)));
                }
            }
            for (JsonNode item : items.subList(0, Math.min(max, items.size()))) {
                Map<String, String> record = new LinkedHashMap<>();
                for (String key : keys) {
                    record.put(key, item.isObject() ? scalar(item.get(key)) : null);
                }
                out.add(record);
            }
            return out;
        }
        if (request.getParameterMap().keySet().stream().noneMatch(k -> k.startsWith(name + "["))) {
            return null;
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            Map<String, String> record = new LinkedHashMap<>();
            for (String key : keys) {
                record.put(key, request.getParameter(name + "[" + i + "][" + key + "]"));
            }
            out.add(record);
        }
        return out;
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

    private static void add(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value.strip());
        }
    }

    private static String scalar(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }
}
