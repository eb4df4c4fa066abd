package org.dossier.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dossier.facts.CountryNames;
import org.dossier.facts.Fact;

/**
 * A consular visit whose sentence names no place happened where the detainee is held: when the
 * same article says where the person is held at the time of the article, the visit takes that
 * place ("A consular officer visited her on Monday" after "she is being held at the Alexandria
 * Detention Center"), the most specific one where the article names several ("Beijing", not "China").
 */
public final class VisitPlaces {

    private VisitPlaces() {
    }

    public static List<Fact> fill(List<Fact> articleFacts, LocalDate articleDate) {
        if (articleDate == null) {
            return articleFacts;
        }
        String now = YearMonth.from(articleDate).toString();
        List<Fact> result = new ArrayList<>();
        for (Fact f : articleFacts) {
            if (f.type().equals("diplomatic") && f.kind().equals("visit") && f.place() == null
                    && f.date() != null && f.date().startsWith(now)) {
                String place = currentPlace(articleFacts, f.person(), now);
                if (place != null) {
                    f = f.withPlace(place);
                }
            }
            result.add(f);
        }
        return result;
    }

    private static String currentPlace(List<Fact> facts, String person, String now) {
        return facts.stream().filter(f -> f.type().equals("custody") && f.kind().equals("held"))
                .filter(f -> f.person().equals(person) && f.place() != null && now.equals(f.date()))
                .map(Fact::place).min(java.util.Comparator.comparing(CountryNames::isCountry)).orElse(null);
    }
}
