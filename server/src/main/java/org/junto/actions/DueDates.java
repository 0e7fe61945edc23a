package org.junto.actions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of a {@code due:} token against the poster's "today": an ISO date, {@code today}, {@code tomorrow},
 * a weekday (the next one, today included) or an offset ({@code +3d}, {@code +2w}).
 */
final class DueDates {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OFFSET = Pattern.compile("\\+(\\d{1,4})([dw])");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private DueDates() {}

    /** The date meant, or an {@link IllegalArgumentException} whose message is written for the poster. */
    static LocalDate resolve(String value, LocalDate today) {
        String v = value.toLowerCase(Locale.ROOT);
        LocalDate due = switch (v) {
            case "today" -> today;
            case "tomorrow" -> today.plusDays(1);
            default -> other(v, today);
        };
        if (due.isBefore(today)) {
            throw new IllegalArgumentException("the due date " + due + " is in the past");
        }
        return due;
    }

    private static LocalDate other(String v, LocalDate today) {
        if (WEEKDAYS.containsKey(v)) {
            return today.with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(v)));
        }
        Matcher offset = OFFSET.matcher(v);
        if (offset.matches()) {
            int n = Integer.parseInt(offset.group(1));
            return offset.group(2).equals("w") ? today.plusWeeks(n) : today.plusDays(n);
        }
        if (ISO.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("due:" + v + " is not a calendar date");
            }
        }
        throw new IllegalArgumentException("due:" + v
                + " is not a date I understand (write due:2026-12-01, due:today, due:tomorrow, due:friday or due:+3d)");
    }
}
