package org.dossier.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.facts.Fact;

/**
 * "was deported to his home country", "is wanted in his homeland on fraud charges": a place told
 * as the person's own country is the country of the nationality the articles give them (one, not
 * "US-Lebanese"), when the fact names no place.
 */
final class HomeCountry {

    private static final Pattern HOME = Pattern.compile(
            "(?i)\\b(his|her|their) (home country|homeland|native country|own country|country of origin)\\b");
    /** Moves home and charges, convictions and sentences at home; an arrest or a stay is told where it happened. */
    private static final Set<String> KINDS = Set.of("extradited", "transferred", "charged", "convicted", "sentenced");

    private HomeCountry() {
    }

    static List<Fact> fill(List<Fact> facts, Map<String, String> nationality) {
        return facts.stream().map(f -> {
            String home = placeNotTold(f) && KINDS.contains(f.kind()) && toldAsHome(f)
                    ? countryOf(nationality.get(f.person())) : null;
            return home == null ? f : f.withPlace(home);
        }).toList();
    }

    /** No place, or only one the sentence does not name (the town the story was filed from). */
    private static boolean placeNotTold(Fact f) {
        return f.place() == null || f.evidence().stream().noneMatch(e -> e.quote().contains(f.place()));
    }

    private static boolean toldAsHome(Fact f) {
        return f.evidence().stream().anyMatch(e -> HOME.matcher(e.quote()).find());
    }

    private static String countryOf(String nationality) {
        return nationality == null || nationality.contains("-") ? null : Demonyms.countryOf(nationality);
    }
}
