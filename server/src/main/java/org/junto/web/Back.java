package org.junto.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where a plain (no JavaScript) form post returns to: the page it came from when that page is on this server, so the
 * person lands where they were (POST-redirect-GET). Anything else — no Referer, another site — goes home.
 */
final class Back {
    private Back() {}

    static String to(HttpServletRequest request, String fallback) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "redirect:" + fallback;
        }
        try {
            URI uri = URI.create(referer);
            boolean sameSite = uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && effectivePort(uri) == request.getServerPort();
            if (!sameSite || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return "redirect:" + fallback;
            }
            return "redirect:" + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "redirect:" + fallback;
        }
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
