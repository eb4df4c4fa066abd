package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.facts.CountryNames;
import org.dossier.facts.Fact;
import org.dossier.facts.WorldCities;

/**
 * An arrest, a stay or a release told without a place ("they were detained in January", "are
 * being held in different prisons", "was freed on Monday") happened in the one country where the
 * same article puts that person in custody, frees them from, or brings them before a court ("a couple
 * detained in Iran", "released by Haitian authorities", "charged in Iran with spying"), as long as
 * the article moves them to no other state; someone it places nowhere, in the one country where it
 * puts everyone else. A swap moves no one before it
 * happens, and where it takes place is often a third country, so it neither counts nor stops the
 * others. A charge, a verdict or a sentence told without a place is brought or passed in that country too.
 */
final class CountryOfCustody {

    private static final Set<String> IN_CUSTODY = Set.of("arrested", "held");
    private static final Set<String> ACROSS_BORDERS = Set.of("extradited");
    /** A release frees someone where they were held; a transfer moves them within one state's custody. */
    private static final Set<String> MOVES_WITHIN = Set.of("released", "transferred");
    /** A charge is brought, a verdict or sentence passed, an appeal heard, in the country whose court holds the person. */
    private static final Set<String> COURT_RULINGS = Set.of("charged", "convicted", "sentenced", "appeal");

    private CountryOfCustody() {
    }

    static List<Fact> fill(List<Fact> articleFacts) {
        List<Fact> result = new ArrayList<>();
        for (Fact f : articleFacts) {
            boolean custody = f.type().equals("custody") && (IN_CUSTODY.contains(f.kind()) || f.kind().equals("released"));
            if ((custody || f.type().equals("legal") && COURT_RULINGS.contains(f.kind())) && f.place() == null) {
                // a release told of someone placed nowhere else is too little to place it by the others (a stay
                // is held where everyone else in the article is: "her colleague has spent six months behind bars")
                boolean byOthers = !f.kind().equals("released");
                String country = f.kind().equals("held") ? whereMovedLast(articleFacts, f) : null;
                country = country != null ? country : onlyCountry(articleFacts, f.person(), byOthers);
                if (country != null) {
                    f = f.withPlace(country);
                }
            }
            result.add(f);
        }
        return result;
    }

    private static String onlyCountry(List<Fact> facts, String person, boolean byOthers) {
        List<Fact> own = facts.stream().filter(f -> f.person().equals(person)).toList();
        if (movedAcrossBorders(own)) {
            return null;
        }
        if (own.stream().anyMatch(CountryOfCustody::inATownOfSeveralCountries)) {
            return null; // "held near Barcelona": which country is not known, so not that there is only one
        }
        Set<String> countries = countriesOfCustody(own);
        if (countries.isEmpty() && byOthers && !movedAcrossBorders(facts)) {
            // "two others still held by Iran ... Ann Lee and Tom Ash, who were detained in May": someone
            // the article places nowhere is held where everyone else in it is, if that is one country
            countries = countriesOfCustody(facts);
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * "handed over to Nigeria in June ... He is being held pending trial" (told in July): a stay
     * told as of a time after someone's last move across a border is in the country they were moved to.
     */
    private static String whereMovedLast(List<Fact> facts, Fact stay) {
        Fact last = facts.stream().filter(f -> f.person().equals(stay.person()) && f.type().equals("custody")
                        && ACROSS_BORDERS.contains(f.kind()) && f.date() != null)
                .max(java.util.Comparator.comparing(Fact::date)).orElse(null);
        if (last == null || stay.date() == null || !later(stay.date(), last.date())) {
            return null;
        }
        return CountryNames.countryIn(last.place());
    }

    /** {@code date} falls later than {@code other}, read to the precision both give (a month holds the day of a move). */
    private static boolean later(String date, String other) {
        int common = Math.min(date.length(), other.length());
        return date.substring(0, common).compareTo(other.substring(0, common)) > 0;
    }

    private static boolean inATownOfSeveralCountries(Fact f) {
        if (!f.type().equals("custody") || f.place() == null || CountryNames.countryIn(f.place()) != null) {
            return false;
        }
        String[] parts = f.place().split(",");
        return WorldCities.sharedByCountries(parts[parts.length - 1]);
    }

    /** A move to another named state ("expelled", naming no state, leaves the one custody country as it is). */
    private static boolean movedAcrossBorders(List<Fact> facts) {
        return facts.stream().anyMatch(f -> f.type().equals("custody") && ACROSS_BORDERS.contains(f.kind()) && f.place() != null);
    }

    /** The countries these facts hold someone in, free them from, or bring them before a court in. */
    static Set<String> countriesOfCustody(List<Fact> facts) {
        return facts.stream()
                .filter(f -> f.type().equals("custody") && (IN_CUSTODY.contains(f.kind()) || MOVES_WITHIN.contains(f.kind()))
                        || f.type().equals("legal"))
                .map(f -> CountryNames.countryIn(f.place())).filter(c -> c != null).collect(Collectors.toSet());
    }
}
