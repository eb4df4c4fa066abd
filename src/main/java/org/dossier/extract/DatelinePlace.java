package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.facts.CountryNames;
import org.dossier.facts.Fact;
import org.dossier.facts.WorldCities;

/**
 * "KHIMKI, Russia — A court on Friday convicted ...": a verdict the article opens with, told
 * without a place or only in a country ("an Iraqi court"), was given in the town the story is filed
 * from, when that town lies in the country the article holds the person in (or the article holds
 * them nowhere else). A story filed from another country's capital ("WASHINGTON — ...") places nothing.
 */
final class DatelinePlace {

    private static final Set<String> VERDICTS = Set.of("convicted", "sentenced");

    private DatelinePlace() {
    }

    static List<Fact> fill(List<Fact> facts, String dateline) {
        String town = townOf(dateline);
        String country = town == null ? null : WorldCities.countryOf(town);
        if (country == null) {
            return facts;
        }
        return facts.stream().map(f -> inTheLead(f) && (f.place() == null || onlyThatCountry(f.place(), country))
                && heldThereOrNowhere(facts, f.person(), country) ? f.withPlace(town) : f).toList();
    }

    /** "BAGHDAD — An Iraqi court sentenced ...": a verdict placed only in the town's country is more exactly in the town. */
    private static boolean onlyThatCountry(String place, String country) {
        return CountryNames.isCountry(place) && country.equals(CountryNames.countryIn(place));
    }

    private static boolean inTheLead(Fact f) {
        return f.type().equals("legal") && VERDICTS.contains(f.kind())
                && f.evidence().stream().anyMatch(e -> e.sentence() < LegalSlots.LEAD);
    }

    private static boolean heldThereOrNowhere(List<Fact> facts, String person, String country) {
        Set<String> countries = CountryOfCustody.countriesOfCustody(facts.stream().filter(f -> f.person().equals(person)).toList());
        return countries.isEmpty() || countries.equals(Set.of(country));
    }

    /** "PERUGIA" as a town's name ("Perugia"); null for none, or for a dateline that names a country. */
    private static String townOf(String dateline) {
        if (dateline == null || dateline.isBlank() || CountryNames.isCountry(dateline)) {
            return null;
        }
        StringBuilder town = new StringBuilder();
        for (String word : dateline.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            town.append(town.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return town.toString();
    }
}
