package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The country a people's adjective names ("Turkish" is Turkey, "Venezuelan" Venezuela), from
 * CoreNLP's list of demonyms; an adjective two countries share ("Congolese") names neither.
 */
final class Demonyms {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static volatile Map<String, String> countries;

    private Demonyms() {
    }

    /** The country of the adjective, or null. */
    static String countryOf(String adjective) {
        return all().get(adjective.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> all() {
        Map<String, String> c = countries;
        if (c == null) {
            synchronized (Demonyms.class) {
                if (countries == null) {
                    countries = read();
                }
                c = countries;
            }
        }
        return c;
    }

    private static Map<String, String> read() {
        Map<String, String> found = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        try (var in = Demonyms.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return found;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                for (int i = 1; i < cols.length; i++) {
                    String word = cols[i].strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && seen.merge(word, 1, Integer::sum) == 1) {
                        found.put(word, cols[0].strip());
                    } else if (!word.isEmpty() && !cols[0].strip().equals(found.get(word))) {
                        found.remove(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
