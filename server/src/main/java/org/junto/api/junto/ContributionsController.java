package org.junto.api.junto;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.Accounts;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.contributions.ContributionCalendar;
import org.junto.contributions.ContributionLog;
import org.junto.contributions.RelationshipStrengths;
import org.junto.core.JuntoException;
import org.junto.groups.Groups;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's contributions: counts by type, the calendar (contributions per UTC day, for a heatmap) and the top
 * collaborators with relationship strength now and reciprocity. Public figures of a profile, as Mastodon's counts are,
 * except what was done inside closed or secret groups (or organizations), which counts only for their members.
 */
@RestController
@RequestMapping("/api/junto/v1/accounts/{id}")
class ContributionsController {
    private final ContributionLog log;
    private final ContributionCalendar calendar;
    private final RelationshipStrengths strengths;
    private final Accounts accounts;
    private final Groups groups;
    private final AccountRenderer renderer;

    ContributionsController(
            ContributionLog log,
            ContributionCalendar calendar,
            RelationshipStrengths strengths,
            Accounts accounts,
            Groups groups,
            AccountRenderer renderer) {
        this.log = log;
        this.calendar = calendar;
        this.strengths = strengths;
        this.accounts = accounts;
        this.groups = groups;
        this.renderer = renderer;
    }

    @GetMapping("/contributions")
    Map<String, Object> counts(@PathVariable String id, Caller caller) {
        Long viewer = caller.viewer("read");
        long account = existing(id, viewer);
        Map<String, Long> counts = log.countsByType(account, viewer);
        return Map.of(
                "counts",
                counts,
                "total",
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** {@code days} (1–366, default 365) UTC days ending today: every day with its count and weight. */
    @Params({@Params.Param(name = "days", description = "UTC days ending today (1-366, default 365)", type = "integer")
    })
    @GetMapping("/contributions/calendar")
    List<Map<String, Object>> calendar(@PathVariable String id, Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read");
        long account = existing(id, viewer);
        Integer requested = params.integer("days");
        int days = requested == null ? 365 : requested;
        if (days < 1 || days > ContributionCalendar.MAX_DAYS) {
            throw JuntoException.invalid(
                    "Validation failed: days must be between 1 and " + ContributionCalendar.MAX_DAYS);
        }
        return calendar.lastDays(account, days, viewer).stream()
                .map(d -> {
                    Map<String, Object> day = new LinkedHashMap<>();
                    day.put("date", d.date().toString());
                    day.put("count", d.count());
                    day.put("weight", d.weight());
                    return day;
                })
                .toList();
    }

    @Params({
        @Params.Param(
                name = "limit",
                description = "Maximum number of collaborators (default 10, at most 40)",
                type = "integer")
    })
    @GetMapping("/collaborators")
    List<Map<String, Object>> collaborators(@PathVariable String id, Caller caller, ApiParams params) {
        Long viewer = caller.viewer("read");
        long account = existing(id, viewer);
        Integer limit = params.integer("limit");
        int n = limit == null || limit <= 0 ? 10 : Math.min(limit, 40);
        return strengths.top(account, n, Instant.now(), viewer).stream()
                .filter(c -> !groups.hiddenFrom(viewer, c.accountId()))
                .map(c -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("account", renderer.render(c.accountId()));
                    out.put("strength", round(c.strength()));
                    out.put("given", round(c.given()));
                    out.put("received", round(c.received()));
                    out.put("reciprocity", round(c.reciprocity()));
                    return out;
                })
                .toList();
    }

    private long existing(String id, Long viewer) {
        long account = ApiParams.id(id);
        accounts.byId(account).filter(a -> !groups.hiddenFrom(viewer, a.id())).orElseThrow(JuntoException::notFound);
        return account;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
