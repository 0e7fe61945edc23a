package org.junto.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the operator where the server listens and which public address it hands out. */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private final PublicUrls urls;

    StartupBanner(PublicUrls urls) {
        this.urls = urls;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info(
                "Junto is listening on http://localhost:{} (public address {})",
                event.getWebServer().getPort(),
                urls.base());
    }
}
