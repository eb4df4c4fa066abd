package org.dossier.brief.derive;

import java.util.Collection;
import java.util.List;

/**
 * How many independent outlets report a fact, and which outlets carried it.
 *
 * @param outlets how many distinct outlets report it, a story republished by several (wire copy) counting once
 * @param names   every outlet that carried it, copies included
 */
public record Corroboration(String fact, int outlets, List<String> names) {

    /** The corroboration of a fact by a collection of outlet names (as collected by a rule). */
    public static Corroboration of(String fact, Collection<?> outlets) {
        return of(fact, outlets, outlets);
    }

    /** The corroboration by {@code sources} (the outlets that first published each story), naming all {@code outlets}. */
    public static Corroboration of(String fact, Collection<?> sources, Collection<?> outlets) {
        List<String> names = outlets.stream().map(String::valueOf).distinct().sorted().toList();
        return new Corroboration(fact, (int) sources.stream().map(String::valueOf).distinct().count(), names);
    }
}
