package org.junto.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code Link} header into relation → path-and-query on this server, ready for {@link Client#get}. */
public final class Links {
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"([^\"]+)\"");

    private Links() {}

    public static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            String url = m.group(1);
            int path = url.indexOf('/', url.indexOf("://") + 3);
            out.put(m.group(2), url.substring(path));
        }
        return out;
    }
}
