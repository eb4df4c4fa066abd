package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds lexicon phrases in a sentence. A phrase word matches a token's lemma or its word,
 * ignoring case; {@code *} skips up to four words (a name such as "US journalist Ann Smith"), or
 * more when what it skips is one phrase that the word before or after it governs ("found the
 * defendant, a teacher from the coast, guilty"). Longest match first at each position.
 */
public final class PhraseMatcher {

    private static final int MAX_GAP = 4;

    /** The most tokens a wildcard skips between two words the grammar joins. */
    private static final int MAX_JOINED_GAP = 30;

    private final java.util.Map<String, List<LexiconEntry>> byFirstWord = new java.util.HashMap<>();

    public PhraseMatcher(List<LexiconEntry> entries) {
        for (LexiconEntry e : entries) {
            byFirstWord.computeIfAbsent(e.phrase().get(0), k -> new ArrayList<>()).add(e);
        }
    }

    public List<PhraseMatch> find(String article, Sentence sentence) {
        List<PhraseMatch> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        Words words = new Words(tokens, sentence.dependencies());
        for (int start = 0; start < tokens.size(); start++) {
            int first = found.size();
            for (String key : words.keys(start)) {
                for (LexiconEntry entry : byFirstWord.getOrDefault(key, List.of())) {
                    List<Integer> skipped = new ArrayList<>();
                    int end = matchAt(entry.phrase(), 1, words, start + 1, skipped);
                    if (end > start && !(NAMES_NO_EVENT.contains(entry.lexicon()) && inOrganisationName(tokens, start, end))
                            && partOfSpeechFits(entry, tokens.get(start))) {
                        found.add(new PhraseMatch(article, sentence.index(), start, end, start,
                                entry.lexicon(), entry.label(0), entry.label(1), text(tokens, start, end),
                                List.copyOf(skipped), entry.columns()));
                    }
                }
            }
            keepLongestPerLexicon(found, first);
        }
        // "under house arrest" is no arrest: a word inside a longer phrase of the same lexicon and type
        // that tells another kind of event is read as the phrase; so is a cue inside a longer cue
        // ("not" in "pleaded not guilty" denies nothing)
        found.removeIf(m -> found.stream().anyMatch(o -> o != m && group(o).equals(group(m))
                && (m.lexicon().equals("cues") || java.util.Objects.equals(o.label(), m.label())
                    && !java.util.Objects.equals(o.label2(), m.label2()))
                && o.start() < m.start() && m.end() <= o.end() && !o.skipped().contains(m.start())));
        return found;
    }

    /** A sentence's tokens as the matcher compares them: lemma and word in lower case, once per sentence. */
    private static final class Words {
        final List<Token> tokens;
        final String[] lemmas;
        final String[] words;
        final boolean[] names;
        /** Each token's governors in the dependency graph. */
        final List<List<Integer>> governors = new ArrayList<>();

        Words(List<Token> tokens, List<org.dossier.nlp.Dependency> dependencies) {
            this.tokens = tokens;
            int n = tokens.size();
            lemmas = new String[n];
            words = new String[n];
            names = new boolean[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                lemmas[i] = t.lemma().toLowerCase(Locale.ROOT);
                words[i] = t.word().toLowerCase(Locale.ROOT);
                names[i] = isNameWord(t);
            }
            for (int i = 0; i < n; i++) {
                governors.add(new ArrayList<>(1));
            }
            for (org.dossier.nlp.Dependency d : dependencies) {
                if (d.governor() >= 0 && d.dependent() < n) {
                    governors.get(d.dependent()).add(d.governor());
                }
            }
        }

        /**
         * The skipped token (from..to-1) that the phrase the preposition at {@code at} opens belongs
         * to, or -1: "an appeal from X, who faces life for his role" is no "appeal for", and "tried in
         * court and sentenced to ten years" no "try to".
         */
        int skippedWordItHangsFrom(int at, int from, int to) {
            if (at < 0 || at >= tokens.size()) {
                return -1;
            }
            int word = at;
            for (int g : governors.get(at)) {
                if (g > at) {
                    word = g;
                }
            }
            if (word == at) {
                return -1; // only a preposition is checked: the phrase it opens may be the skipped clause's
            }
            for (int g : governors.get(word)) {
                if (g >= from && g < to) {
                    return g;
                }
            }
            return -1;
        }

        /** Tokens from..to-1 are one phrase governed by token {@code word}: one of them depends on it, the rest on that one. */
        boolean phraseOf(int word, int from, int to) {
            if (word < 0 || word >= tokens.size() || to <= from) {
                return false;
            }
            for (int root = from; root < to; root++) {
                if (governors.get(root).contains(word) && allBelow(root, from, to)) {
                    return true;
                }
            }
            return false;
        }

        private boolean allBelow(int root, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!below(i, root, from, to)) {
                    return false;
                }
            }
            return true;
        }

        /** Token i reaches {@code root} going up governors that stay inside from..to-1. */
        private boolean below(int i, int root, int from, int to) {
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(i));
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                int at = todo.pop();
                if (at == root) {
                    return true;
                }
                if (seen.add(at)) {
                    governors.get(at).stream().filter(g -> g >= from && g < to).forEach(todo::push);
                }
            }
            return false;
        }

        int size() {
            return tokens.size();
        }

        boolean isParticleOf(int particle, int verb) {
            return verb >= 0 && particle < tokens.size() && tokens.get(particle).pos().equals("RP")
                    && governors.get(particle).contains(verb);
        }

        /** The lexicon words a phrase starting at token i could begin with. */
        java.util.Set<String> keys(int i) {
            if (names[i]) {
                return java.util.Set.of();
            }
            return lemmas[i].equals(words[i]) ? java.util.Set.of(lemmas[i]) : java.util.Set.of(lemmas[i], words[i]);
        }

        boolean matches(String want, int i) {
            return !names[i] && (want.equals(lemmas[i]) || want.equals(words[i]));
        }
    }

    /**
     * Of the phrases of one lexicon that start at the same token, only the longest stay
     * ("appeal to" is a request, not a court appeal; "hernia operation" is one illness). A means
     * of contact ("speak") is another dimension of the same words and stays beside them.
     */
    private static String group(PhraseMatch m) {
        return "contact".equals(m.label()) ? m.lexicon() + "/contact" : m.lexicon();
    }

    private static void keepLongestPerLexicon(List<PhraseMatch> found, int first) {
        List<PhraseMatch> here = new ArrayList<>(found.subList(first, found.size()));
        here.removeIf(m -> here.stream().anyMatch(o -> group(o).equals(group(m)) && o.end() > m.end()));
        found.subList(first, found.size()).clear();
        found.addAll(here);
    }

    /** Lexicons whose words tell an event or what is asked: never as part of a name. */
    private static final java.util.Set<String> NAMES_NO_EVENT = java.util.Set.of("triggers", "request-kinds");

    /**
     * "the Department of Foreign Affairs and Trade", "Radio Free Europe": words of an
     * organisation's name tell no exchange and no release.
     */
    private static boolean inOrganisationName(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (!"ORGANIZATION".equals(t.ner()) || !t.pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line whose column {@code as} says "noun" matches only a noun ("a diplomatic note", not
     * "noting that"), one that says "verb" only a verb ("phoned him", not "phone records").
     */
    private static boolean partOfSpeechFits(LexiconEntry entry, Token first) {
        int as = entry.columns().indexOf("as");
        String wanted = as < 0 ? null : entry.label(as);
        return "noun".equals(wanted) ? first.pos().startsWith("NN")
                : "verb".equals(wanted) ? first.pos().startsWith("VB") : true;
    }

    /** A month or day name ("May"), or a word of a person's name ("Jo May"), is never a lexicon word (the modal "may"). */
    private static boolean isNameWord(Token t) {
        return ("DATE".equals(t.ner()) || "PERSON".equals(t.ner())) && t.pos().startsWith("NNP");
    }

    /**
     * Returns the end (exclusive) of a match of phrase[p..] at token t, or -1; the tokens a
     * wildcard passed over are added to {@code skipped}.
     */
    private static int matchAt(List<String> phrase, int p, Words tokens, int t, List<Integer> skipped) {
        if (p == phrase.size()) {
            return t;
        }
        String want = phrase.get(p);
        if (want.equals("*")) {
            String next = p + 1 < phrase.size() ? phrase.get(p + 1) : null;
            for (int gap = 0; t + gap <= tokens.size() && gap <= MAX_JOINED_GAP; gap++) {
                // the word after the wildcard must match first: it is cheap, the grammar check is not
                if (next != null && !next.equals("*") && (t + gap >= tokens.size() || !tokens.matches(next, t + gap))) {
                    continue;
                }
                if (words(tokens.tokens, t, gap) > MAX_GAP
                        && (!tokens.phraseOf(t - 1, t, t + gap) && !tokens.phraseOf(t + gap, t, t + gap)
                            || tokens.skippedWordItHangsFrom(t + gap, t, t + gap) >= 0)) {
                    continue;
                }
                // "tried in court and sentenced to ten years": a preposition of a skipped verb is not the phrase's
                int hangsFrom = gap > 0 ? tokens.skippedWordItHangsFrom(t + gap, t, t + gap) : -1;
                if (hangsFrom >= 0 && tokens.tokens.get(hangsFrom).pos().startsWith("VB")) {
                    continue;
                }
                // "a sentence handed down to him" is no "hand * to": a gap of only the verb's particle makes it
                // another verb ("handed down a sentence" is still "hand * sentence")
                if (gap == 1 && tokens.isParticleOf(t, t - 1)) {
                    continue;
                }
                int mark = skipped.size();
                int end = matchAt(phrase, p + 1, tokens, t + gap, skipped);
                if (end >= 0) {
                    for (int k = 0; k < gap; k++) {
                        skipped.add(mark + k, t + k);
                    }
                    return end;
                }
                while (skipped.size() > mark) {
                    skipped.remove(skipped.size() - 1);
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !tokens.matches(want, t)) {
            return -1;
        }
        return matchAt(phrase, p + 1, tokens, t + 1, skipped);
    }

    /** Words in tokens t..t+gap-1: "nine-year" is one word of three tokens. */
    private static int words(List<Token> tokens, int t, int gap) {
        int words = 0;
        for (int i = t; i < t + gap && i < tokens.size(); i++) {
            if (i == t || tokens.get(i).begin() > tokens.get(i - 1).end()) {
                words++;
            }
        }
        return words;
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
