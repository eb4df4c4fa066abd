package org.dossier.extract;

import java.util.List;

/**
 * One line of a lexicon file under {@code rules/lexicon}: a phrase of lemmas (a {@code *} stands
 * for up to four words) and the labels the line gives it, such as {@code custody, arrested};
 * {@code columns} are the names the file's first line gives those labels ({@code type, kind}).
 */
public record LexiconEntry(String lexicon, List<String> phrase, List<String> labels, String file, int line,
                           List<String> columns) {

    public LexiconEntry(String lexicon, List<String> phrase, List<String> labels, String file, int line) {
        this(lexicon, phrase, labels, file, line, List.of());
    }

    public String label(int i) {
        return i < labels.size() ? labels.get(i) : null;
    }
}
