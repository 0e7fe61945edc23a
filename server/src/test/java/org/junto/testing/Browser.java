package org.junto.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in for web-page tests: a {@link HttpClient} with a cookie jar, no automatic redirects, and helpers
 * to read forms (CSRF token, hidden fields) from the HTML the server sends.
 */
public final class Browser {
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");
    private final HttpClient http;
    private final String base;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String base() {
        return base;
    }

    public Page get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public Page post(String pathOrUrl, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Client.form(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Opens a server-sent event stream and hands its lines, as they arrive, to a queue the test reads with a timeout.
     * Closing the returned handle ends the connection.
     */
    public EventStream events(String path) {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.join().body().forEach(lines::add);
            } catch (RuntimeException e) {
                // the stream was closed
            }
        });
        return new EventStream(response, lines, reader);
    }

    public record EventStream(
            java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response,
            java.util.concurrent.BlockingQueue<String> lines,
            Thread reader)
            implements AutoCloseable {
        public int status() {
            return response.join().statusCode();
        }

        /** The next event's name and data (data lines joined), skipping comments; null if none comes in time. */
        public String[] next(java.time.Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            String name = null;
            StringBuilder data = new StringBuilder();
            while (true) {
                String line = lines.poll(
                        Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line == null) {
                    return null;
                }
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n")
                            .append(line.substring(5).replaceFirst("^ ", ""));
                } else if (line.isEmpty() && name != null) {
                    return new String[] {name, data.toString()};
                }
            }
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
            reader.interrupt();
        }
    }

    /** Fills in the sign-in form (with the CSRF token from the page) and submits it. */
    /** A browser signed in as {@code user} (made by {@link Fixtures#user}, whose password is the flow's). */
    public static Browser signedIn(int port, Fixtures.TestUser user) {
        Browser browser = new Browser(port);
        Page page = browser.signIn(user.username(), OAuthFlow.PASSWORD);
        if (page.location() == null || page.location().contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + user.username() + ": " + page);
        }
        return browser;
    }

    public Page signIn(String login, String password) {
        Page form = get("/auth/sign_in");
        return post("/auth/sign_in", Map.of("username", login, "password", password, "_csrf", form.csrf()));
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, Map<String, java.util.List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        public String location() {
            return header("Location");
        }

        /** The query parameters of the redirect target. */
        public Map<String, String> locationParams() {
            String location = location();
            Map<String, String> params = new LinkedHashMap<>();
            int q = location.indexOf('?');
            if (q < 0) {
                return params;
            }
            for (String pair : location.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            return params;
        }

        /** Name → value of every {@code <input>} with both, as a form would submit them (buttons excluded). */
        public Map<String, String> inputs() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(input.group());
                while (attribute.find()) {
                    attributes.put(attribute.group(1).toLowerCase(), unescape(attribute.group(2)));
                }
                if (attributes.containsKey("name") && attributes.containsKey("value")) {
                    fields.put(attributes.get("name"), attributes.get("value"));
                }
            }
            return fields;
        }

        public String csrf() {
            String token = inputs().get("_csrf");
            if (token == null) {
                throw new AssertionError("No CSRF token on the page:\n" + body);
            }
            return token;
        }

        private static String unescape(String html) {
            return html.replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }
}
