package org.dossier.ingest;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/** English month names as news texts write them: "November", "Nov." or "Sept". */
final class Months {

    /** A regex matching one month name (capitalised), with an optional abbreviation dot. */
    static final String NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?";

    private Months() {
    }

    static Optional<Month> parse(String name) {
        String word = name.replace(".", "").strip().toLowerCase(Locale.ROOT);
        if (word.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.startsWith(word) || (word.equals("sept") && month == Month.SEPTEMBER)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
