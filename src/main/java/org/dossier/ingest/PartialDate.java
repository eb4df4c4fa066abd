package org.dossier.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;

/**
 * A calendar date as a text states it, possibly without its year ("November 15").
 *
 * @param year     the year, or null when the text does not give one
 * @param monthDay the month and day
 */
record PartialDate(Year year, MonthDay monthDay) {

    /** The date, or empty when the day does not exist (April 31, February 29 of 2023). */
    static Optional<PartialDate> of(Integer year, Month month, int day) {
        try {
            MonthDay monthDay = MonthDay.of(month, day);
            if (year == null) {
                return Optional.of(new PartialDate(null, monthDay));
            }
            return monthDay.isValidYear(year) ? Optional.of(new PartialDate(Year.of(year), monthDay)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean hasYear() {
        return year != null;
    }

    /** The full date; only for a date that has its year. */
    LocalDate toLocalDate() {
        return year.atMonthDay(monthDay);
    }

    /** Of two stated dates, the one that says more: a date with its year beats one without. */
    static PartialDate better(PartialDate first, PartialDate second) {
        if (first == null) {
            return second;
        }
        return !first.hasYear() && second != null && second.hasYear() ? second : first;
    }
}
