package org.junto.web;

import org.junto.accounts.Account;

/** An account as a page shows it: the name to display (the username when none is set), handle, avatar and link. */
public record Person(long id, String username, String displayName, boolean locked) {

    public static Person of(Account a) {
        String name = a.displayName() == null || a.displayName().isBlank() ? a.username() : a.displayName();
        return new Person(a.id(), a.username(), name, a.locked());
    }

    public String handle() {
        return "@" + username;
    }

    public String path() {
        return "/@" + username;
    }

    public String avatar() {
        return "/avatars/" + id + ".png";
    }
}
