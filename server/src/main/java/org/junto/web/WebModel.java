package org.junto.web;

import org.junto.instance.InstanceInfo;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: the server's name and who is signed in, if anyone. */
@ControllerAdvice(basePackages = "org.junto.web")
class WebModel {
    private final InstanceInfo info;

    WebModel(InstanceInfo info) {
        this.info = info;
    }

    @ModelAttribute("site")
    InstanceInfo site() {
        return info;
    }

    @ModelAttribute("user")
    JuntoUserDetails user(@AuthenticationPrincipal JuntoUserDetails user) {
        return user;
    }
}
