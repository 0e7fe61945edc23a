package org.junto.contributions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A person's contributions per UTC day over the last {@code days} days, zeros included: the data of a heatmap. */
@Component
public class ContributionCalendar {
    public static final int MAX_DAYS = 366;
    private final ContributionLog log;

    ContributionCalendar(ContributionLog log) {
        this.log = log;
    }

    public record Day(LocalDate date, long count, double weight) {}

    /** {@code days} UTC days ending {@code today}, oldest first, as {@code viewer} may see them. */
    public List<Day> days(long accountId, int days, LocalDate today, Long viewer) {
        LocalDate first = today.minusDays(days - 1L);
        Map<Long, ContributionLog.Day> byDay = new HashMap<>();
        log.calendar(
                        accountId,
                        first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        viewer)
                .forEach(d -> byDay.put(d.epochDay(), d));
        return first.datesUntil(today.plusDays(1))
                .map(date -> {
                    ContributionLog.Day d = byDay.get(date.toEpochDay());
                    return new Day(date, d == null ? 0 : d.count(), d == null ? 0 : d.weight());
                })
                .toList();
    }

    public List<Day> lastDays(long accountId, int days, Long viewer) {
        return days(accountId, days, LocalDate.now(ZoneOffset.UTC), viewer);
    }
}
