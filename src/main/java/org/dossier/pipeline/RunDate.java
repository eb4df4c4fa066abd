package org.dossier.pipeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The day a run makes its PDFs, which their footers print as "made": the start (UTC) of today,
 * or of the time in {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
 * convention) when that is set. A day, not a time, so that identical inputs on one day give
 * identical PDFs; a brief that does not change is not rendered again, so its PDF keeps the day
 * it was made.
 */
public final class RunDate {

    private RunDate() {
    }

    public static Instant today() {
        return of(System.getenv("SOURCE_DATE_EPOCH"), Instant.now());
    }

    static Instant of(String sourceDateEpoch, Instant now) {
        Instant when = now;
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            when = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return when.truncatedTo(ChronoUnit.DAYS);
    }
}
