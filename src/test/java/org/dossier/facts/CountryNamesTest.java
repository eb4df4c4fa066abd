package org.dossier.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void aCountryWhoseNameTakesTheIsWrittenWithIt() {
        assertEquals("the United States", CountryNames.inSentence("United States"));
        assertEquals("the Netherlands", CountryNames.inSentence("Netherlands"));
        assertEquals("the Central African Republic", CountryNames.inSentence("Central African Republic"));
    }

    @Test
    void otherPlacesAreWrittenAsTheyAre() {
        assertEquals("Russia", CountryNames.inSentence("Russia"));
        assertEquals("Lefortovo, Moscow", CountryNames.inSentence("Lefortovo, Moscow"));
        assertEquals("United Airlines depot", CountryNames.inSentence("United Airlines depot"));
    }

    @Test
    void aCountryByAnotherOfItsNamesIsThatCountryNotATownThatSharesTheName() {
        assertEquals("Myanmar", CountryNames.countryIn("Burma"));
        assertEquals("Myanmar", CountryNames.countryIn("Yangon, Burma"));
        assertEquals("Iran", CountryNames.countryIn("Evin prison, Tehran"));
    }

    @Test
    void aNameTwoCountriesShareNamesNeither() {
        assertEquals(null, CountryNames.countryIn("Congo"));
    }

    @Test
    void aWordInsideACountrysNameIsNoCountry() {
        assertEquals("Cocos (Keeling) Islands", CountryNames.countryIn("Cocos Islands"));
        assertEquals(false, CountryNames.isCountry("islands"), "'the islands' names no country");
    }
}
