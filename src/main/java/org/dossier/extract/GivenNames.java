package org.dossier.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * First names of people, from CoreNLP's name and gender list (lower case): "Roman Protasevich",
 * "Ole Berg" are names even where the tagger reads the first word as an adjective or a nationality.
 */
final class GivenNames {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private GivenNames() {
    }

    static boolean contains(String word) {
        return Loaded.NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Read on first use, once. */
    private static final class Loaded {
        static final Set<String> NAMES = ModelJarLists.lines(LIST).stream()
                .filter(line -> line.indexOf('\t') > 0)
                .map(line -> line.substring(0, line.indexOf('\t')).strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
