package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds lexicon phrases in a sentence. A phrase word matches a token's lemma or its word,
 * ignoring case; {@code *} skips up to three tokens. Longest match first at each position.
 */
public final class PhraseMatcher {

    private static final int MAX_GAP = 3;

    private final java.util.Map<String, List<LexiconEntry>> byFirstWord = new java.util.HashMap<>();

    public PhraseMatcher(List<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            byFirstWord.computeIfAbsent(e.phrase().get(0), k -> new ArrayList<>()).add(e);
        }
    }

    public List<PhraseMatch> find(String article, Sentence sentence) {
        List<PhraseMatch> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int start = 0; start < tokens.size(); start++) {
            Token t = tokens.get(start);
            for (String key : keys(t)) {
                for (LexiconEntry entry : byFirstWord.getOrDefault(key, List.of())) {
                    int end = matchAt(entry.phrase(), 1, tokens, start + 1);
                    if (end > start) {
                        found.add(new PhraseMatch(article, sentence.index(), start, end, start,
                                entry.lexicon(), entry.label(0), entry.label(1), text(tokens, start, end)));
                    }
                }
            }
        }
        return found;
    }

    private static java.util.Set<String> keys(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String word = t.word().toLowerCase(Locale.ROOT);
        return lemma.equals(word) ? java.util.Set.of(lemma) : java.util.Set.of(lemma, word);
    }

    /** Returns the end (exclusive) of a match of phrase[p..] at token t, or -1. */
    private static int matchAt(List<String> phrase, int p, List<Token> tokens, int t) {
        if (p == phrase.size()) {
            return t;
        }
        String want = phrase.get(p);
        if (want.equals("*")) {
            for (int gap = 0; gap <= MAX_GAP && t + gap <= tokens.size(); gap++) {
                int end = matchAt(phrase, p + 1, tokens, t + gap);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(want, tokens.get(t))) {
            return -1;
        }
        return matchAt(phrase, p + 1, tokens, t + 1);
    }

    private static boolean matches(String want, Token token) {
        return want.equals(token.lemma().toLowerCase(Locale.ROOT))
                || want.equals(token.word().toLowerCase(Locale.ROOT));
    }

    static String text(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && tokens.get(i).begin() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).word());
        }
        return sb.toString();
    }
}
