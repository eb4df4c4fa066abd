package org.dossier.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as metadata write them: ISO 8601 with or without a time, or a date in words. */
final class PageDates {

    private static final Pattern ISO_START = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private PageDates() {
    }

    /**
     * The calendar date as the publisher wrote it: "2024-03-12T23:30:00-05:00" is March 12, the
     * day in the publisher's own time zone, not converted to UTC.
     */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO_START.matcher(value.strip());
        if (iso.matches()) {
            try {
                return Optional.of(LocalDate.parse(iso.group(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return DatePhrases.parse(value).filter(PartialDate::hasYear).map(PartialDate::toLocalDate);
    }
}
