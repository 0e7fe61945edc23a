package org.junto.api.junto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.accounts.Accounts;
import org.junto.api.mastodon.AccountRenderer;
import org.junto.api.mastodon.ApiParams;
import org.junto.contributions.ContributionLog;
import org.junto.contributions.RelationshipStrengths;
import org.junto.core.JuntoException;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's contributions: counts by type, the calendar (contributions per UTC day, for a heatmap) and the top
 * collaborators with relationship strength now and reciprocity. Public figures of a profile, as Mastodon's counts are.
 */
@RestController
@RequestMapping("/api/junto/v1/accounts/{id}")
class ContributionsController {
    private static final int MAX_DAYS = 366;
    private final ContributionLog log;
    private final RelationshipStrengths strengths;
    private final Accounts accounts;
    private final AccountRenderer renderer;

    ContributionsController(
            ContributionLog log, RelationshipStrengths strengths, Accounts accounts, AccountRenderer renderer) {
        this.log = log;
        this.strengths = strengths;
        this.accounts = accounts;
        this.renderer = renderer;
    }

    @GetMapping("/contributions")
    Map<String, Object> counts(@PathVariable String id, Caller caller) {
        long account = existing(id, caller);
        Map<String, Long> counts = log.countsByType(account);
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
        long account = existing(id, caller);
        Integer requested = params.integer("days");
        int days = requested == null ? 365 : requested;
        if (days < 1 || days > MAX_DAYS) {
            throw JuntoException.invalid("Validation failed: days must be between 1 and " + MAX_DAYS);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<Long, ContributionLog.Day> byDay = new LinkedHashMap<>();
        log.calendar(
                        account,
                        first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .forEach(d -> byDay.put(d.epochDay(), d));
        return first.datesUntil(today.plusDays(1))
                .map(date -> {
                    ContributionLog.Day d = byDay.get(date.toEpochDay());
                    Map<String, Object> day = new LinkedHashMap<>();
                    day.put("date", date.toString());
                    day.put("count", d == null ? 0 : d.count());
                    day.put("weight", d == null ? 0.0 : d.weight());
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
        long account = existing(id, caller);
        Integer limit = params.integer("limit");
        int n = limit == null || limit <= 0 ? 10 : Math.min(limit, 40);
        return strengths.top(account, n, Instant.now()).stream()
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

    private long existing(String id, Caller caller) {
        caller.viewer("read");
        long account = ApiParams.id(id);
        accounts.byId(account).orElseThrow(JuntoException::notFound);
        return account;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
