package org.dossier.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small helpers for the model's optional values: nulls, blanks and counts in words. */
final class Values {

    /** What an empty table cell shows. */
    static final String UNKNOWN = "—";

    private Values() {
    }

    static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    static String firstNonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    static String joinNonBlank(String separator, String... parts) {
        String joined = Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** "1 day", "1,406 days". */
    static String count(long n, String one, String many) {
        return n == 1 ? "1 " + one : String.format(Locale.ENGLISH, "%,d %s", n, many);
    }
}
