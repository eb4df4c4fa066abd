package org.dossier.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a time expression can be made of ({@code temporal-words.txt} beside this class):
 * a sentence with none of them and no digit has no date, duration or time for SUTime to find.
 */
public final class TemporalWords {

    private static final Set<String> WORDS = load();

    private TemporalWords() {
    }

    /** Changes when the word list does; part of the annotation cache key. */
    public static String fingerprint() {
        return Integer.toHexString(WORDS.stream().sorted().toList().hashCode());
    }

    /** Whether any of the words could be part of a time expression. */
    public static boolean anyIn(List<String> words) {
        for (String w : words) {
            if (couldBeTemporal(w)) {
                return true;
            }
        }
        return false;
    }

    /** A digit anywhere, or a listed word (also as a plural, a possessive or part of a hyphenated word). */
    public static boolean couldBeTemporal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (isListed(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (isListed(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isListed(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'") || w.endsWith("’")) {
            w = w.substring(0, w.length() - 1);
        }
        return WORDS.contains(w) || w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TemporalWords.class.getResourceAsStream("temporal-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("temporal-words.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    words.addAll(List.of(content.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
