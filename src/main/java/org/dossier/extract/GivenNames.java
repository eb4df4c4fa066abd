package org.dossier.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names of people, from CoreNLP's name and gender list (lower case): "Roman Protasevich",
 * "Ole Berg" are names even where the tagger reads the first word as an adjective or a nationality,
 * and "Lucia" is a woman's name while "Tomas" is a man's.
 */
final class GivenNames {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    /** What a first name tells of its bearer. */
    enum Gender { MALE, FEMALE }

    private GivenNames() {
    }

    static boolean contains(String word) {
        return Loaded.GENDERS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a first name is given for, or null for a name given to both or not listed ("Jan"). */
    static Gender genderOf(String word) {
        return Loaded.GENDERS.getOrDefault(word.toLowerCase(Locale.ROOT), java.util.Optional.empty()).orElse(null);
    }

    /** Read on first use, once: each name with its gender, empty when the list gives it both. */
    private static final class Loaded {
        static final Map<String, java.util.Optional<Gender>> GENDERS = read();

        private static Map<String, java.util.Optional<Gender>> read() {
            Map<String, java.util.Optional<Gender>> genders = new HashMap<>();
            for (String line : ModelJarLists.lines(LIST)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String name = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                String label = line.substring(tab + 1).strip();
                java.util.Optional<Gender> gender = label.equals("MALE") ? java.util.Optional.of(Gender.MALE)
                        : label.equals("FEMALE") ? java.util.Optional.of(Gender.FEMALE) : java.util.Optional.empty();
                genders.merge(name, gender, (a, b) -> a.equals(b) ? a : java.util.Optional.empty());
            }
            return Map.copyOf(genders);
        }
    }
}
