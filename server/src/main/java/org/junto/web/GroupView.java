package org.junto.web;

import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.groups.Role;

/** A group or organization as its pages show it, with where the viewer stands. */
public record GroupView(
        Person person, Collective collective, long members, String role, boolean requested, boolean invited) {

    static GroupView of(Person person, Collective c, long members, Groups.Standing standing) {
        return new GroupView(
                person,
                c,
                members,
                standing == null || standing.role() == null
                        ? null
                        : standing.role().apiName(),
                standing != null && standing.requested(),
                standing != null && standing.invited());
    }

    /** {@code /groups/handle} or {@code /organizations/handle}. */
    public String path() {
        return (collective.isGroup() ? "/groups/" : "/organizations/") + person.username();
    }

    public String privacy() {
        return collective.privacy().apiName();
    }

    public boolean member() {
        return role != null;
    }

    public boolean moderator() {
        return role != null
                && Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)).atLeast(Role.MODERATOR);
    }
}
