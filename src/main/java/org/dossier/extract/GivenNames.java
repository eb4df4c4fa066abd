package org.dossier.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Reads the list now, if it has not been read. */
    static void load() {
        Loaded.NAMES.size();
    }

    static boolean contains(String word) {
        return Loaded.NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a first name is given for, or null for a name given to both or not listed ("Jan"). */
    static Gender genderOf(String word) {
        return Loaded.GENDERS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Read on first use, once: every name, and the gender of those the list gives only one. */
    private static final class Loaded {
        static final Set<String> NAMES = new HashSet<>();
        static final Map<String, Gender> GENDERS = new HashMap<>();

        static {
            Set<String> both = new HashSet<>();
            for (String line : ModelJarLists.lines(LIST)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String name = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                NAMES.add(name);
                String label = line.substring(tab + 1).strip();
                Gender gender = label.equals("MALE") ? Gender.MALE : label.equals("FEMALE") ? Gender.FEMALE : null;
                Gender before = gender == null ? null : GENDERS.putIfAbsent(name, gender);
                if (gender == null || before != null && before != gender) {
                    both.add(name);
                }
            }
            both.forEach(GENDERS::remove);
        }
    }
}
