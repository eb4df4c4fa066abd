package org.dossier.facts;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The world's countries by their English names, from the JDK's ISO 3166 table ("south korea",
 * "myanmar", "burma"), lower case. A place that is only a country is the least specific place
 * a fact can have.
 */
public final class CountryNames {

    private static final Set<String> NAMES = Collections.unmodifiableSet(isoNames());

    private CountryNames() {
    }

    public static Set<String> all() {
        return NAMES;
    }

    /** The place is a country and nothing more ("China", not "Beijing, China"). */
    public static boolean isCountry(String place) {
        return place != null && NAMES.contains(place.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> isoNames() {
        Set<String> names = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            name = name.replace(" SAR China", "").replace("&", "and").replace('\u2019', '\'');
            for (String part : name.split("\\s+[-(]\\s*|\\)")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.equals(code.toLowerCase(Locale.ROOT))) {
                    names.add(p);
                }
            }
        }
        return names;
    }
}
