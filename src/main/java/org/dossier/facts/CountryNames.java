package org.dossier.facts;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The world's countries by their English names, from the JDK's ISO 3166 table ("south korea",
 * "myanmar", "burma"), lower case. A place that is only a country is the least specific place
 * a fact can have.
 */
public final class CountryNames {

    /** A name with another in brackets: "Myanmar (Burma)", "Cocos (Keeling) Islands" (set first: the names below use it). */
    private static final java.util.regex.Pattern NAME_ASIDE = java.util.regex.Pattern.compile("(.+?)\\s*\\((.+?)\\)\\s*(.*)");
    private static final Set<String> NAMES = Collections.unmodifiableSet(isoNames());
    /** Each country's English name by its ISO 3166 code: "Myanmar", not the JDK's "Myanmar (Burma)". */
    private static final Map<String, String> BY_CODE = codeNames();
    /** The same names, by their lower-case forms (the JDK's own and the plain one) without a leading "the". */
    private static final Map<String, String> DISPLAY = displayNames();

    private CountryNames() {
    }

    public static Set<String> all() {
        return NAMES;
    }

    /** The place is a country and nothing more ("China", not "Beijing, China"). */
    public static boolean isCountry(String place) {
        return place != null && NAMES.contains(place.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The place as a sentence names it: "the United States", "the Netherlands", "the Central
     * African Republic"; any other place as it is.
     */
    public static String inSentence(String place) {
        if (place == null || !isCountry(place) || place.startsWith("the ")) {
            return place;
        }
        boolean takesThe = place.startsWith("United ") || THE_WORDS.matcher(place).find()
                || THE_COUNTRIES.contains(place);
        return takesThe ? "the " + place : place;
    }

    private static final java.util.regex.Pattern THE_WORDS = java.util.regex.Pattern.compile("\\b(Republic|Kingdom|Emirates|Islands)\\b");
    private static final java.util.Set<String> THE_COUNTRIES = java.util.Set.of("Netherlands", "Philippines", "Maldives",
            "Bahamas", "Gambia", "Seychelles", "Comoros");

    /** The country a place names, whole ("Russia") or as its last comma-separated part ("Lefortovo, Moscow, Russia"); null if none. */
    public static String countryOf(String place) {
        if (place == null) {
            return null;
        }
        String whole = DISPLAY.get(key(place));
        if (whole != null) {
            return whole;
        }
        int comma = place.lastIndexOf(',');
        return comma < 0 ? null : DISPLAY.get(key(place.substring(comma + 1)));
    }

    /**
     * The country a place is in: the one it names ("Lefortovo, Moscow, Russia"), else that of the
     * town it names, last part first ("Evin prison, Tehran" is in Iran, "Butner, North Carolina" in
     * the United States; see {@link WorldCities}); null if neither tells.
     */
    public static String countryIn(String place) {
        String named = countryOf(place);
        if (named != null || place == null) {
            return named;
        }
        String[] parts = place.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (isCountry(parts[i])) {
                // "Yangon, Burma": a country by another of its names, never a town that shares it
                // (Burma in Jordan); a name two countries share ("Congo") leaves it to the town before
                String country = DISPLAY.get(key(parts[i]));
                if (country != null) {
                    return country;
                }
                continue;
            }
            String country = WorldCities.countryOf(parts[i]);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.trim().replaceFirst("(?i)^the ", "").toLowerCase(Locale.ROOT);
    }

    /** The country's English name by its ISO 3166 code ("MM" is "Myanmar"); null for an unknown code. */
    public static String ofCode(String isoCode) {
        return BY_CODE.get(isoCode);
    }

    private static Map<String, String> codeNames() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            out.put(code, plainName(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        return out;
    }

    /** "Myanmar (Burma)" is written "Myanmar", "Hong Kong SAR China" "Hong Kong". */
    private static String plainName(String displayName) {
        return displayName.replace(" SAR China", "").replaceFirst("\\s*\\(.*\\)$", "");
    }

    private static Map<String, String> displayNames() {
        Map<String, String> out = new HashMap<>();
        BY_CODE.forEach((code, plain) -> {
            out.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), plain);
            out.putIfAbsent(key(plain), plain);
        });
        // the other names the JDK gives in its own ("Burma" of "Myanmar (Burma)"), where only one country has them
        Map<String, Set<String>> byPart = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            for (String part : nameParts(code)) {
                byPart.computeIfAbsent(part, k -> new java.util.HashSet<>()).add(BY_CODE.get(code));
            }
        }
        byPart.forEach((part, countries) -> {
            if (countries.size() == 1) {
                out.putIfAbsent(key(part), countries.iterator().next());
            }
        });
        return out;
    }

    /** The parts of a country's JDK name, lower case: "myanmar" and "burma" of "Myanmar (Burma)". */
    private static List<String> nameParts(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        name = name.replace(" SAR China", "").replace("&", "and").replace('\u2019', '\'');
        List<String> parts = new java.util.ArrayList<>();
        // "Cocos (Keeling) Islands": "cocos islands" and "keeling", never "islands" on its own
        java.util.regex.Matcher aside = NAME_ASIDE.matcher(name);
        if (aside.matches()) {
            name = (aside.group(1) + " " + aside.group(3)).strip() + " - " + aside.group(2);
        }
        for (String part : name.split("\\s+-\\s*")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !p.equals(code.toLowerCase(Locale.ROOT))) {
                parts.add(p);
            }
            if (p.endsWith(" islands") && p.contains(" and ")) {
                parts.add(p.substring(0, p.length() - " islands".length())); // "Turks and Caicos", as news writes it
            }
        }
        return parts;
    }

    private static Set<String> isoNames() {
        Set<String> names = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            names.addAll(nameParts(code));
        }
        return names;
    }
}
