package org.dossier.brief.derive;

import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;

/** Word matching over everything a fact tells: its detail, its place and the sentences that report it. */
public final class Told {

    private Told() {
    }

    /** True when the fact's detail, place or any quoted sentence mentions one of the comma-separated words. */
    public static boolean mention(Fact fact, String words) {
        if (fact == null) {
            return false;
        }
        if (Words.mention(fact.detail(), words) || Words.mention(fact.place(), words)) {
            return true;
        }
        if (fact.evidence() != null) {
            for (Evidence e : fact.evidence()) {
                if (e != null && Words.mention(e.quote(), words)) {
                    return true;
                }
            }
        }
        return false;
    }
}
