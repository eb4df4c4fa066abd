package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WorldCitiesTest {

    @Test
    void aTownTellsItsCountry() {
        assertEquals("Azerbaijan", WorldCities.countryOf("Baku"));
        assertEquals("Zimbabwe", WorldCities.countryOf("Harare"));
        assertEquals("Myanmar", WorldCities.countryOf("Yangon"));
        assertEquals("Russia", WorldCities.countryOf("Lefortovo"));
    }

    @Test
    void aNameSeveralTownsShareBelongsToTheCapitalOrTheFarLargerOne() {
        assertEquals("Libya", WorldCities.countryOf("Tripoli"));
        assertEquals("Italy", WorldCities.countryOf("Milan"));
        assertNull(WorldCities.countryOf("Santa Cruz"), "no one Santa Cruz stands out");
    }

    @Test
    void wordsThatNameNoTownTellNothing() {
        assertNull(WorldCities.countryOf("Court of Appeal"));
        assertNull(WorldCities.countryOf(null));
    }

    @Test
    void aPlaceIsInTheCountryItNamesOrThatOfItsTown() {
        assertEquals("Russia", CountryNames.countryIn("Lefortovo, Moscow, Russia"));
        assertEquals("Iran", CountryNames.countryIn("Evin prison, Tehran"));
        assertEquals("United States", CountryNames.countryIn("Butner, North Carolina"));
        assertEquals("Myanmar", CountryNames.countryIn("Myanmar"));
        assertNull(CountryNames.countryIn("a detention centre"));
    }

    @Test
    void aCountrysLargestTownIsItsMostPopulousOneNotAlwaysItsCapital() {
        assertEquals("Yangon", WorldCities.largestTownOf("Myanmar"));
        assertEquals("Istanbul", WorldCities.largestTownOf("Turkey"));
        assertNull(WorldCities.largestTownOf("Atlantis"));
    }
}
