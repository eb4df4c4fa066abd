package org.dossier.extract;

import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.Token;

/** Verbs of saying, by lemma: the verbs that carry a report rather than tell an event. */
final class SpeechVerbs {

    /** The verbs a news report is told with ("the ministry said", "the agency reported"). */
    static final Set<String> REPORTING = Set.of("say", "report", "tell", "announce", "state", "confirm", "add");

    /** Any saying, written or posted too ("wrote on X", "revealed"). */
    static final Set<String> SAYING = Set.of("say", "tell", "write", "announce", "confirm", "report",
            "state", "add", "claim", "note", "post", "publish", "reveal", "disclose");

    private SpeechVerbs() {
    }

    static boolean reports(Token token) {
        return REPORTING.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean says(Token token) {
        return SAYING.contains(token.lemma().toLowerCase(Locale.ROOT));
    }
}
