package org.dossier.render;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the model's ISO 8601 dates at whatever precision they have ("2014", "2014-07", "2014-07-05"). */
final class Dates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {
    }

    /** "on 9 Feb 2022" for a day, "in Feb 2022" or "in 2008" for a month or a year. */
    static String onOrIn(String iso) {
        String shown = display(iso);
        if (shown == null) {
            return null;
        }
        Matcher m = ISO.matcher(iso.trim());
        return (m.find() && m.group(3) != null ? "on " : "in ") + shown;
    }

    /** "5 Jul 2014", "Jul 2014" or "2014"; text that is not an ISO date is returned as it is. */
    static String display(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.find()) {
            return iso.trim();
        }
        String year = m.group(1);
        if (m.group(2) == null) {
            return year;
        }
        String month = monthName(m.group(2));
        if (month == null) {
            return iso.trim();
        }
        return m.group(3) == null ? month + " " + year : Integer.parseInt(m.group(3)) + " " + month + " " + year;
    }

    /** A projected release as people read it: "5 Jul 2041", "about 2033", "5 Jul 2041 to 5 Jul 2055". */
    static String release(org.dossier.brief.ProjectedRelease release) {
        String dates = release.isRange() ? display(release.earliest()) + " to " + display(release.latest())
                : display(release.date());
        return release.approximate() ? "about " + dates : dates;
    }

    /** The first day the date can mean, for placing it on a time axis. */
    static Optional<LocalDate> start(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String monthName(String number) {
        int month = Integer.parseInt(number);
        if (month < 1 || month > 12) {
            return null;
        }
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
