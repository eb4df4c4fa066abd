package org.dossier.caseload;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CustodyStay;
import org.dossier.facts.CountryNames;

/**
 * The country a person is (or was last) held in: the place of the last arrest, extradition,
 * transfer or exchange whose place is in a known country: named whole ("United States"), as its
 * last part ("Lefortovo, Moscow, Russia") or by a town of the gazetteer ("Seattle"). With no such
 * event, the last stay of the custody history that is. Country names are the JDK's ISO 3166
 * English names. Null when no custody place tells a country.
 */
final class CountryOfDetention {

    private CountryOfDetention() {
    }

    static String of(Brief b) {
        String crossed = last(list(b.custodyEvents()).stream().filter(i -> !"released".equals(i.kind())).map(BriefItem::place));
        return crossed != null ? crossed : last(list(b.custodyHistory()).stream().map(CustodyStay::place));
    }

    /** The country named by the last of the places (given in the order they happened) that names one. */
    private static String last(Stream<String> places) {
        return places.map(CountryNames::countryIn).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }
}
