package org.junto.api.discovery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junto.accounts.Account;
import org.junto.accounts.Accounts;
import org.junto.config.PublicUrls;
import org.junto.core.JuntoException;
import org.junto.instance.InstanceInfo;
import org.junto.instance.InstanceStats;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * How other servers and tools find their way in: host-meta (RFC 6415), WebFinger (RFC 7033) for local accounts,
 * and NodeInfo 2.0. Every URL is built from the public base URL, port included.
 */
@RestController
class DiscoveryController {
    static final String NODEINFO_SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.0";
    private static final MediaType JRD = MediaType.parseMediaType("application/jrd+json;charset=UTF-8");
    private static final MediaType XRD = MediaType.parseMediaType("application/xrd+xml;charset=UTF-8");
    private static final MediaType NODEINFO =
            MediaType.parseMediaType("application/json;profile=\"" + NODEINFO_SCHEMA + "#\"");
    private static final Pattern ACCT = Pattern.compile("(?:acct:)?@?([^@\\s/]+)@([^@\\s/]+)");
    private final PublicUrls urls;
    private final Accounts accounts;
    private final InstanceInfo info;
    private final InstanceStats stats;

    DiscoveryController(PublicUrls urls, Accounts accounts, InstanceInfo info, InstanceStats stats) {
        this.urls = urls;
        this.accounts = accounts;
        this.info = info;
        this.stats = stats;
    }

    @GetMapping("/.well-known/host-meta")
    ResponseEntity<String> hostMeta() {
        String template = HtmlUtils.htmlEscape(urls.of("/.well-known/webfinger?resource={uri}"));
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
                  <Link rel="lrdd" template="%s"/>
                </XRD>
                """.formatted(template);
        return ResponseEntity.ok().contentType(XRD).body(xml);
    }

    @GetMapping("/.well-known/webfinger")
    ResponseEntity<Map<String, Object>> webfinger(@RequestParam(required = false) String resource) {
        if (resource == null || resource.isBlank()) {
            throw JuntoException.badRequest("The resource parameter is required");
        }
        Account account = localAccount(resource.strip()).orElseThrow(JuntoException::notFound);
        String profile = urls.account(account.username());
        String actor = urls.accountUri(account.username());
        Map<String, Object> jrd = new LinkedHashMap<>();
        jrd.put("subject", "acct:" + account.username() + "@" + urls.domain());
        jrd.put("aliases", List.of(profile, actor));
        jrd.put(
                "links",
                List.of(
                        Map.of(
                                "rel", "http://webfinger.net/rel/profile-page",
                                "type", "text/html",
                                "href", profile),
                        Map.of("rel", "self", "type", "application/activity+json", "href", actor)));
        return ResponseEntity.ok().contentType(JRD).body(jrd);
    }

    /** {@code acct:name@domain} (or without {@code acct:}), or the account's profile or actor URL. */
    private Optional<Account> localAccount(String resource) {
        Matcher acct = ACCT.matcher(resource);
        if (acct.matches()) {
            return urls.isLocal(acct.group(2)) ? accounts.byUsername(acct.group(1)) : Optional.empty();
        }
        for (String prefix : List.of(urls.of("/users/"), urls.of("/@"))) {
            if (resource.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                String name = resource.substring(prefix.length());
                return name.matches("[A-Za-z0-9_]+") ? accounts.byUsername(name) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @GetMapping("/.well-known/nodeinfo")
    Map<String, Object> nodeinfoLinks() {
        return Map.of("links", List.of(Map.of("rel", NODEINFO_SCHEMA, "href", urls.of("/nodeinfo/2.0"))));
    }

    @GetMapping("/nodeinfo/2.0")
    ResponseEntity<Map<String, Object>> nodeinfo() {
        Map<String, Object> users = new LinkedHashMap<>();
        users.put("total", stats.userCount());
        users.put("activeMonth", stats.activeUsers(Duration.ofDays(30)));
        users.put("activeHalfyear", stats.activeUsers(Duration.ofDays(180)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", "2.0");
        doc.put("software", Map.of("name", "junto", "version", InstanceInfo.VERSION));
        doc.put("protocols", List.of());
        doc.put("services", Map.of("outbound", List.of(), "inbound", List.of()));
        doc.put("usage", Map.of("users", users, "localPosts", stats.statusCount()));
        doc.put("openRegistrations", info.registrationsOpen());
        doc.put("metadata", Map.of("nodeName", info.title(), "nodeDescription", info.description()));
        return ResponseEntity.ok().contentType(NODEINFO).body(doc);
    }
}
