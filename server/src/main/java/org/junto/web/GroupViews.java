package org.junto.web;

import java.util.List;
import org.junto.accounts.Accounts;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.springframework.stereotype.Component;

/** Collectives as the pages show them: profile, member count and the viewer's standing in each. */
@Component
class GroupViews {
    private final Groups groups;
    private final Accounts accounts;

    GroupViews(Groups groups, Accounts accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    List<GroupView> of(List<Collective> list, Long viewer) {
        var counts = groups.memberCounts(list.stream().map(Collective::id).toList());
        var found = accounts.byIds(list.stream().map(Collective::id).toList());
        return list.stream()
                .filter(c -> found.containsKey(c.id()))
                .map(c -> GroupView.of(
                        Person.of(found.get(c.id())),
                        c,
                        counts.getOrDefault(c.id(), 0L),
                        viewer == null ? null : groups.standing(c.id(), viewer)))
                .toList();
    }
}
