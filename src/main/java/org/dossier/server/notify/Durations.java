package org.dossier.server.notify;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in a settings file: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 3d}. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration {@code text} says, {@code fallback} when it is null; throws naming {@code what} when it is not one. */
    static Duration parse(String text, Duration fallback, String what) {
        if (text == null) {
            return fallback;
        }
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(what + ": \"" + text + "\" is not a duration (write e.g. 500ms, 10s, 5m, 1h, 3d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
