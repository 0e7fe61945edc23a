package org.junto.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junto.contributions.ContributionCalendar;

/**
 * A year of contributions laid out for a server-rendered SVG heatmap: one square per day, a column per week (Monday
 * at the top), a colour level 0–4 relative to the busiest day, month labels, and the per-month totals that the page
 * shows as its text alternative. Only numbers and dates: the template escapes everything it writes.
 */
public record ContributionHeatmap(
        List<Cell> cells, List<Label> months, List<MonthTotal> totals, long total, int width, int height) {

    static final int CELL = 12;
    static final int LEFT = 28;
    static final int TOP = 16;

    public record Cell(int x, int y, int level, String date, long count) {
        public String label() {
            return date + ": " + count + (count == 1 ? " contribution" : " contributions");
        }
    }

    public record Label(int x, String text) {}

    public record MonthTotal(String month, long count) {}

    static ContributionHeatmap of(List<ContributionCalendar.Day> days) {
        long max =
                days.stream().mapToLong(ContributionCalendar.Day::count).max().orElse(0);
        List<Cell> cells = new ArrayList<>();
        List<Label> months = new ArrayList<>();
        Map<String, Long> byMonth = new LinkedHashMap<>();
        LocalDate first = days.isEmpty() ? LocalDate.now() : days.getFirst().date();
        LocalDate firstMonday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int lastMonth = -1;
        long total = 0;
        int columns = 0;
        for (ContributionCalendar.Day d : days) {
            int column = (int) ((d.date().toEpochDay() - firstMonday.toEpochDay()) / 7);
            int row = d.date().getDayOfWeek().getValue() - 1;
            int level = d.count() == 0 || max == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * d.count() / max));
            cells.add(new Cell(
                    LEFT + column * CELL, TOP + row * CELL, level, d.date().toString(), d.count()));
            if (d.date().getMonthValue() != lastMonth) {
                lastMonth = d.date().getMonthValue();
                months.add(new Label(
                        LEFT + column * CELL, d.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            }
            String month = d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + d.date().getYear();
            byMonth.merge(month, d.count(), Long::sum);
            total += d.count();
            columns = Math.max(columns, column + 1);
        }
        List<MonthTotal> totals = new ArrayList<>();
        byMonth.forEach((m, n) -> totals.add(new MonthTotal(m, n)));
        return new ContributionHeatmap(cells, months, totals, total, LEFT + columns * CELL + 2, TOP + 7 * CELL + 2);
    }

    /** The weekday labels beside the rows (Mon, Wed, Fri), with their y. */
    public List<Label> weekdays() {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).stream()
                .map(d -> new Label(
                        TOP + (d.getValue() - 1) * CELL + 9, d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)))
                .toList();
    }
}
