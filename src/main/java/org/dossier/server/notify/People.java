package org.dossier.server.notify;

import java.util.List;
import java.util.Locale;
import org.dossier.brief.PersonSummary;

/** Whom a subscription is about: everyone, or the people named by id, name or another name. */
public record People(boolean all, List<String> names) {

    static People of(List<String> names) {
        boolean all = names.stream().anyMatch(n -> n.trim().equalsIgnoreCase("all"));
        return new People(all, all ? List.of() : names.stream().map(People::normal).toList());
    }

    boolean includes(PersonSummary person) {
        if (all) {
            return true;
        }
        if (names.contains(normal(person.id())) || (person.name() != null && names.contains(normal(person.name())))) {
            return true;
        }
        return person.aliases() != null && person.aliases().stream().anyMatch(a -> names.contains(normal(a)));
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
