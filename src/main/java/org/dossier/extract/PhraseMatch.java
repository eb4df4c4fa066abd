package org.dossier.extract;

import java.util.List;

/**
 * A lexicon phrase found in a sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive), the lexicon it comes from and the labels of its line. {@code head} is the token
 * that anchors it in the dependency parse (the first content word). {@code skipped} are the
 * tokens a {@code *} of the phrase passed over ("him" in "found him guilty"): inside the span
 * but not part of the phrase. {@code columns} names the labels as the lexicon file's first line
 * does, so that rules can say {@code type == "custody"} and {@code kind == "arrested"} of a trigger.
 */
public record PhraseMatch(String article, int sentence, int start, int end, int head,
                          String lexicon, String label, String label2, String text, List<Integer> skipped,
                          List<String> columns) {

    public PhraseMatch(String article, int sentence, int start, int end, int head,
                       String lexicon, String label, String label2, String text) {
        this(article, sentence, start, end, head, lexicon, label, label2, text, List.of(), List.of());
    }

    public PhraseMatch(String article, int sentence, int start, int end, int head,
                       String lexicon, String label, String label2, String text, List<Integer> skipped) {
        this(article, sentence, start, end, head, lexicon, label, label2, text, skipped, List.of());
    }

    /** Holds all the words of {@code other}, in the same sentence ("house arrest" holds "arrest"). */
    public boolean holds(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence && start <= other.start && end >= other.end;
    }

    /** Comes right before {@code other} in the same sentence ("since" before "December 2018"). */
    public boolean isRightBefore(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence && end == other.start;
    }

    /** Comes right before {@code other} or with one word between ("since early February"). */
    public boolean isJustBefore(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence
                && (end == other.start || end == other.start - 1);
    }

    /**
     * Comes before {@code other} in the same sentence with at most a short phrase between ("served
     * five years of a 30-year sentence": "served five years" shortly before "sentence").
     */
    public boolean isShortlyBefore(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence && end <= other.start
                && other.start - end <= SHORT_PHRASE;
    }

    /** Comes before {@code other}, anywhere earlier in the same sentence. */
    public boolean isEarlierInSentence(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence && start < other.start;
    }

    /** The most words "shortly before" lets stand between two phrases ("of a 30-year"). */
    private static final int SHORT_PHRASE = 6;

    /** Begins at the same word of the same sentence as {@code other}. */
    public boolean beginsAt(PhraseMatch other) {
        return article.equals(other.article) && sentence == other.sentence && start == other.start;
    }

    /**
     * Each phrase found is one object: rules join phrases, links and events on it thousands of
     * times an article, and comparing every field (and the lists) each time cost more than the
     * rest of the matching.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether {@code token} is one of the phrase's own words (not one a wildcard skipped). */
    public boolean covers(int token) {
        return token >= start && token < end && !skipped.contains(token);
    }

    public List<String> labels() {
        return label2 == null ? List.of(label) : List.of(label, label2);
    }

    /** The value of the lexicon column so named on this phrase's line, or null. */
    public String field(String column) {
        return labelAt(columns.indexOf(column));
    }

    private String labelAt(int column) {
        return column == 0 ? label : column == 1 ? label2 : null;
    }

    // The column names of rules/lexicon/*.csv, as rules read them.

    /** triggers.csv: custody, legal, diplomatic, request, health, conditions, contact. */
    public String getType() {
        return columns instanceof LexiconColumns c ? labelAt(c.type) : field("type");
    }

    /** triggers.csv, contact-cues.csv, request-kinds.csv, references.csv: the kind of fact or cue. */
    public String getKind() {
        return columns instanceof LexiconColumns c ? labelAt(c.kind) : field("kind");
    }

    /** cues.csv: what a cue word says of a trigger (negation, future, refused ...). */
    public String getMeaning() {
        return columns instanceof LexiconColumns c ? labelAt(c.meaning) : field("meaning");
    }

    /** illnesses.csv: the family of an illness or injury, so that one told in several words is one. */
    public String getFamily() {
        return columns instanceof LexiconColumns c ? labelAt(c.family) : field("family");
    }

    /** roles.csv: official, lawyer, family ... */
    public String getRole() {
        return columns instanceof LexiconColumns c ? labelAt(c.role) : field("role");
    }

    /** A sentence shape found by the parser (predicative, describing, judged), for "frame" matches. */
    public String getShape() {
        return "frame".equals(lexicon) ? label : null;
    }

    /** request-kinds.csv: where the request is to be answered (trial ...), if said. */
    public String getSetting() {
        return columns instanceof LexiconColumns c ? labelAt(c.setting) : field("setting");
    }
}
