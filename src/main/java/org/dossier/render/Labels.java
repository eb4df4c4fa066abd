package org.dossier.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Display words for the model's codes (kinds, statuses, severities), read from
 * {@code labels.properties}; a code without a label is shown with its underscores as spaces.
 */
final class Labels {

    private final Properties words = new Properties();

    Labels() {
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the classpath");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label of {@code code} in a group such as "kind" or "status"; null for a null code. */
    String of(String group, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String word = words.getProperty(group + "." + code.trim().toLowerCase(Locale.ROOT));
        return word != null ? word : humanize(code);
    }

    private static String humanize(String code) {
        String spaced = code.trim().replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
