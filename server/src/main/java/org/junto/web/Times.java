package org.junto.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show time: short relative text ("5m", "3h", "12 Mar"), the exact UTC time for the hover title, and the
 * ISO form for {@code <time datetime>} from which the page's script keeps the relative text current.
 */
public final class Times {
    public static final Times INSTANCE = new Times();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {}

    public String ago(Instant at) {
        Duration d = Duration.between(at, Instant.now());
        if (d.toSeconds() < 60) {
            return "now";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + "m";
        }
        if (d.toHours() < 24) {
            return d.toHours() + "h";
        }
        if (d.toDays() < 7) {
            return d.toDays() + "d";
        }
        var date = at.atOffset(ZoneOffset.UTC);
        return (date.getYear() == Instant.now().atOffset(ZoneOffset.UTC).getYear() ? DAY : DAY_YEAR).format(date);
    }

    public String exact(Instant at) {
        return FULL.format(at);
    }

    public String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
