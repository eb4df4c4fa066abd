package org.dossier.ingest;

import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Borrows a missing year from another article of the set that reports the same event:
 * one with the same dateline place and the same month and day, whose own date is stated in
 * full. When such articles disagree on the year, none is borrowed.
 */
final class SameEventYear {

    private SameEventYear() {
    }

    static Optional<Year> find(ArticleDraft draft, List<ArticleDraft> set) {
        String place = draft.article().dateline();
        if (place == null) {
            return Optional.empty();
        }
        Set<Year> years = set.stream()
                .filter(other -> other != draft && other.hasStatedDate())
                .filter(other -> samePlace(place, other.article().dateline()))
                .filter(other -> draft.yearless().equals(MonthDay.from(other.article().date())))
                .map(other -> Year.from(other.article().date()))
                .collect(Collectors.toSet());
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    private static boolean samePlace(String place, String other) {
        return other != null && place.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }
}
