package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.contributions.ContributionLog;
import org.junto.contributions.RelationshipStrengths;
import org.junto.groups.Collective;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was done inside a group: its top contributors, and who works with whom (the pairs with their relationship
 * strength inside the group). Inside a closed or secret group, and in an organization, both lists are empty for
 * non-members: their contributions count only where the group's content may be seen.
 */
@RestController
class GroupContributionsController {
    private final Groups groups;
    private final ContributionLog log;
    private final RelationshipStrengths strengths;
    private final AccountRenderer renderer;

    GroupContributionsController(
            Groups groups, ContributionLog log, RelationshipStrengths strengths, AccountRenderer renderer) {
        this.groups = groups;
        this.log = log;
        this.strengths = strengths;
        this.renderer = renderer;
    }

    @Params(
            @Params.Param(
                    name = "limit",
                    type = "integer",
                    description = "How many contributors (default 10, at most 40)"))
    @GetMapping({Paths.GROUPS + "/{id}/contributors", Paths.ORGS + "/{id}/contributors"})
    List<Map<String, Object>> contributors(
            @PathVariable String id, Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        Collective c = Paths.visible(groups, viewer, id, request);
        if (!log.groupVisible(c.id(), viewer)) {
            return List.of();
        }
        return log.topInGroup(c.id(), params.limit(10, 40)).stream()
                .map(row -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("account", renderer.render(row.accountId()));
                    out.put("contributions", row.count());
                    out.put("weight", ContributionsController.round(row.weight()));
                    return out;
                })
                .toList();
    }

    @Params(@Params.Param(name = "limit", type = "integer", description = "How many pairs (default 30, at most 100)"))
    @GetMapping({Paths.GROUPS + "/{id}/relationships", Paths.ORGS + "/{id}/relationships"})
    List<Map<String, Object>> relationships(
            @PathVariable String id, Caller caller, ApiParams params, HttpServletRequest request) {
        Long viewer = caller.viewer("read");
        Collective c = Paths.visible(groups, viewer, id, request);
        if (!log.groupVisible(c.id(), viewer)) {
            return List.of();
        }
        return strengths.inGroup(c.id(), params.limit(30, 100), Instant.now()).stream()
                .map(e -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("account", renderer.render(e.a()));
                    out.put("other", renderer.render(e.b()));
                    out.put("strength", ContributionsController.round(e.strength()));
                    out.put("given", ContributionsController.round(e.aGave()));
                    out.put("received", ContributionsController.round(e.bGave()));
                    return out;
                })
                .toList();
    }
}
