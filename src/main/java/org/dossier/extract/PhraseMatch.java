package org.dossier.extract;

import java.util.List;

/**
 * A lexicon phrase found in a sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive), the lexicon it comes from and the labels of its line. {@code head} is the token
 * that anchors it in the dependency parse (the first content word).
 */
public record PhraseMatch(String article, int sentence, int start, int end, int head,
                          String lexicon, String label, String label2, String text) {

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    public List<String> labels() {
        return label2 == null ? List.of(label) : List.of(label, label2);
    }
}
