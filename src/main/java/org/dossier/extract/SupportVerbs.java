package org.dossier.extract;

import java.util.Set;

/**
 * "Representations were made to Moscow for their release", "a call was issued for his release":
 * a noun of an event carried by a verb that adds little but grammar (make, issue, hold, ...);
 * what that verb governs belongs to the noun's own clause.
 */
final class SupportVerbs {

    private SupportVerbs() {
    }

    private static final Set<String> VERBS = Set.of("make", "issue", "launch", "submit", "file", "lodge", "send",
            "hold", "renew", "reiterate", "conduct", "mount", "repeat");
    private static final Set<String> CARRIED = Set.of("obj", "nsubj:pass");

    /** Whether the support verb of the trigger's noun governs {@code token}. */
    static boolean carries(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int noun = trigger.head();
        if (!syntax.token(noun).pos().startsWith("NN") || !CARRIED.contains(syntax.relationToHead(noun))) {
            return false;
        }
        int verb = syntax.head(noun);
        if (verb < 0 || !VERBS.contains(syntax.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int g : syntax.governingChain(token)) {
            if (g == verb) {
                return true;
            }
        }
        return false;
    }
}
