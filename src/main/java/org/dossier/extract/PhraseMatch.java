package org.dossier.extract;

import java.util.List;

/**
 * A lexicon phrase found in a sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive), the lexicon it comes from and the labels of its line. {@code head} is the token
 * that anchors it in the dependency parse (the first content word). {@code skipped} are the
 * tokens a {@code *} of the phrase passed over ("him" in "found him guilty"): inside the span
 * but not part of the phrase.
 */
public record PhraseMatch(String article, int sentence, int start, int end, int head,
                          String lexicon, String label, String label2, String text, List<Integer> skipped) {

    public PhraseMatch(String article, int sentence, int start, int end, int head,
                       String lexicon, String label, String label2, String text) {
        this(article, sentence, start, end, head, lexicon, label, label2, text, List.of());
    }

    /** Whether {@code token} is one of the phrase's own words (not one a wildcard skipped). */
    public boolean covers(int token) {
        return token >= start && token < end && !skipped.contains(token);
    }

    public List<String> labels() {
        return label2 == null ? List.of(label) : List.of(label, label2);
    }
}
