package org.junto.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The last word on errors that no controller handled (unknown paths, filter failures): Mastodon's
 * {@code {"error": "…"}} for API paths, a short readable page for people. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = status == 404 ? "Record not found" : reason(status);
        if (path.startsWith("/api/") || path.startsWith("/oauth/") || path.startsWith("/.well-known/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", status == 404 ? "Not found" : message));
        }
        String title = status == 404 ? "This page does not exist" : message;
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title></head><body style=\"font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;"
                + "padding:0 1rem\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>Error " + status
                + ". <a href=\"/\">Go to the home page</a></p></body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }

    private static String reason(int status) {
        HttpStatus s = HttpStatus.resolve(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }
}
