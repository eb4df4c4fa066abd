package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/** Where an arrest or a stay happened, told in the many ways news tells it. */
class PlacesOfEventsTest {

    private static Fact only(List<Fact> facts, String kind, String personPart) {
        List<Fact> found = facts.stream().filter(f -> f.type().equals("custody") && f.kind().equals(kind)
                && f.person().contains(personPart)).toList();
        assertEquals(1, found.size(), kind + " of " + personPart + ": " + facts);
        return found.get(0);
    }

    @Test
    void aVerdictByACountrysCourtInAStoryFiledFromItsCapitalIsPlacedThere() {
        List<Fact> facts = ArticleExtraction.facts("p-dateline", LocalDate.of(2019, 5, 29), "BAGHDAD",
                "An Iraqi court on Tuesday sentenced two French men, Sean Doyle and Bo Lin, to death.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(2, sentenced.size(), facts.toString());
        sentenced.forEach(f -> assertEquals("Baghdad", f.place(), "the town the story is filed from, in the court's country"));
    }

    @Test
    void aCountryNamedWithAndIsOnePlace() {
        List<Fact> facts = ArticleExtraction.facts("p-and", LocalDate.of(2024, 7, 8),
                "Sean Doyle was charged with possession of ammunition in Turks and Caicos last month.");
        List<Fact> charged = facts.stream().filter(f -> f.kind().equals("charged")).toList();
        assertEquals(1, charged.size(), facts.toString());
        assertEquals("Turks and Caicos", charged.get(0).place(), "the whole name, not its last word");
    }

    @Test
    void aPlaceAfterTheDateOfADetentionIsWhereItHappened() {
        List<Fact> facts = ArticleExtraction.facts("p1", LocalDate.of(2021, 11, 12),
                "Irish surveyor Sean Doyle, detained since June in Laos, was sentenced to four years in prison on Friday.");
        assertEquals("Laos", only(facts, "arrested", "doyle").place());
    }

    @Test
    void aCityNamedBeforeAHomeIsWhereTheArrestHappened() {
        List<Fact> facts = ArticleExtraction.facts("p2", LocalDate.of(2021, 11, 12),
                "Lena Berg, a Swedish citizen, was arrested at her Hanoi apartment in February 2019.");
        assertEquals("Hanoi", only(facts, "arrested", "berg").place());
    }

    @Test
    void aCoastDescribedByAPeoplesAdjectiveIsInTheirCountry() {
        List<Fact> facts = ArticleExtraction.facts("p3", LocalDate.of(2021, 11, 12),
                "Two sailors, Ken Kos and Bo Lin, were captured on the Venezuelan coast in May.");
        assertEquals("Venezuela", only(facts, "arrested", "kos").place());
    }

    @Test
    void aSeaNamedBeforeACoastSaysNoCountry() {
        List<Fact> facts = ArticleExtraction.facts("p4", LocalDate.of(2021, 11, 12),
                "Al Fox was arrested in September while traveling along the Caribbean coast.");
        assertNull(only(facts, "arrested", "fox").place());
    }

    @Test
    void anArrestOnATripToACityHappenedInThatCity() {
        List<Fact> facts = ArticleExtraction.facts("p5", LocalDate.of(2021, 11, 12),
                "Li Wen was arrested during a trip to the coastal city of Danang on June 3.");
        assertEquals("Danang", only(facts, "arrested", "wen").place());
    }

    @Test
    void aStayThatGoesOnSinceAnArrestIsDatedNowNotByTheArrest() {
        List<Fact> facts = ArticleExtraction.facts("p6", LocalDate.of(2021, 11, 12),
                "Lena Berg was arrested in Hanoi in February 2019 and has remained in custody ever since.");
        assertEquals("2019-02", only(facts, "arrested", "berg").date());
        assertEquals("2021-11", only(facts, "held", "berg").date());
    }

    @Test
    void anArrestToldInAParticipleClauseAfterTheVerdictIsAnArrest() {
        List<Fact> facts = ArticleExtraction.facts("p7", LocalDate.of(2021, 11, 12),
                "Kylie Moss was convicted in a secret trial and given a ten-year sentence after being arrested in September 2018 in Tehran.");
        Fact arrest = only(facts, "arrested", "moss");
        assertEquals("Tehran", arrest.place());
        assertEquals("2018-09", arrest.date());
    }

    @Test
    void beingBundledIntoACarByTheAuthoritiesIsAnArrest() {
        List<Fact> facts = ArticleExtraction.facts("p8", LocalDate.of(2021, 11, 12),
                "Ken Kos was convicted of spying in July. "
                + "He had been visiting his mother in Laos in August 2017 when he was bundled into a car by the police.");
        Fact arrest = only(facts, "arrested", "kos");
        assertEquals("2017-08", arrest.date());
    }

    @Test
    void aWhoClauseAfterTheWifeOfSomeoneTellsOfThatSomeone() {
        List<Fact> facts = ArticleExtraction.facts("p9", LocalDate.of(2021, 11, 12),
                "The wife of a Danish citizen who has been jailed in Laos says the charges are false. "
                + "Ken Kos, a 60-year-old engineer, was convicted in July of spying.");
        assertEquals("Laos", only(facts, "held", "kos").place());
    }

    @Test
    void aPeoplesAdjectiveOfTwoWordsNamesItsOwnCountry() {
        List<Fact> facts = ArticleExtraction.facts("p10", LocalDate.of(2021, 11, 12),
                "Ken Kos was detained by North Korean authorities in April.");
        assertEquals("North Korea", only(facts, "arrested", "kos").place());
    }

    @Test
    void vanishingDuringATripIsTheArrestButBeingJudgedDetainedIsNot() {
        List<Fact> facts = ArticleExtraction.facts("p11", LocalDate.of(2013, 11, 26),
                "Retired police officer Ken Kos, 65, vanished during a business trip to Laos in March 2007. "
                + "He was sentenced to ten years in 2008, but Denmark considers him wrongly detained.");
        Fact arrest = only(facts, "arrested", "kos");
        assertEquals("Laos", arrest.place());
        assertEquals("2007-03", arrest.date());
    }

    private static Fact sentence(List<Fact> facts, String personPart) {
        List<Fact> found = facts.stream().filter(f -> f.kind().equals("sentenced") && f.person().contains(personPart)).toList();
        assertEquals(1, found.size(), "sentence of " + personPart + ": " + facts);
        return found.get(0);
    }

    @Test
    void aCourtThatDoesOneThingAndThenSentencesIsWhereTheSentenceWasGiven() {
        List<Fact> facts = ArticleExtraction.facts("p20", LocalDate.of(2021, 11, 12),
                "Ann Miller, a Canadian engineer, was detained in May. "
                + "On October 3, the Court of Appeal overturned the death sentence and sentenced Miller to ten years in prison.");
        assertEquals("Court of Appeal", sentence(facts, "miller").place());
    }

    @Test
    void aCountryWhoseCourtSentencesIsWhereTheSentenceWasGiven() {
        List<Fact> facts = ArticleExtraction.facts("p21", LocalDate.of(2021, 11, 12),
                "Lena Varga, a Hungarian aid worker, was detained in May. "
                + "On October 3, Ruritania\u2019s highest court sentenced Varga to ten years in prison.");
        assertEquals("Ruritania", sentence(facts, "varga").place());
    }

    @Test
    void aTownTheTaggerMissesIsStillAPlaceWhenTheGazetteerKnowsIt() {
        List<Fact> facts = ArticleExtraction.facts("p14", LocalDate.of(2024, 5, 10),
                "A court in Kyiv has sentenced 21-year-old Russian soldier Tom Ash to life imprisonment for the murder of an unarmed civilian.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(1, sentenced.size(), "the sentence: " + facts);
        assertEquals("Kyiv", sentenced.get(0).place(), "the court's town: " + facts);
    }

    @Test
    void aMonthAfterInIsNoTownOfThatName() {
        List<Fact> facts = ArticleExtraction.facts("p15", LocalDate.of(2024, 9, 10),
                "Tom Ash, a Canadian driver, was arrested in August.");
        assertNull(only(facts, "arrested", "ash").place(), "August is a month here: " + facts);
    }

    @Test
    void aCountryNamedAsTheOwnerOfThePrisonIsWhereSomeoneIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("p16", LocalDate.of(2024, 5, 10),
                "Tom Ash has now been held for over 75 days in Peru’s maximum-security prison, after being deported from Chile.");
        List<Fact> held = facts.stream().filter(f -> f.kind().equals("held") && f.person().equals("tom-ash")
                && "2024-05".equals(f.date())).toList();
        assertEquals(1, held.size(), "held now: " + facts);
        assertEquals("Peru", held.get(0).place(), held.toString());
    }

    @Test
    void aConvictionInAClauseAboutTheDetaineeHappenedInTheirHomeCountryNotWhereTheyWereArrested() {
        List<Fact> facts = ArticleExtraction.facts("p17", LocalDate.of(2024, 5, 10), "LIMA",
                "A Canadian activist who was convicted of fraud in his home country decades ago was arrested in Peru, "
                + "police said Sunday. Tom Ash was detained in Cusco.");
        List<Fact> convicted = facts.stream().filter(f -> f.kind().equals("convicted") && f.person().equals("tom-ash")).toList();
        assertEquals(1, convicted.size(), "convicted: " + facts);
        assertEquals("Canada", convicted.get(0).place(), "in his home country, not where he was arrested: " + convicted);
        assertNull(convicted.get(0).date(), "'decades ago' gives no year: " + convicted);
    }

    @Test
    void aVerdictToldWithoutAPlaceWasGivenInTheCountryThatFreedThePerson() {
        List<Fact> facts = ArticleExtraction.facts("p30", LocalDate.of(2021, 11, 12),
                "Tom Ash has been released by Peruvian authorities. Ash was convicted on Monday of forging travel papers.");
        List<Fact> convicted = facts.stream().filter(f -> f.kind().equals("convicted")).toList();
        assertEquals(1, convicted.size(), facts.toString());
        assertEquals("Peru", convicted.get(0).place(), convicted.toString());
    }

    @Test
    void anArrestAtTheAirportSomeoneWasLeavingThroughHappenedThere() {
        List<Fact> facts = ArticleExtraction.facts("p31", LocalDate.of(2021, 11, 12),
                "Tom Ash was detained in May while trying to leave Peru through Lima Central Airport.");
        String place = only(facts, "arrested", "ash").place();
        assertTrue(place.startsWith("Lima Central Airport"), place);
    }

    @Test
    void anAreaNamedAfterTheStateOfEndsWithItsName() {
        List<Fact> facts = ArticleExtraction.facts("p-state-of", LocalDate.of(2024, 7, 10),
                "Tom Ash was arrested on Monday in the state of Tabasco while he was visiting his family.");
        assertEquals("Tabasco", only(facts, "arrested", "ash").place(), "the state's name, not the clause after it");
    }
}
