package org.junto.web;

import org.junto.instance.InstanceInfo;
import org.junto.security.JuntoUserDetails;
import org.junto.streaming.LiveStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: the server's name, who is signed in (if anyone), their unread notifications, times. */
@ControllerAdvice(basePackages = "org.junto.web")
class WebModel {
    private final InstanceInfo info;
    private final NotificationItems notifications;
    private final ObjectProvider<LiveStreams> streams;

    WebModel(InstanceInfo info, NotificationItems notifications, ObjectProvider<LiveStreams> streams) {
        this.info = info;
        this.notifications = notifications;
        this.streams = streams;
    }

    @ModelAttribute("site")
    InstanceInfo site() {
        return info;
    }

    @ModelAttribute("user")
    JuntoUserDetails user(@AuthenticationPrincipal JuntoUserDetails user) {
        return user;
    }

    @ModelAttribute("unread")
    Long unread(@AuthenticationPrincipal JuntoUserDetails user) {
        return user == null ? null : notifications.unread(user.accountId());
    }

    /** A fresh key for each compose form, so a double submit posts once (the core honours idempotency keys). */
    @ModelAttribute("idempotencyKey")
    String idempotencyKey() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Whether live updates are on: without a streams implementation pages do not open an event stream. */
    @ModelAttribute("live")
    boolean live() {
        return streams.getIfAvailable() != null;
    }

    @ModelAttribute("times")
    Times times() {
        return Times.INSTANCE;
    }
}
