package org.junto.instance;

import org.junto.accounts.RegisterAccountService;
import org.junto.accounts.RegistrationMode;
import org.junto.config.PublicUrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The operator's settings that describe this server, with the version every door reports. */
@Component
public class InstanceInfo {
    /** Junto's own version. */
    public static final String VERSION = "0.1.0";
    /** The Mastodon release whose client API this server follows. */
    public static final String MASTODON_VERSION = "4.3.0";
    /** The {@code api_versions.mastodon} number Mastodon 4.3.0 reports. */
    public static final int MASTODON_API_VERSION = 2;

    private final String title;
    private final String description;
    private final String contactEmail;
    private final String sourceUrl;
    private final RegisterAccountService registration;
    private final PublicUrls urls;

    InstanceInfo(
            @Value("${junto.title:Junto}") String title,
            @Value("${junto.description:}") String description,
            @Value("${junto.contact-email:}") String contactEmail,
            @Value("${junto.source-url:}") String sourceUrl,
            RegisterAccountService registration,
            PublicUrls urls) {
        this.title = title == null || title.isBlank() ? "Junto" : title.strip();
        this.description = description == null ? "" : description.strip();
        this.contactEmail = contactEmail == null ? "" : contactEmail.strip();
        this.sourceUrl = sourceUrl;
        this.registration = registration;
        this.urls = urls;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The contact address, empty when none is configured (Mastodon reports an empty string then). */
    public String contactEmail() {
        return contactEmail;
    }

    /** Where the source code of this server can be had; the server's own address until one is configured. */
    public String sourceUrl() {
        return sourceUrl == null || sourceUrl.isBlank() ? urls.base() : sourceUrl.strip();
    }

    /** The version string Mastodon clients parse: Mastodon's version first, then ours. */
    public String mastodonVersion() {
        return MASTODON_VERSION + " (compatible; Junto " + VERSION + ")";
    }

    public RegistrationMode registrationMode() {
        return registration.mode();
    }

    public boolean registrationsOpen() {
        return registration.mode() != RegistrationMode.CLOSED;
    }

    public boolean approvalRequired() {
        return registration.mode() == RegistrationMode.APPROVAL;
    }

    public String domain() {
        return urls.domain();
    }

    /** The streaming API's base, {@code wss://domain} (or {@code ws://} when served over plain HTTP). */
    public String streamingBase() {
        return urls.base().replaceFirst("^http", "ws");
    }
}
