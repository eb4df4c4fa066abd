package org.dossier.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.dossier.facts.Fact;

/**
 * One hunger strike told twice in an article, once with its aim ("went on hunger strike over
 * being put in isolation") and once without ("has gone on hunger strike again"), is the strike
 * with its aim: the aimless telling is dropped when the dates agree.
 */
final class StrikeAims {

    private static final Pattern STRIKE = Pattern.compile("(?i).*\\b(hunger|eat|eating|food)\\b.*");

    private StrikeAims() {
    }

    static List<Fact> fold(List<Fact> articleFacts) {
        return articleFacts.stream().filter(f -> !toldWithItsAim(f, articleFacts)).toList();
    }

    private static boolean toldWithItsAim(Fact f, List<Fact> facts) {
        return isStrike(f) && f.kind().equals("other") && facts.stream().anyMatch(o -> o != f && isStrike(o)
                && !o.kind().equals("other") && o.person().equals(f.person()) && datesAgree(f.date(), o.date()));
    }

    private static boolean isStrike(Fact f) {
        return f.type().equals("request") && f.detail() != null && STRIKE.matcher(f.detail()).matches();
    }

    private static boolean datesAgree(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }
}
