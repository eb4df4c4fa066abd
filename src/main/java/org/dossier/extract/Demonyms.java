package org.dossier.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country a people's adjective names ("Turkish" is Turkey, "Venezuelan" Venezuela), from
 * CoreNLP's list of demonyms; an adjective several places share names the one that is a state,
 * or none.
 */
final class Demonyms {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private Demonyms() {
    }

    /** Reads the list now, if it has not been read. */
    static void load() {
        Loaded.COUNTRIES.size();
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
        Map<String, Set<String>> candidates = new HashMap<>();
        for (String line : ModelJarLists.lines(LIST)) {
            String[] cols = line.split("\t");
            for (int i = 1; i < cols.length && !line.startsWith("#"); i++) {
                String word = cols[i].strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    candidates.computeIfAbsent(word, k -> new HashSet<>()).add(cols[0].strip().replaceAll("\\.$", ""));
                }
            }
        }
        Map<String, String> countries = new HashMap<>();
        candidates.values().forEach(places -> places.removeIf(CONTINENTS::contains));
        candidates.forEach((word, places) -> {
            String country = places.isEmpty() ? null
                    : places.size() == 1 ? places.iterator().next() : theOneState(places);
            if (country != null) {
                countries.put(word, country);
            }
        });
        return Map.copyOf(countries);
    }

    /** "an African jail", "a European court": a continent's adjective names no country. */
    private static final Set<String> CONTINENTS = Set.of("Africa", "West Africa", "North Africa", "East Africa",
            "Antarctica", "America", "Asia", "Australasia", "Eurasia", "Europe", "North America", "Oceania", "South America");

    /**
     * "Chinese" is listed for China and for Macau, "Irish" for Ireland and Northern Ireland: the
     * one of them that is a state (ISO 3166) is meant; when none or several are, neither is.
     */
    private static String theOneState(Set<String> places) {
        List<String> states = places.stream().filter(org.dossier.facts.CountryNames::isCountry).toList();
        return states.size() == 1 ? states.get(0) : null;
    }
}
