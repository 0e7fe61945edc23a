package org.junto.api.mastodon;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.config.PublicUrls;
import org.junto.instance.InstanceInfo;
import org.junto.instance.InstanceStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The instance documents every client reads first: {@code /api/v2/instance}, the deprecated v1 and its lists. */
@RestController
class InstanceController {
    private static final List<String> MEDIA_TYPES =
            List.of("image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "video/webm", "audio/mpeg");
    private final InstanceInfo info;
    private final InstanceStats stats;
    private final PublicUrls urls;

    InstanceController(InstanceInfo info, InstanceStats stats, PublicUrls urls) {
        this.info = info;
        this.stats = stats;
        this.urls = urls;
    }

    @GetMapping("/api/v2/instance")
    Map<String, Object> v2() {
        Map<String, Object> usage = object("users", object("active_month", stats.activeUsers(Duration.ofDays(30))));
        Map<String, Object> configuration = object(
                "urls", object("streaming", info.streamingBase()),
                "accounts", accountLimits(),
                "statuses", statusLimits(),
                "media_attachments", mediaLimits(true),
                "polls", pollLimits(),
                "translation", object("enabled", false));
        Map<String, Object> registrations = object(
                "enabled",
                info.registrationsOpen(),
                "approval_required",
                info.approvalRequired(),
                "message",
                null,
                "url",
                null);
        return object(
                "domain", info.domain(),
                "title", info.title(),
                "version", info.mastodonVersion(),
                "source_url", info.sourceUrl(),
                "description", info.description(),
                "usage", usage,
                "thumbnail", object("url", thumbnail()),
                "icon", List.of(),
                "languages", List.of("en"),
                "configuration", configuration,
                "registrations", registrations,
                "api_versions", object("mastodon", InstanceInfo.MASTODON_API_VERSION),
                "contact", object("email", info.contactEmail(), "account", null),
                "rules", List.of());
    }

    @GetMapping("/api/v1/instance")
    Map<String, Object> v1() {
        Map<String, Object> configuration = object(
                "accounts", object("max_featured_tags", 10),
                "statuses", statusLimits(),
                "media_attachments", mediaLimits(false),
                "polls", pollLimits());
        return object(
                "uri", info.domain(),
                "title", info.title(),
                "short_description", info.description(),
                "description", info.description(),
                "email", info.contactEmail(),
                "version", info.mastodonVersion(),
                "urls", object("streaming_api", info.streamingBase()),
                "stats",
                        object(
                                "user_count", stats.userCount(),
                                "status_count", stats.statusCount(),
                                "domain_count", 0),
                "thumbnail", thumbnail(),
                "languages", List.of("en"),
                "registrations", info.registrationsOpen(),
                "approval_required", info.approvalRequired(),
                "invites_enabled", false,
                "configuration", configuration,
                "contact_account", null,
                "rules", List.of());
    }

    /** No federation yet, so no known peers. */
    @GetMapping("/api/v1/instance/peers")
    List<String> peers() {
        return List.of();
    }

    @GetMapping("/api/v1/instance/activity")
    List<Object> activity() {
        return List.of();
    }

    @GetMapping("/api/v1/instance/rules")
    List<Object> rules() {
        return List.of();
    }

    private String thumbnail() {
        return urls.of("/images/preview.png");
    }

    private static Map<String, Object> accountLimits() {
        return object("max_featured_tags", 10, "max_pinned_statuses", 5);
    }

    private static Map<String, Object> statusLimits() {
        return object("max_characters", 500, "max_media_attachments", 4, "characters_reserved_per_url", 23);
    }

    private static Map<String, Object> mediaLimits(boolean v2) {
        Map<String, Object> limits = object(
                "supported_mime_types", MEDIA_TYPES,
                "image_size_limit", 16_777_216,
                "image_matrix_limit", 33_177_600,
                "video_size_limit", 103_809_024,
                "video_frame_rate_limit", 120,
                "video_matrix_limit", 8_294_400);
        if (v2) {
            limits.put("description_limit", 1500);
        }
        return limits;
    }

    private static Map<String, Object> pollLimits() {
        return object(
                "max_options", 4, "max_characters_per_option", 50, "min_expiration", 300, "max_expiration", 2_629_746);
    }

    /** An ordered JSON object from alternating keys and values (values may be null, unlike {@code Map.of}). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
