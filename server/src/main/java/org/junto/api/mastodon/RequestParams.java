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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of an API request wherever the client put them, as Mastodon (Rails) merges them: the query
 * string, a form body (URL-encoded or multipart) and a JSON object body. Arrays may come as {@code name[]},
 * as a repeated name, or as a JSON array.
 */
public final class RequestParams {
    private static final Set<String> FALSE = Set.of("0", "f", "false", "off", "no", "n");
    private final Map<String, List<String>> values;

    private RequestParams(Map<String, List<String>> values) {
        this.values = values;
    }

    public static RequestParams of(HttpServletRequest request, JsonMapper json) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            List<String> list = values.computeIfAbsent(plain(name), k -> new ArrayList<>());
            list.addAll(List.of(given));
        });
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            readJson(request, json, values);
        }
        return new RequestParams(values);
    }

    private static void readJson(HttpServletRequest request, JsonMapper json, Map<String, List<String>> values) {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length == 0) {
            return;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw JuntoException.badRequest("The request body could not be parsed");
        }
        if (root == null || !root.isObject()) {
            throw JuntoException.badRequest("The request body could not be parsed");
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            List<String> list = values.computeIfAbsent(plain(field.getKey()), k -> new ArrayList<>());
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(item -> addScalar(list, item));
            } else {
                addScalar(list, value);
            }
        }
    }

    private static void addScalar(List<String> list, JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            list.add(value.asString());
        }
    }

    private static String plain(String name) {
        return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    }

    /** The first value given for {@code name}, or null. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    /** Every value given for {@code name}, in order. */
    public List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** Rails' reading of a boolean: present, not blank and not one of the false spellings. */
    public boolean truthy(String name) {
        String value = get(name);
        return value != null
                && !value.isBlank()
                && !FALSE.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
