package org.dossier.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First names of people, from CoreNLP's name and gender list (lower case): "Roman Protasevich",
 * "Ole Berg" are names even where the tagger reads the first word as an adjective or a nationality.
 */
final class GivenNames {

    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Set<String> names;

    private GivenNames() {
    }

    static boolean contains(String word) {
        return all().contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> all() {
        Set<String> n = names;
        if (n == null) {
            synchronized (GivenNames.class) {
                if (names == null) {
                    names = read();
                }
                n = names;
            }
        }
        return n;
    }

    private static Set<String> read() {
        Set<String> found = new HashSet<>();
        try (var in = GivenNames.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return found;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    found.add(line.substring(0, tab).strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
