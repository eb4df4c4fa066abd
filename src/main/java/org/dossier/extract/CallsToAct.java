package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * "despite repeated calls from UN experts to release him", "her call to free him": a call to do
 * something asks for it, and is no phone call. The parser hangs such an infinitive in many ways,
 * so the words decide: the noun "call", then within a short phrase "to" and a verb.
 */
final class CallsToAct {

    /** The longest phrase between the call and its "to" ("from UN human rights experts"). */
    private static final int MAX_BETWEEN = 6;
    private static final Set<String> STOPS = Set.of(",", ";", ":", "and", "but", "that", "which", "who");

    private CallsToAct() {
    }

    /** The phrases found, with such a call read as a request and no more as a call or contact. */
    static List<PhraseMatch> reread(SentenceSyntax syntax, List<PhraseMatch> found) {
        List<PhraseMatch> result = new ArrayList<>(found.size());
        for (PhraseMatch m : found) {
            if (!isCall(m) || !asksToAct(syntax.sentence().tokens(), m.head())) {
                result.add(m);
            } else if (m.getType().equals("diplomatic")) {
                result.add(new PhraseMatch(m.article(), m.sentence(), m.start(), m.end(), m.head(), m.lexicon(),
                        "request", null, m.text(), m.skipped(), m.columns()));
            }
        }
        return result;
    }

    private static boolean isCall(PhraseMatch m) {
        return m.lexicon().equals("triggers") && (m.getType().equals("diplomatic") || m.getType().equals("contact"))
                && m.text().toLowerCase(Locale.ROOT).startsWith("call");
    }

    private static boolean asksToAct(List<Token> tokens, int call) {
        if (!tokens.get(call).pos().startsWith("NN")) {
            return false;
        }
        for (int i = call + 1; i < tokens.size() - 1 && i <= call + 1 + MAX_BETWEEN; i++) {
            Token t = tokens.get(i);
            if (t.word().equalsIgnoreCase("to")) {
                return tokens.get(i + 1).pos().equals("VB");
            }
            if (STOPS.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }
}
