package org.dossier.caseload;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CustodyStay;

/**
 * The country a person is (or was last) held in: the place of the last arrest, extradition,
 * transfer or exchange that names a country, whole ("United States") or as its last part
 * ("Lefortovo, Moscow, Russia"); a move to a town alone ("Seattle") keeps the country crossed into
 * before it. With no such event, the last stay of the custody history that names one. Country
 * names are the JDK's ISO 3166 English names. Null when no custody place names a country.
 */
final class CountryOfDetention {

    private static final Map<String, String> COUNTRIES = countries();

    private CountryOfDetention() {
    }

    static String of(Brief b) {
        String crossed = last(list(b.custodyEvents()).stream().filter(i -> !"released".equals(i.kind())).map(BriefItem::place));
        return crossed != null ? crossed : last(list(b.custodyHistory()).stream().map(CustodyStay::place));
    }

    /** The country named by the last of the places (given in the order they happened) that names one. */
    private static String last(Stream<String> places) {
        return places.map(CountryOfDetention::country).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    /** The country a place names, whole or as its last comma-separated part; null if none. */
    static String country(String place) {
        if (place == null) {
            return null;
        }
        String whole = COUNTRIES.get(key(place));
        if (whole != null) {
            return whole;
        }
        int comma = place.lastIndexOf(',');
        return comma < 0 ? null : COUNTRIES.get(key(place.substring(comma + 1)));
    }

    private static String key(String name) {
        return name.trim().replaceFirst("(?i)^the ", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            out.put(key(name), name);
        }
        return out;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }
}
