package org.dossier.brief.derive;

import java.util.Collection;
import java.util.List;

/** How many distinct outlets report a fact, and which. */
public record Corroboration(String fact, int outlets, List<String> names) {

    /** The corroboration of a fact by a collection of outlet names (as collected by a rule). */
    public static Corroboration of(String fact, Collection<?> outlets) {
        List<String> names = outlets.stream().map(String::valueOf).distinct().sorted().toList();
        return new Corroboration(fact, names.size(), names);
    }
}
