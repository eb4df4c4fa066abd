package org.dossier.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country a people's adjective names ("Turkish" is Turkey, "Venezuelan" Venezuela), from
 * CoreNLP's list of demonyms; an adjective two countries share names neither.
 */
final class Demonyms {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private Demonyms() {
    }

    /** The country of the adjective, or null. */
    static String countryOf(String adjective) {
        return Loaded.COUNTRIES.get(adjective.toLowerCase(Locale.ROOT));
    }

    /** Read on first use, once. */
    private static final class Loaded {
        static final Map<String, String> COUNTRIES = read();
    }

    private static Map<String, String> read() {
        Map<String, String> countries = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String line : ModelJarLists.lines(LIST)) {
            String[] cols = line.split("\t");
            for (int i = 1; i < cols.length && !line.startsWith("#"); i++) {
                String word = cols[i].strip().toLowerCase(Locale.ROOT);
                String before = word.isEmpty() ? null : countries.putIfAbsent(word, cols[0].strip());
                if (before != null && !before.equals(cols[0].strip())) {
                    shared.add(word);
                }
            }
        }
        countries.keySet().removeAll(shared);
        return Map.copyOf(countries);
    }
}
