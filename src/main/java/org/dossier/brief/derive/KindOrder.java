package org.dossier.brief.derive;

import java.util.Map;

/**
 * The order in which steps of one story happen when their dates do not tell: an arrest before
 * an extradition before a transfer; a charge before a conviction before a sentence before an
 * appeal. These are the kinds of the facts contract (FACTS.md), not anything of a case.
 */
public final class KindOrder {

    private static final Map<String, Integer> STEP = Map.ofEntries(
            Map.entry("custody/arrested", 1), Map.entry("custody/extradited", 2),
            Map.entry("custody/transferred", 3), Map.entry("custody/held", 4),
            Map.entry("custody/released", 5), Map.entry("custody/exchanged", 5),
            Map.entry("legal/charged", 1), Map.entry("legal/convicted", 2), Map.entry("legal/pleaded_guilty", 2),
            Map.entry("legal/sentenced", 3), Map.entry("legal/appeal", 4));

    private KindOrder() {
    }

    /** The step of a type and kind; 0 when the kind has no natural place in a sequence. */
    public static int step(String type, String kind) {
        return STEP.getOrDefault(type + "/" + kind, 0);
    }
}
