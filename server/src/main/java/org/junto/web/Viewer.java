package org.junto.web;

import org.junto.security.JuntoUserDetails;

/** The signed-in person's account id, or null for a visitor. */
final class Viewer {
    private Viewer() {}

    static Long of(JuntoUserDetails user) {
        return user == null ? null : user.accountId();
    }

    static boolean isHtmx(String hxRequest) {
        return "true".equals(hxRequest);
    }
}
