package org.dossier.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "would" in what someone said they would do ("the ministry said it would seek his release",
 * "his lawyer said they would appeal") tells a plan, as "will" does, not a guess; elsewhere
 * ("he would be freed if ...", "a swap would help") it stays a hypothesis.
 */
final class ReportedIntent {

    /** Besides verbs of saying, those that commit to what follows ("vowed it would ..."). */
    private static final Set<String> PROMISING = Set.of("pledge", "vow", "promise");

    private ReportedIntent() {
    }

    /** The cue, read as "future" when it is such a reported "would". */
    static PhraseMatch reread(SentenceSyntax syntax, PhraseMatch cue) {
        if (!cue.lexicon().equals("cues") || !"hypothetical".equals(cue.label())
                || !cue.text().equalsIgnoreCase("would") || conditional(syntax)) {
            return cue;
        }
        int verb = syntax.head(cue.head());
        if (verb < 0 || !syntax.relationToHead(cue.head()).equals("aux")) {
            return cue;
        }
        int clause = syntax.relationToHead(verb).startsWith("conj") ? syntax.head(verb) : verb;
        int saying = syntax.head(clause);
        boolean reported = clause >= 0 && saying >= 0 && syntax.relationToHead(clause).equals("ccomp")
                && (SpeechVerbs.says(syntax.token(saying))
                    || PROMISING.contains(syntax.token(saying).lemma().toLowerCase(Locale.ROOT)));
        return reported ? new PhraseMatch(cue.article(), cue.sentence(), cue.start(), cue.end(), cue.head(), cue.lexicon(),
                "future", cue.label2(), cue.text(), cue.skipped(), cue.columns()) : cue;
    }

    private static boolean conditional(SentenceSyntax syntax) {
        for (int i = 0; i < syntax.size(); i++) {
            String word = syntax.token(i).word().toLowerCase(Locale.ROOT);
            if (word.equals("if") || word.equals("unless")) {
                return true;
            }
        }
        return false;
    }
}
