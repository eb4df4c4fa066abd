package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Classes of sentences first met in real articles on cases nobody tuned the rules to; each test
 * is written for the test (names and places invented).
 */
class HeldOutClassesTest {

    private static List<Fact> of(List<Fact> facts, String type, String kind, String personPart) {
        return facts.stream().filter(f -> f.type().equals(type) && f.kind().equals(kind)
                && f.person().contains(personPart)).toList();
    }

    /** Each person's nationality by id ("null" when none was found). */
    private static Map<String, String> nationalities(Extractor.Result result) {
        Map<String, String> nationality = new java.util.HashMap<>();
        result.people().forEach(p -> nationality.put(p.id(), String.valueOf(p.nationality())));
        return nationality;
    }

    @Test
    void aVerdictWhoseDefendantIsDescribedAtLengthIsStillAConviction() {
        List<Fact> facts = ArticleExtraction.facts("h1", LocalDate.of(2022, 3, 4),
                "Dutch engineer Pieter Verhoeven was arrested in Tbilisi in 2020. "
                + "Judges found Verhoeven, a father of three from a small town near Utrecht, guilty of fraud on Thursday.");
        assertEquals(1, of(facts, "legal", "convicted", "verhoeven").size(), "found ... guilty: " + facts);
    }

    @Test
    void theOneASentenceIsGivenToIsSentenced() {
        List<Fact> facts = ArticleExtraction.facts("h2", LocalDate.of(2023, 5, 9),
                "Marta Wrona, a Polish teacher, was arrested in Minsk in 2021. "
                + "A court in Minsk on Monday pronounced a harsh prison sentence to Marta Wrona on charges of spying.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "wrona");
        assertEquals(1, sentenced.size(), "a sentence pronounced to her: " + facts);
    }

    @Test
    void accessGrantedAfterAMonthsLongDelayIsAVisit() {
        List<Fact> facts = ArticleExtraction.facts("h3", LocalDate.of(2021, 12, 9),
                "Norwegian sailor Lars Engen has been held in Caracas since March. "
                + "After months of delay, the Norwegian ambassador was granted consular access to Engen in November.");
        assertEquals(1, of(facts, "diplomatic", "visit", "engen").size(), "the delay is over: " + facts);
        assertEquals(0, of(facts, "contact", "restricted", "engen").size(), "no limit now: " + facts);
    }

    @Test
    void aDateInAnAsideAboutSomeoneLeavesTheNewsInItsOwnYear() {
        List<Fact> facts = ArticleExtraction.facts("h4", LocalDate.of(2021, 12, 9),
                "Consular officers visited Lars Engen, who was arrested on Dec. 3, 2019, in Caracas. "
                + "The ambassador visited Engen again in November.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "engen");
        assertTrue(visits.stream().anyMatch(f -> "2021-11".equals(f.date())),
                "November of the article's year, not the one after the aside's date: " + visits);
    }

    @Test
    void aNameThatEndsAFullerNameIsTheSamePerson() {
        List<Fact> facts = ArticleExtraction.facts("h5", LocalDate.of(2022, 9, 29),
                "Former minister Daw Khin Mya Thein was arrested in Mandalay in 2021. "
                + "A court sentenced Mya Thein to three years in prison on Thursday.");
        assertEquals(1, facts.stream().map(Fact::person).distinct().count(), "one person, told by two names: " + facts);
    }

    @Test
    void theTwoMenAreBothDetaineesJustNamed() {
        List<Fact> facts = ArticleExtraction.facts("h6", LocalDate.of(2020, 12, 9),
                "Irish engineers Sean Doyle and Conor Walsh were arrested in Harbin in 2019. "
                + "The authorities denied consular access to the two men from January to November.");
        assertEquals(1, of(facts, "contact", "denied", "doyle").size(), "denied to both: " + facts);
        assertEquals(1, of(facts, "contact", "denied", "walsh").size(), "denied to both: " + facts);
        assertEquals(2, facts.stream().filter(f -> f.kind().equals("arrested")).count(), "both arrested: " + facts);
        assertTrue(facts.stream().allMatch(f -> f.actor() == null), "neither arrested the other: " + facts);
    }

    @Test
    void aSubjectPronounGoesOnFromTheSubjectBeforeNotTheLastName() {
        List<Fact> facts = ArticleExtraction.facts("h7", LocalDate.of(2022, 9, 29),
                "Canadian economist Paul Archer was sentenced to three years in prison on Thursday. "
                + "Archer had served as an adviser to Nora Lind, who was detained in the capital in 2021. "
                + "He was arrested five days after the coup at a hotel in Halden.");
        List<Fact> arrests = of(facts, "custody", "arrested", "archer");
        assertTrue(arrests.stream().anyMatch(f -> f.evidence().get(0).sentence() == 2), "he is Archer: " + facts);
        assertTrue(of(facts, "custody", "arrested", "lind").stream().noneMatch(f -> f.evidence().get(0).sentence() == 2),
                "not the last name before it: " + facts);
        assertEquals(0, of(facts, "custody", "held", "archer").size(),
                "'five days after' dates the arrest, it is no stay: " + facts);
    }

    @Test
    void aFacilityNamedWithAWordBetweenNameAndNounIsAPlace() {
        List<Fact> facts = ArticleExtraction.facts("h8", LocalDate.of(2020, 7, 28),
                "Irish lecturer Aoife Brennan was arrested in Tabriz in 2018. "
                + "Brennan was moved on Saturday to Darvan women's prison.");
        assertTrue(of(facts, "custody", "transferred", "brennan").stream()
                .anyMatch(f -> f.place() != null && f.place().startsWith("Darvan")), "where she was moved: " + facts);
    }

    @Test
    void someoneLeftOutOfASwapWasNotExchangedAndARefusalToNegotiateRefusesTheRequest() {
        List<Fact> facts = ArticleExtraction.facts("h9", LocalDate.of(2024, 6, 27),
                "Danish researcher Mikkel Friis has been held in Tabriz since 2019. "
                + "Friis started a hunger strike after being left out of the prisoner swap that freed two Danes. "
                + "The prime minister said the government in Tehran was unwilling to negotiate for Friis's release.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("custody")
                && (f.kind().equals("exchanged") || f.kind().equals("released"))).count(), "not freed: " + facts);
        assertTrue(of(facts, "request", "release", "friis").stream().anyMatch(f -> "refused".equals(f.status())),
                "the request for his release, refused: " + facts);
    }

    @Test
    void nobodyHavingSpokenToADetaineeIsNoCall() {
        List<Fact> facts = ArticleExtraction.facts("h10", LocalDate.of(2020, 11, 17),
                "Former soldier Colin Reyes was arrested in Maracay in September. "
                + "Nobody in the family or the embassy has spoken to Reyes since then.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("diplomatic")).count(), "no call was made: " + facts);
    }

    @Test
    void aRelativeClauseAfterTwoNamesTellsWhatHappenedToThem() {
        List<Fact> facts = ArticleExtraction.facts("h20", LocalDate.of(2020, 12, 9),
                "The foreign minister is leading Ireland's campaign in Peru to secure the freedom of Sean Doyle "
                + "and Conor Walsh, who were detained and jailed on May 4, 2019, in what many view as reprisal "
                + "for a banker's arrest.");
        for (String name : List.of("doyle", "walsh")) {
            List<Fact> arrests = of(facts, "custody", "arrested", name);
            assertEquals(1, arrests.size(), name + " was detained: " + facts);
            assertEquals("2019-05-04", arrests.get(0).date(), "on the day the clause gives: " + arrests);
        }
    }

    @Test
    void aCoupleInTheLeadIsTheTwoNamedAfterAndTheyStayInView() {
        List<Fact> facts = ArticleExtraction.facts("h21", LocalDate.of(2025, 6, 20),
                "A Dutch couple freed by rebels in Sudan last week say they feared for their lives. "
                + "Wim and Els Jansen had been held in a camp near Kassala since March. "
                + "The couple arrived home on Friday. "
                + "Both suffered from malaria in captivity. "
                + "Officials said the talks had been long. "
                + "They were seized on 3 March this year after a drive from Khartoum to Kassala.");
        for (String name : List.of("Wim Jansen", "Els Jansen")) {
            assertEquals(1, facts.stream().filter(f -> f.kind().equals("released") && f.person().equals(slug(name))).count(),
                    name + " freed, told of the couple: " + facts);
            assertEquals(1, facts.stream().filter(f -> f.type().equals("health") && f.person().equals(slug(name))).count(),
                    name + " ill, told of both: " + facts);
            List<Fact> seized = facts.stream().filter(f -> f.kind().equals("arrested") && f.person().equals(slug(name))).toList();
            assertEquals(1, seized.size(), name + " seized, told of them two sentences on: " + facts);
            assertEquals("2025-03-03", seized.get(0).date(), "the day of this year: " + seized);
            assertEquals("Kassala", seized.get(0).place(), "where the drive ended, not where it began: " + seized);
        }
        assertTrue(facts.stream().filter(f -> f.kind().equals("released")).allMatch(f -> f.actor() == null
                || !f.actor().toLowerCase().contains("couple")), "the couple did not free themselves: " + facts);
    }

    @Test
    void aCoupleOfWeeksIsNoCoupleAndBothCountriesAreNoPeople() {
        List<Fact> facts = ArticleExtraction.facts("h22", LocalDate.of(2025, 6, 20),
                "A couple of weeks ago, talks began. Ana Brell and Tom Okafor were arrested in Lagos in May. "
                + "Both countries said the talks would go on.");
        assertEquals(2, facts.stream().filter(f -> f.kind().equals("arrested")).count(), facts.toString());
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("statement")).count(),
                "the countries' remark names no detainee: " + facts);
    }

    @Test
    void aDeportationOrExpulsionIsAHandoverToAnotherState() {
        List<Fact> facts = ArticleExtraction.facts("h23", LocalDate.of(2024, 3, 1),
                "Teacher Ana Brell was arrested in Minsk in May. She was deported to Lithuania on Monday.");
        assertEquals(1, of(facts, "custody", "extradited", "brell").size(), "deported, as FACTS.md counts it: " + facts);
    }

    @Test
    void aNameWhoseMiddleWordsArePartOfItIsShownWholeButAMiddleInitialIsNot() {
        Extractor.Result result = ArticleExtraction.extract("h24", LocalDate.of(2022, 9, 29),
                "Former minister Daw Khin Mya Thein was arrested in Mandalay in 2021. "
                + "Engineer Pavel K. Orlov was arrested in Mandalay in 2021.");
        List<String> names = result.people().stream().map(org.dossier.facts.Person::name).toList();
        assertTrue(names.contains("Daw Khin Mya Thein"), "no surname to cut to: " + names);
        assertTrue(names.contains("Pavel Orlov"), "the initial left out: " + names);
    }

    @Test
    void aParticipleAfterANounTellsWhatHappenedToIt() {
        List<Fact> facts = ArticleExtraction.facts("h25", LocalDate.of(2024, 6, 3),
                "A Danish sailor detained in Baku is in good health, his family said on Monday. "
                + "Jens Holm was detained in March while his ship was in port.");
        List<Fact> arrests = of(facts, "custody", "arrested", "holm");
        assertEquals(1, arrests.size(), "one arrest, told twice: " + facts);
        assertEquals("Baku", arrests.get(0).place(), "the sailor was detained in Baku, he detained no one: " + arrests);
        assertEquals("2024-03", arrests.get(0).date(), arrests.toString());
    }

    @Test
    void aCountedGroupInALeadIsThePeopleNamedAfterWhenTheCountAgrees() {
        List<Fact> facts = ArticleExtraction.facts("h26", LocalDate.of(2024, 5, 8),
                "Two Canadians who had been jailed in Laos for years were freed on Monday. "
                + "Officials welcomed the release of Anne Roy and Marc Dube from prison in Vientiane.");
        for (String name : List.of("roy", "dube")) {
            List<Fact> held = of(facts, "custody", "held", name);
            assertEquals(1, held.size(), name + " was held, for years, not seized: " + facts);
            assertEquals("Laos", held.get(0).place(), held.toString());
            assertEquals(0, of(facts, "custody", "arrested", name).size(), "no arrest told: " + facts);
        }
    }

    @Test
    void aCountedGroupOfAnotherSizeIsOtherPeople() {
        List<Fact> facts = ArticleExtraction.facts("h27", LocalDate.of(2024, 8, 2),
                "Anne Roy and Marc Dube were freed from prison in Minsk on Thursday in a prisoner swap. "
                + "In return, five Belarusians who had been held in Poland and Lithuania came home.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("held") && f.place() != null
                && f.place().contains("Poland")), "the five are others than the two: " + facts);
    }

    @Test
    void theDatelineAndTheSpeakersWhereaboutsAreNoPlaceOfTheEvent() {
        List<Fact> facts = ArticleExtraction.facts("h28", LocalDate.of(2023, 3, 21),
                "ANKARA: A Dutch citizen sentenced to ten years in prison for his posts has been released, his wife said. "
                + "Pieter Smit, a 60-year-old engineer, was arrested in 2019 for what his wife called harmless posts "
                + "about the 2016 coup attempt. "
                + "\u201cYes, he was freed,\u201d his wife said by phone from the Netherlands.");
        assertTrue(facts.stream().noneMatch(f -> "ANKARA".equals(f.place())), "the dateline: " + facts);
        List<Fact> released = of(facts, "custody", "released", "smit");
        assertEquals(1, released.size(), "one release, told twice: " + facts);
        assertEquals("2023-03", released.get(0).date(), released.toString());
        assertTrue(released.get(0).place() == null || !released.get(0).place().contains("Netherlands"),
                "where his wife spoke from: " + released);
    }

    @Test
    void aRemarkMadeByPhoneIsNoCall() {
        List<Fact> facts = ArticleExtraction.facts("h30", LocalDate.of(2023, 3, 21),
                "Engineer Pieter Smit was arrested in Ankara in 2019. "
                + "\u201cHe is at home now,\u201d his brother said by phone from Oslo.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("call")).count(), "how the remark came: " + facts);
    }

    @Test
    void aRecentMoveLeavesTheDetaineeHeldWhereItWent() {
        List<Fact> facts = ArticleExtraction.facts("h31", LocalDate.of(2021, 4, 28),
                "Teacher Ana Brell, who was arrested in 2019, has been moved to Birch Hill prison, her family said. "
                + "She was transferred on April 25.");
        List<Fact> held = of(facts, "custody", "held", "brell");
        assertTrue(held.stream().anyMatch(f -> "Birch Hill prison".equals(f.place()) && "2021-04".equals(f.date())),
                "held where the move took her, now: " + facts);
    }

    @Test
    void aMoveLongBeforeTheArticleSaysNothingOfWhereTheDetaineeIsNow() {
        List<Fact> facts = ArticleExtraction.facts("h32", LocalDate.of(2021, 4, 28),
                "Teacher Ana Brell was arrested in 2018 and was moved to Birch Hill prison in March 2019.");
        assertEquals(0, of(facts, "custody", "held", "brell").size(), "an old move: " + facts);
    }

    @Test
    void anArrestToldInASinceClauseOfItsOwnHappenedWhateverTheFamilyHopes() {
        List<Fact> facts = ArticleExtraction.facts("h33", LocalDate.of(2020, 11, 17),
                "A letter is all the family of Tom Okafor has to pin its hopes on since the engineer was arrested "
                + "at a checkpoint in Angola two months ago. Okafor is being held in Luanda.");
        List<Fact> arrests = of(facts, "custody", "arrested", "okafor");
        assertEquals(1, arrests.size(), "the arrest happened: " + facts);
        assertEquals("2020-09", arrests.get(0).date(), "two months ago, a month: " + arrests);
    }

    @Test
    void someoneWhoRemainsImprisonedIsHeldThereNow() {
        List<Fact> facts = ArticleExtraction.facts("h34", LocalDate.of(2024, 6, 27),
                "Lars Engen, a Norwegian doctor, was arrested in April 2016 during a visit to Peru "
                + "and remains imprisoned in Lima's Castro prison.");
        List<Fact> held = of(facts, "custody", "held", "engen");
        assertEquals(1, held.size(), "held there now: " + facts);
        assertEquals("2024-06", held.get(0).date(), held.toString());
        assertTrue(held.get(0).place().contains("Castro"), held.toString());
    }

    @Test
    void expressingJoyOrReliefAtADetaineesReturnIsAStatement() {
        List<Fact> facts = ArticleExtraction.facts("h35", LocalDate.of(2024, 11, 27),
                "Teacher Ana Brell was freed from prison in Minsk on Wednesday. "
                + "Several senators expressed relief that Brell was coming home.");
        assertEquals(1, of(facts, "diplomatic", "statement", "brell").size(), "a remark on her case: " + facts);
    }

    @Test
    void aNationalityToldOfAGroupIsEachMembersButNotOfOthersOfThatKind() {
        Extractor.Result result = ArticleExtraction.extract("h36", LocalDate.of(2025, 6, 20),
                "A Dutch couple freed by rebels in Sudan last week say they feared for their lives. "
                + "Wim and Els Jansen had been held in a camp near Kassala since March. "
                + "In return, the Sudanese who had been held in Chad went home.");
        Map<String, String> nationality = nationalities(result);
        assertEquals("Dutch", nationality.get("wim-jansen"), nationality.toString());
        assertEquals("Dutch", nationality.get("els-jansen"), nationality.toString());
    }

    @Test
    void namesLeftAsTheRootOfAnUnreadSentenceAreStillJailed() {
        List<Fact> facts = ArticleExtraction.facts("q4", LocalDate.of(2024, 5, 8),
                "Karin Holm and Jens Berg, held on spying charges they deny, are jailed in Evin Prison.");
        assertEquals(1, of(facts, "custody", "held", "holm").size(), "held: " + facts);
        assertEquals(1, of(facts, "custody", "held", "berg").size(), "held: " + facts);
    }

    @Test
    void aLeadDescribesTheDetaineeNotTheRelativeWhoTellsTheNews() {
        List<Fact> facts = ArticleExtraction.facts("h-lead", LocalDate.of(2013, 1, 30),
                "The wife of an American citizen sentenced to eight years in a Tarvian prison does not expect to hear from him soon. "
                + "Mira Lund told reporters that the last time she heard her husband, Pavel Lund, was on Jan. 9.");
        assertEquals(0, of(facts, "legal", "sentenced", "mira").size(), "the wife tells the news: " + facts);
    }

    @Test
    void aLeadStandsForThePersonNamedWithItsNationality() {
        List<Fact> facts = ArticleExtraction.facts("h-nat", LocalDate.of(2019, 12, 9),
                "A Danish-American detained in Tarvia in 2016 was freed on Saturday, an official said. "
                + "The minister said the swap of Tarvian Ali Kaya and Danish-American Karin Holm was complete.");
        assertEquals(1, of(facts, "custody", "arrested", "holm").size(), "the Danish-American was detained: " + facts);
        assertEquals(0, of(facts, "custody", "arrested", "kaya").size(), "not the Tarvian: " + facts);
    }

    @Test
    void aReleaseInReturnForAnotherIsAnExchange() {
        List<Fact> facts = ArticleExtraction.facts("h-return", LocalDate.of(2019, 12, 9),
                "Karin Holm, a teacher jailed in Tarvia since 2016, was released by Tarvia on Saturday, and Ali Kaya was freed by Denmark in return.");
        assertEquals(1, of(facts, "custody", "exchanged", "kaya").size(), "freed in return: " + facts);
    }

    @Test
    void everyoneTheReleasedAreSaidToIncludeIsReleased() {
        List<Fact> facts = ArticleExtraction.facts("h-incl", LocalDate.of(2021, 11, 12),
                "Ten teachers held in Tarvia were released on Wednesday, the ministry said. "
                + "The released teachers included Karin Holm, Ali Kaya and Tom Ash.");
        for (String name : List.of("holm", "kaya", "ash")) {
            assertEquals(1, of(facts, "custody", "released", name).size(), name + " was released: " + facts);
        }
    }

    @Test
    void aGroupSpelledOutByDashesIsThoseNamesNotPeopleNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h-dashes", LocalDate.of(2022, 6, 10),
                "Karin Holm and Jens Berg were jailed in Iran in 2020. "
                + "Two Britons -- Iraqi-born Ali Kaya and former bank executive Tom Ash -- were flown back to Britain in March "
                + "after being released from prison in Iran.");
        assertEquals(1, of(facts, "custody", "released", "kaya").size(), "Kaya was released: " + facts);
        assertEquals(1, of(facts, "custody", "released", "ash").size(), "Ash was released: " + facts);
        assertEquals(0, of(facts, "custody", "released", "holm").size(), "not Holm, named before: " + facts);
    }

    private static String slug(String name) {
        return name.toLowerCase().replace(' ', '-');
    }

    @Test
    void theYearOfAReportIsNotTheDateOfTheArrestItTellsOf() {
        List<Fact> facts = ArticleExtraction.facts("h30", LocalDate.of(2023, 6, 1),
                "Tom Birch, a Canadian teacher, is held in France. Birch was arrested while speaking with his wife "
                + "from a hotel room in the city of Lyon in November 2012, according to a 2020 report by a rights group.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("2012-11", arrests.get(0).date(), "when he was arrested, not when the report came out");
        assertEquals(0, of(facts, "diplomatic", "call", "birch").size(), "his call home is no diplomacy: " + facts);
    }

    @Test
    void aReleaseSomeoneIsFocusedOnHasNotHappened() {
        List<Fact> facts = ArticleExtraction.facts("h31", LocalDate.of(2023, 6, 1),
                "Tom Birch, a Canadian teacher, is held in France. The minister said she remains personally focused "
                + "on the release of Tom Birch and other nationals held abroad.");
        assertEquals(0, of(facts, "custody", "released", "birch").size(), "an aim, not an event: " + facts);
    }

    @Test
    void aDetaineeAgainstBeingExtraditedAsksNotToBeMoved() {
        List<Fact> facts = ArticleExtraction.facts("h32", LocalDate.of(2023, 6, 1),
                "Police in Lyon arrested Tom Birch, a Canadian trader, in March. "
                + "Birch told investigators that he is against being extradited to Spain.");
        assertEquals(0, of(facts, "custody", "extradited", "birch").size(), "not extradited: " + facts);
        assertEquals(1, of(facts, "request", "not_transfer", "birch").size(), "his own stand: " + facts);
    }

    @Test
    void anExtraditionApprovedOrRuledAgainstHasNotHappened() {
        List<Fact> facts = ArticleExtraction.facts("h33", LocalDate.of(2023, 6, 1),
                "Tom Birch, a Canadian trader, is held in France. A court in Lyon approved a motion to extradite "
                + "Birch to Spain on Monday. But the court ruled against handing him over on a second charge. "
                + "Birch, the son of a banker who was set to be extradited to Spain, remains in jail.");
        assertEquals(0, of(facts, "custody", "extradited", "birch").size(), "decided, refused or set, not done: " + facts);
    }

    @Test
    void aNounBesideTheNameThatIsInPrisonSaysThePersonIs() {
        List<Fact> facts = ArticleExtraction.facts("h34", LocalDate.of(2023, 1, 12),
                "Dutch engineer jailed in Iran. On Tuesday, a court increased the prison sentence of Pieter Verhoeven, "
                + "a Dutch engineer who has been in prison in the country since early 2021.");
        List<Fact> held = of(facts, "custody", "held", "verhoeven");
        assertEquals(1, held.size(), "in prison there: " + facts);
        assertEquals("Iran", held.get(0).place(), "the country is the one named before");
    }

    @Test
    void theCountrysAuthoritiesArrestInThatCountry() {
        List<Fact> facts = ArticleExtraction.facts("h35", LocalDate.of(2023, 1, 12),
                "Pieter Verhoeven worked for a charity in Iran. "
                + "Verhoeven was arrested by the country's authorities on 24 February 2022.");
        List<Fact> arrests = of(facts, "custody", "arrested", "verhoeven");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Iran", arrests.get(0).place());
    }

    @Test
    void aQuestionTellsNothingThatHappened() {
        List<Fact> facts = ArticleExtraction.facts("h36", LocalDate.of(2023, 1, 12),
                "Pieter Verhoeven, a Dutch engineer, is held in Iran. What is the Netherlands doing to free him?");
        assertEquals(0, of(facts, "custody", "released", "verhoeven").size(), "asked, not told: " + facts);
    }

    @Test
    void aDateInBracketsBesideTheNameIsNotTheArrests() {
        List<Fact> facts = ArticleExtraction.facts("h37", LocalDate.of(2023, 1, 12),
                "Tom Birch (pictured in 2005) was arrested in France five days after the vote.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals(null, arrests.get(0).date(), "the photo's year is not the arrest's");
    }

    @Test
    void aLeadWhoseRelativeClauseSaysTheyAreHeldStandsForTheOneNamedAfter() {
        List<Fact> facts = ArticleExtraction.facts("h38", LocalDate.of(2023, 1, 12),
                "The family of a Dutch water specialist who has been imprisoned in Iran for five years said on Wednesday "
                + "that he is exhausted. The engineer, Pieter Verhoeven, has lost 40 pounds.");
        List<Fact> held = of(facts, "custody", "held", "verhoeven");
        assertEquals(1, held.size(), "the specialist is Verhoeven: " + facts);
        assertEquals("Iran", held.get(0).place());
        assertEquals(0, of(facts, "legal", "sentenced", "verhoeven").size(), "five years so far, no sentence: " + facts);
    }

    @Test
    void beingWantedInACountryIsBeingChargedThere() {
        List<Fact> facts = ArticleExtraction.facts("h39", LocalDate.of(2023, 1, 12),
                "The accused, Tom Birch, is wanted in the U.S. for allegedly running a fraud. Birch was arrested in July in Greece.");
        List<Fact> charges = of(facts, "legal", "charged", "birch");
        assertEquals(1, charges.size(), "wanted there: " + facts);
        assertEquals("United States", charges.get(0).place());
    }

    @Test
    void chargesSomeoneIsMovedToFaceAreBroughtWhereTheMoveTakesThem() {
        List<Fact> facts = ArticleExtraction.facts("h40", LocalDate.of(2023, 1, 12),
                "Tom Birch, a Canadian trader held near Milan, was extradited from Italy to the United States "
                + "on Monday to face charges of bank fraud.");
        List<Fact> charges = of(facts, "legal", "charged", "birch");
        assertEquals(1, charges.size(), "one charge: " + facts);
        assertEquals("United States", charges.get(0).place(), "where he is taken to face it");
    }

    @Test
    void leavingTheCountryTheStoryIsSetInIsBeingThere() {
        List<Fact> facts = ArticleExtraction.facts("h41", LocalDate.of(2016, 3, 2),
                "Tom Birch, a Canadian student, was on a tour in North Korea. The agency that took him there runs trips "
                + "to North Korea, and his family said the trip had been approved in Canada. Birch was detained on "
                + "January 2 as he was about to leave the country.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("North Korea", arrests.get(0).place(), "the country named most, not the one named last");
    }

    @Test
    void aRequestToldAfterTheDetentionInAClauseOfItsOwnLeavesTheDetention() {
        List<Fact> facts = ArticleExtraction.facts("h42", LocalDate.of(2023, 9, 5),
                "The union confirmed that Lars Engen, a Norwegian engineer, has been detained in Iran for more than "
                + "500 days and vowed to work tirelessly to secure his release.");
        List<Fact> held = of(facts, "custody", "held", "engen");
        assertEquals(1, held.size(), "he is held there: " + facts);
        assertEquals("Iran", held.get(0).place());
        assertEquals(1, of(facts, "request", "release", "engen").size(), "and the union asks: " + facts);
    }

    @Test
    void aLawyerDescribedAsDetainedInALeadIsTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h43", LocalDate.of(2022, 9, 20),
                "A Boston attorney detained in Venezuela is pleading for help, saying in a message from jail that he "
                + "feels forgotten. Tom Birch was arrested in March at the border.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Venezuela", arrests.get(0).place(), "the attorney in the lead is Birch");
    }

    @Test
    void namesAfterAColonWithTheirDescriptionsSpellOutTheNounLeftBehindInPrison() {
        List<Fact> facts = ArticleExtraction.facts("h44", LocalDate.of(2021, 11, 12),
                "Ann Lee was freed in September on bail. On Friday, she fasted again, this time in solidarity with the "
                + "two fellow graduates left behind in Tehran's Evin Prison when she was freed in September: her fiance, "
                + "Tom Birch, and their friend Jon Ray. Birch and Ray were arrested in July 2009.");
        assertEquals(0, of(facts, "custody", "released", "birch").size(), "she was freed, not her fiance: " + facts);
        assertEquals(1, of(facts, "custody", "held", "birch").size(), "left behind in prison: " + facts);
        assertEquals(1, of(facts, "custody", "held", "ray").size(), "left behind in prison: " + facts);
    }

    @Test
    void aPleaToDoSomethingIsARequestNotTheThingDone() {
        List<Fact> facts = ArticleExtraction.facts("h45", LocalDate.of(2021, 11, 12),
                "Tom Birch, an Australian economist, has been jailed in Myanmar since 2021. \"Please consider what he has "
                + "done for the country, and deport him now,\" his wife wrote. \"Please free him,\" she said.");
        assertEquals(0, of(facts, "custody", "extradited", "birch").size(), "asked, not done: " + facts);
        assertEquals(0, of(facts, "custody", "released", "birch").size(), "asked, not done: " + facts);
        assertEquals(1, of(facts, "request", "release", "birch").size(), "a plea to free him: " + facts);
    }

    @Test
    void pleadingNotGuiltyToChargesTellsOfTheCharges() {
        List<Fact> facts = ArticleExtraction.facts("h46", LocalDate.of(2021, 11, 12),
                "Tom Birch, a Canadian teacher, was arrested in Moscow in May. Birch pleaded not guilty to espionage "
                + "charges on Monday. His colleague Ann Lee, also held, was not charged.");
        assertEquals(1, of(facts, "legal", "charged", "birch").size(), "the charges he denies: " + facts);
        assertEquals(0, of(facts, "legal", "charged", "lee").size(), "no charge for her: " + facts);
    }

    @Test
    void comingHomeAfterBeingHeldIsARelease() {
        List<Fact> facts = ArticleExtraction.facts("h47", LocalDate.of(2021, 11, 12),
                "Tom Birch, a French teacher, was arrested in Iran in 2019. Birch returned to France on Tuesday after "
                + "being held for two years. Ann Lee returned to Iran in May, where she was later arrested.");
        List<Fact> released = of(facts, "custody", "released", "birch");
        assertEquals(1, released.size(), "home after custody: " + facts);
        assertEquals("2021-11-09", released.get(0).date());
        assertEquals(0, of(facts, "custody", "released", "lee").size(), "a trip there is no release: " + facts);
    }

    @Test
    void aDetaineeHarmedInAPrisonCampIsHeldThere() {
        List<Fact> facts = ArticleExtraction.facts("h48", LocalDate.of(2021, 11, 12),
                "Tom Birch, a U.S. citizen imprisoned in Russia, said he was punched in the face on Tuesday by another "
                + "inmate at a prison labor camp in Mordovia.");
        List<Fact> held = of(facts, "custody", "held", "birch");
        assertEquals(1, held.size(), "one place he is held: " + facts);
        assertEquals("Mordovia", held.get(0).place(), "the camp where it happened, over the country");
        assertEquals("2021-11", held.get(0).date());
    }

    @Test
    void namingSomethingCallsNoOne() {
        List<Fact> facts = ArticleExtraction.facts("h49", LocalDate.of(2023, 4, 17),
                "Tom Birch, a Canadian activist, is held in Russia. Prosecutors accused Birch of discrediting the army "
                + "after he criticised what Moscow calls its special operation in Ukraine. His lawyers say he suffers "
                + "from a nerve disorder called polyneuropathy.");
        assertEquals(0, of(facts, "diplomatic", "call", "birch").size(), "nobody phoned anyone: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "birch").size(), "the charge stays: " + facts);
    }

    @Test
    void officialsInTouchWithTheFamilyMakeACallAndVisitingFamilySaysWhere() {
        List<Fact> facts = ArticleExtraction.facts("h50", LocalDate.of(2022, 6, 22),
                "Tom Birch, a former Marine, is jailed in Venezuela. \"We are monitoring Tom's health as closely as "
                + "possible, and we are in regular contact with Tom's family,\" a State Department official said. "
                + "Birch was arrested in January while visiting family in Maracaibo.");
        assertEquals(1, of(facts, "diplomatic", "call", "birch").size(), "the calls of the case: " + facts);
        assertEquals(0, of(facts, "diplomatic", "statement", "birch").size(), "the remark only carries the call: " + facts);
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Maracaibo", arrests.get(0).place(), "where he was visiting family");
    }

    @Test
    void upholdingTheSentenceIssuedAgainstSomeoneDecidesTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h51", LocalDate.of(2017, 12, 12),
                "The Supreme Court has upheld the death sentence issued against Swedish resident Lars Engen. "
                + "Engen was arrested in Tehran in April 2016.");
        assertEquals(1, of(facts, "legal", "appeal", "engen").size(), "the court decided his appeal: " + facts);
    }

    @Test
    void callingADetentionAQuotedNameIsAStatementNotACall() {
        List<Fact> facts = ArticleExtraction.facts("h52", LocalDate.of(2014, 12, 3),
                "Tom Birch, an American contractor, is jailed in Cuba. The administration called his detention "
                + "\"an impediment\" to dialogue between the two countries.");
        assertEquals(0, of(facts, "diplomatic", "call", "birch").size(), "nobody phoned: " + facts);
        assertEquals(1, of(facts, "diplomatic", "statement", "birch").size(), "a judgement: " + facts);
    }

    @Test
    void theLengthOfAnotherSentenceIsNotThisOnes() {
        List<Fact> facts = ArticleExtraction.facts("h53", LocalDate.of(2025, 4, 8),
                "Two Americans remain jailed in Russia. They include Tom Birch, 72, who was handed a 3 1/2-year sentence "
                + "after being found guilty of assaulting a guard, and Jon Ray, a musician who was convicted on drug "
                + "charges and sentenced to 13 years in prison in July 2024.");
        List<Fact> birch = of(facts, "legal", "sentenced", "birch");
        assertTrue(birch.stream().anyMatch(f -> "P3Y6M".equals(f.term())), "his own sentence: " + birch);
        assertTrue(birch.stream().noneMatch(f -> "P13Y".equals(f.term())), "not the other's: " + birch);
    }

    @Test
    void chargedWithSomethingAndSentencedIsBoth() {
        List<Fact> facts = ArticleExtraction.facts("h54", LocalDate.of(2014, 12, 3),
                "Tom Birch, an American contractor, was arrested in Cuba in 2009. He was charged with \"destabilizing\" "
                + "and \"subverting\" the government, and sentenced to 15 years in prison in 2011.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "birch");
        assertEquals(1, sentences.size(), "the second verb is his too: " + facts);
        assertEquals("P15Y", sentences.get(0).term());
        assertEquals("2011", sentences.get(0).date());
    }

    @Test
    void herHusbandIsTheRelativeOfTheWomanWhoSpeaksNotHerself() {
        List<Fact> facts = ArticleExtraction.facts("h55", LocalDate.of(2019, 12, 7),
                "Tom Birch, a Chinese-American researcher, was detained in Iran in 2016. Ann Lee, Birch's wife, "
                + "confirmed her husband had been released.");
        assertEquals(1, of(facts, "custody", "released", "birch").size(), "her husband was freed: " + facts);
        assertEquals(0, of(facts, "custody", "released", "lee").size(), "not the wife who said so: " + facts);
    }

    @Test
    void flyingToACityAndBeingArrestedIsAnArrestThere() {
        List<Fact> facts = ArticleExtraction.facts("h56", LocalDate.of(2021, 11, 12),
                "Staff Sgt. Tom Birch, 34, flew to the port city of Vladivostok to see his girlfriend and was arrested "
                + "in May 2021 after she accused him of stealing from her.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Vladivostok", arrests.get(0).place(), "where the journey ended");
    }

    @Test
    void aPartnerNamedInTheSubjectsAsideIsArrestedTooAndWhereTheyComeFromIsNoPlaceOfArrest() {
        List<Fact> facts = ArticleExtraction.facts("h57", LocalDate.of(2021, 11, 12),
                "Ann Lee, a 40-year-old literature teacher from eastern France and her partner Tom Ash, in his 70s, were "
                + "arrested on May 7, 2021, on the last day of a tourist trip to Iran.");
        for (String who : new String[] {"lee", "ash"}) {
            List<Fact> arrests = of(facts, "custody", "arrested", who);
            assertEquals(1, arrests.size(), who + ": " + facts);
            assertEquals("Iran", arrests.get(0).place(), who + " was arrested on the trip, not where she is from");
        }
    }

    @Test
    void theCapitalANationalAdjectiveNamesIsInThatCountry() {
        List<Fact> facts = ArticleExtraction.facts("h58", LocalDate.of(2019, 11, 20),
                "Tom Birch and Jon Ray, who were in the Afghan capital to teach English, were kidnapped in August 2016.");
        List<Fact> arrests = of(facts, "custody", "arrested", "birch");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Kabul, Afghanistan", arrests.get(0).place());
    }

    @Test
    void aReleaseToldWithoutAPlaceHappenedInTheCountryOfCustody() {
        List<Fact> facts = ArticleExtraction.facts("h59", LocalDate.of(2025, 3, 21),
                "Tom Birch, a French consultant, was arrested in Iran in 2022. He was freed on Thursday, his family said.");
        List<Fact> released = of(facts, "custody", "released", "birch");
        assertEquals(1, released.size(), "freed: " + facts);
        assertEquals("Iran", released.get(0).place(), "where he was held");
    }

    @Test
    void theTodayOfAQuoteIsTheDayItWasSaid() {
        List<Fact> facts = ArticleExtraction.facts("h60", LocalDate.of(2021, 11, 12),
                "Tom Birch and Ann Lee were held by rebels for five years. \"Today they are free,\" the president said "
                + "in a statement on Tuesday.");
        List<Fact> released = of(facts, "custody", "released", "birch");
        assertEquals(1, released.size(), "freed: " + facts);
        assertEquals("2021-11-09", released.get(0).date(), "Tuesday, when it was said, not the day of the article");
    }

    @Test
    void theSinceOfAStayIsNotTheDateOfTheReleaseThatEndsIt() {
        List<Fact> facts = ArticleExtraction.facts("h61", LocalDate.of(2021, 11, 12),
                "French journalist Tom Birch, hostage in the Sahel since 2019, was released.");
        List<Fact> released = of(facts, "custody", "released", "birch");
        assertEquals(1, released.size(), "freed: " + facts);
        assertTrue(released.get(0).date() == null || !released.get(0).date().startsWith("2019"),
                "not freed in the year he was taken: " + released);
    }

    @Test
    void aHalfYearWrittenAsAFractionKeepsItsWholeYears() {
        List<Fact> facts = ArticleExtraction.facts("h62", LocalDate.of(2024, 12, 24),
                "Tom Birch, who was already serving a 3\u00bd-year sentence in Russia for bribery, was sentenced to "
                + "15 years on Tuesday.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "birch");
        assertTrue(sentences.stream().anyMatch(f -> "P3Y6M".equals(f.term())), "three and a half years: " + sentences);
        assertTrue(sentences.stream().noneMatch(f -> "P2Y".equals(f.term())), "not two: " + sentences);
    }

    @Test
    void jailedAgainIsAnArrestCountedFromWhenSheWasFreed() {
        List<Fact> facts = ArticleExtraction.facts("h40", LocalDate.of(2019, 6, 3),
                "Irish nurse Aoife Keane was arrested in Lagos in 2016. She was freed on bail in March 2018. "
                + "The Irish woman was re-arrested two months later on a new warrant.");
        List<Fact> arrests = of(facts, "custody", "arrested", "keane");
        assertTrue(arrests.stream().anyMatch(f -> "2018-05".equals(f.date())), "two months after March 2018: " + arrests);
    }

    @Test
    void theCountryWomanNamedByHerNationalityIsTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h41", LocalDate.of(2019, 6, 3),
                "American hiker Ruth Olafson was detained near the border in April. "
                + "The American woman was charged with illegal entry on Friday.");
        assertEquals(1, of(facts, "legal", "charged", "olafson").size(), "the American woman: " + facts);
    }

    @Test
    void aPlanInsideWhatTheSentenceWasForDoesNotMakeTheSentenceFuture() {
        List<Fact> facts = ArticleExtraction.facts("h42", LocalDate.of(2019, 6, 3),
                "A judge freed Oskar Lind, who was sentenced to 12 years for allegedly helping smugglers plan a robbery.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "lind");
        assertTrue(sentences.stream().anyMatch(f -> "P12Y".equals(f.term())), "sentenced, not to be: " + facts);
    }

    @Test
    void aHeadlineOnItsOwnLineIsNotCitedAsPartOfTheLead() {
        List<Fact> facts = ArticleExtraction.facts("h43", LocalDate.of(2019, 6, 3),
                "Minsk court frees Latvian teacher in spy case\n"
                + "A Latvian teacher arrested in Minsk in 2020 has been freed, her family said on Monday. Ilze Kalnina flew home.");
        List<Fact> released = of(facts, "custody", "released", "kalnina");
        assertEquals(1, released.size(), "freed: " + facts);
        assertTrue(released.get(0).evidence().get(0).quote().startsWith("A Latvian teacher"),
                "the lead alone is the sentence cited: " + released);
    }

    @Test
    void aCityToldBesideItsCountryIsThePlaceOfTheArrest() {
        List<Fact> facts = ArticleExtraction.facts("h44", LocalDate.of(2019, 6, 3),
                "Pavel Dvorak was detained in the city of Mosul in northern Iraq on April 4.");
        List<Fact> arrests = of(facts, "custody", "arrested", "dvorak");
        assertEquals(1, arrests.size(), "arrested: " + facts);
        assertTrue(arrests.get(0).place() != null && arrests.get(0).place().startsWith("Mosul"), "the town, in its country: " + arrests);
    }

    @Test
    void aReleaseToHouseArrestIsAMoveIntoItAndOneFromItIsARelease() {
        List<Fact> into = ArticleExtraction.facts("h45", LocalDate.of(2019, 6, 3),
                "Karl Olsen, an American investor, was arrested in Moscow in February. "
                + "A Moscow court released Olsen from a detention center to house arrest on Monday.");
        assertEquals(1, of(into, "custody", "transferred", "olsen").size(), "moved to house arrest: " + into);
        assertEquals(0, of(into, "custody", "released", "olsen").size(), "not free: " + into);
        List<Fact> out = ArticleExtraction.facts("h46", LocalDate.of(2019, 6, 3),
                "Karl Olsen, an American investor, was arrested in Moscow in February. "
                + "A Moscow court released Olsen from house arrest on Monday.");
        assertEquals(1, of(out, "custody", "released", "olsen").size(), "free: " + out);
    }

    @Test
    void theTermsOfAHouseArrestTellNoArrest() {
        List<Fact> facts = ArticleExtraction.facts("h47", LocalDate.of(2021, 6, 3),
                "Karl Olsen, an American investor, was arrested in Moscow in February 2019. "
                + "Olsen said on Monday that he would not violate the terms of his house arrest.");
        List<Fact> arrests = of(facts, "custody", "arrested", "olsen");
        assertEquals(1, arrests.size(), "one arrest, in 2019: " + arrests);
    }

    @Test
    void inAHeadlineTheSpeakerIsNotTheOneReleased() {
        List<Fact> facts = ArticleExtraction.facts("h48", LocalDate.of(2019, 6, 3),
                "Danes relieved, says Frederiksen, after teacher released from Iran\n\n"
                + "Danish teacher Ida Holm was released from Evin prison on Monday, Prime Minister Mette Frederiksen said.");
        assertEquals(0, of(facts, "custody", "released", "frederiksen").size(), "she only spoke: " + facts);
        assertEquals(1, of(facts, "custody", "released", "holm").size(), "the teacher was freed: " + facts);
    }

    @Test
    void aLawyersClientIsTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h49", LocalDate.of(2022, 11, 14),
                "Anders Holm, a Danish journalist, was arrested in Minsk in 2019. His lawyer Ivan Petrov said on Monday "
                + "a Minsk court had found his client guilty of espionage.");
        assertEquals(1, of(facts, "legal", "convicted", "holm").size(), "his client: " + facts);
        assertEquals(0, of(facts, "legal", "convicted", "petrov").size(), "the lawyer: " + facts);
    }

    @Test
    void aDayThatSomeoneSaidWouldComeIsNotTheOneBefore() {
        List<Fact> facts = ArticleExtraction.facts("h50", LocalDate.of(2022, 11, 14),
                "Anders Holm, a Danish journalist, was sentenced in Minsk last week. "
                + "His lawyer said Holm would appeal against the verdict on Tuesday.");
        List<Fact> appeals = of(facts, "legal", "appeal", "holm");
        assertEquals(1, appeals.size(), "an appeal planned: " + facts);
        assertTrue(!"2022-11-08".equals(appeals.get(0).date()), "not the Tuesday already past: " + appeals);
    }

    @Test
    void aCourtThatReversesAConvictionDecidesAnAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h51", LocalDate.of(2022, 11, 14),
                "Ana Lopes, a Brazilian student, was arrested in Perugia in 2019. "
                + "An appeals court on Monday reversed the murder conviction of 24-year-old Ana Lopes.");
        assertEquals(1, of(facts, "legal", "appeal", "lopes").size(), "reversed on appeal: " + facts);
    }

    @Test
    void theBoundsOfARangeOfTermsAreNobodysTerm() {
        List<Fact> facts = ArticleExtraction.facts("h52", LocalDate.of(2024, 1, 4),
                "Ravi Kumar and Amit Rao were detained in Doha in August 2022. "
                + "On December 28, a court sentenced Kumar and Rao to prison terms ranging from three years to 25 years.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "kumar");
        assertEquals(1, sentences.size(), "sentenced: " + facts);
        assertEquals(null, sentences.get(0).term(), "which of the two got 25 years is not told: " + sentences);
    }

    @Test
    void whatTheWhenClauseOfASinceDateTellsHappenedThen() {
        List<Fact> facts = ArticleExtraction.facts("h53", LocalDate.of(2016, 11, 20),
                "Tomas Berg has been imprisoned in Ruritania since 2014, when he was kidnapped at an airport and rendered to the country.");
        List<Fact> moves = of(facts, "custody", "extradited", "berg");
        assertEquals(1, moves.size(), "rendered: " + facts);
        assertEquals("2014", moves.get(0).date(), "then, in 2014: " + moves);
    }

    @Test
    void anInAbsentiaSentenceHandedToSomeoneIsTheirs() {
        List<Fact> facts = ArticleExtraction.facts("h54", LocalDate.of(2016, 11, 20),
                "Tomas Berg, a Ruritanian dissident, lives in London. "
                + "In 2009, a Ruritanian court handed Mr Berg an in absentia death sentence.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "berg");
        assertEquals(1, sentences.size(), "sentenced in his absence: " + facts);
        assertEquals("2009", sentences.get(0).date(), "in 2009: " + sentences);
    }

    @Test
    void deathRowAndCareDeniedAreConditionsOfDetention() {
        List<Fact> facts = ArticleExtraction.facts("h55", LocalDate.of(2021, 11, 12),
                "Omar Haddad was arrested in Cairo in 2019. He was denied medical care for months, his family said. "
                + "He has been on death row since 2020.");
        assertEquals(2, of(facts, "conditions", "regime", "haddad").size(), "care denied, death row: " + facts);
    }

    @Test
    void stillTryingToReachSomeoneIsNoContact() {
        List<Fact> facts = ArticleExtraction.facts("h56", LocalDate.of(2021, 11, 12),
                "Omar Haddad was arrested in Cairo on Monday. "
                + "We have been trying to get in contact with Omar for 18 hours, his friend said.");
        assertEquals(0, of(facts, "contact", "allowed", "haddad").size(), "not reached yet: " + facts);
    }

    @Test
    void someoneNamedOnceAndThenToldOfOnlyByPronounIsTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h57", LocalDate.of(2015, 9, 23),
                "Maria Alvarez was visiting Ruritania last spring with a trade delegation. "
                + "On Tuesday, her husband said that she has been detained by the Ruritanian government for six months. "
                + "She was formally arrested over the weekend.");
        assertTrue(of(facts, "custody", "arrested", "alvarez").size() >= 1, "she was detained: " + facts);
    }

    @Test
    void aHostageRescuedIsReleased() {
        List<Fact> facts = ArticleExtraction.facts("h58", LocalDate.of(2021, 11, 12),
                "Colombian politician Ingrid Mora was rescued from rebels on Wednesday.");
        assertEquals(1, of(facts, "custody", "released", "mora").size(), "rescued: " + facts);
    }

    @Test
    void someoneArrestedWithANamedPersonWasArrestedToo() {
        List<Fact> facts = ArticleExtraction.facts("h59", LocalDate.of(2021, 11, 12),
                "Anna Berg was arrested with Tom Lind in Minsk in May. Karl Olsen met with Maria Lopez.");
        assertEquals(1, of(facts, "custody", "arrested", "lind").size(), "arrested with her: " + facts);
        assertEquals(0, of(facts, "custody", "arrested", "lopez").size(), "a meeting is no arrest: " + facts);
    }

    @Test
    void anArrestDatedBeforeItsNounIsAnArrestThen() {
        List<Fact> facts = ArticleExtraction.facts("h85", LocalDate.of(2021, 11, 12),
                "Dutch cyclist Anke Vos was detained in Baku. "
                + "Dutch consuls have seen Anke Vos four times since her June 3 arrest, the ministry said.");
        assertTrue(of(facts, "custody", "arrested", "vos").stream().anyMatch(f -> "2021-06-03".equals(f.date())),
                "her June 3 arrest: " + facts);
    }

    @Test
    void someoneWhoIsAForeignerServingASentenceServesIt() {
        List<Fact> facts = ArticleExtraction.facts("h86", LocalDate.of(2021, 11, 12),
                "Before the ruling, Tom Hale was a Canadian serving a 12-year sentence in a Peruvian prison.");
        assertEquals(1, of(facts, "legal", "sentenced", "hale").size(), "the sentence he serves: " + facts);
        assertEquals(1, of(facts, "custody", "held", "hale").size(), "held while serving it: " + facts);
    }

    @Test
    void aPronounOfTheSentencesSubjectMakesHerADetaineeBesideAnother() {
        List<Fact> facts = ArticleExtraction.facts("h87", LocalDate.of(2022, 5, 20),
                "Gunmen freed Danish nurse Jens Holm in Niger on Friday. "
                + "Greta Lund, 70, had been teaching in the region at the time she was seized in the town of Tera.");
        assertEquals(1, of(facts, "custody", "arrested", "lund").size(), "she is the one seized: " + facts);
    }

    @Test
    void aPronounInWhatSomeoneSaysIsNotTheSpeaker() {
        List<Fact> facts = ArticleExtraction.facts("h88", LocalDate.of(2022, 5, 20),
                "Danish nurse Jens Holm was detained in Niger in March. "
                + "Greta Lund, a friend of the family, said that the police were quick to release him.");
        assertEquals(0, of(facts, "custody", "released", "lund").size(), "the speaker was not released: " + facts);
    }

    @Test
    void aGovernmentHoldingPeopleInJailHoldsThem() {
        List<Fact> facts = ArticleExtraction.facts("h89", LocalDate.of(2019, 6, 7),
                "The junta had held Mr. Olsen, 41, and Mr. Berg, 38, in jail in Bamako for a month.");
        assertEquals(1, of(facts, "custody", "held", "olsen").size(), "held in jail: " + facts);
        assertEquals(1, of(facts, "custody", "held", "berg").size(), "held in jail: " + facts);
    }

    @Test
    void anAcquittalOfAChargeSaysWhatTheyWereCharged() {
        List<Fact> facts = ArticleExtraction.facts("h90", LocalDate.of(2019, 6, 7),
                "On Thursday, a court in Lusaka acquitted Irish photographer Niamh Byrne of spying.");
        assertEquals(1, of(facts, "legal", "charged", "byrne").size(), "acquitted of spying: " + facts);
    }

    @Test
    void aTelephoneInterviewIsNoCallAndAJudgesWordsNoStatement() {
        List<Fact> facts = ArticleExtraction.facts("h91", LocalDate.of(2019, 6, 7),
                "Irish photographer Niamh Byrne was detained in Lusaka in May. "
                + "Magistrate Peter Banda said it was unclear whether Ms. Byrne knew of the rule. "
                + "\"We are glad,\" Byrne said in a telephone interview.");
        assertEquals(0, of(facts, "diplomatic", "call", "byrne").size(), "an interview with a reporter: " + facts);
        assertTrue(of(facts, "diplomatic", "statement", "byrne").stream().noneMatch(f -> f.evidence().get(0).sentence() == 1),
                "the magistrate's words are the court's: " + facts);
    }

    @Test
    void aLastSentenceThatBreaksOffTellsNothing() {
        List<Fact> facts = ArticleExtraction.facts("h92", LocalDate.of(2019, 6, 7),
                "Irish photographer Niamh Byrne was detained in Lusaka in May. "
                + "She was sentenced to two years in prison after the court found she had");
        assertEquals(1, of(facts, "custody", "arrested", "byrne").size(), "the whole sentence stands: " + facts);
        assertEquals(0, of(facts, "legal", "sentenced", "byrne").size(), "the cut one does not: " + facts);
    }

    @Test
    void aSurnameThatIsAlsoAReligionsNameIsStillTheSurname() {
        List<Fact> facts = ArticleExtraction.facts("h93", LocalDate.of(2015, 1, 20),
                "Kevin Chan, then 22, came from Perth. Chan was arrested at the airport in Denpasar on 3 May 2006.");
        assertEquals(1, of(facts, "custody", "arrested", "kevin-chan").size(), "Chan is Kevin Chan: " + facts);
    }

    @Test
    void thoseNamedBesideTheOnesSomeoneWasArrestedWithWereArrestedToo() {
        List<Fact> facts = ArticleExtraction.facts("h94", LocalDate.of(2015, 1, 20),
                "Tom Lee was arrested in Denpasar with two couriers, Maria Lopez and Peter Novak, on 3 May 2006.");
        assertEquals(1, of(facts, "custody", "arrested", "lopez").size(), "arrested with him: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "novak").size(), "arrested with him: " + facts);
    }

    @Test
    void phoneRecordsAreNoCall() {
        List<Fact> facts = ArticleExtraction.facts("h95", LocalDate.of(2015, 1, 20),
                "Tom Lee and Ann Roe were arrested in Denpasar in 2006. "
                + "The surveillance, phone records and the evidence of the couriers made their denials unbelievable.");
        assertEquals(0, of(facts, "diplomatic", "call", "lee").size(), "records of calls: " + facts);
    }

    @Test
    void whereSomeoneIsFromIsNotWhereTheyWereSentenced() {
        List<Fact> facts = ArticleExtraction.facts("h96", LocalDate.of(2025, 7, 7),
                "Daniel Okafor of Croydon, south London, was given a two-year jail term after a complaint to police.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "okafor");
        assertEquals(1, sentenced.size(), "the sentence: " + facts);
        assertTrue(sentenced.get(0).place() == null || !sentenced.get(0).place().contains("London"),
                "London is his home: " + sentenced);
    }

    @Test
    void aPleaToRulersIsNoGuiltyPleaAndRulersAreNoDetainees() {
        List<Fact> facts = ArticleExtraction.facts("h97", LocalDate.of(2025, 7, 7),
                "Daniel Okafor was jailed in Doha in March. Campaigner Helen Marsh said Mr Okafor is recovering. "
                + "In May Okafor made a plea to the Qatari rulers, asking them to forgive him.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("pleaded_guilty")).count(), "a plea for mercy: " + facts);
        assertTrue(facts.stream().allMatch(f -> f.person().equals("daniel-okafor")), "he is the only detainee: " + facts);
    }

    @Test
    void receivingAPardonIsARelease() {
        List<Fact> facts = ArticleExtraction.facts("h98", LocalDate.of(2025, 7, 7),
                "Daniel Okafor was jailed in Doha in March. His lawyers said Okafor received a royal pardon from the emir.");
        assertEquals(1, of(facts, "custody", "released", "okafor").size(), "pardoned: " + facts);
    }

    @Test
    void lodgingAnAppealIsAnAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h99", LocalDate.of(2021, 11, 12),
                "Australian citizen Tom Hale was convicted of fraud in a Hanoi courtroom on Monday. "
                + "He has lodged an appeal against the conviction.");
        assertEquals(1, of(facts, "legal", "appeal", "hale").size(), "his appeal: " + facts);
    }

    @Test
    void anOfficialWritingToTheFamilySendsAMessageNotALetter() {
        List<Fact> facts = ArticleExtraction.facts("h100", LocalDate.of(2021, 11, 12),
                "Australian citizen Tom Hale was convicted of fraud in Hanoi on Monday. "
                + "Prime Minister John Smith wrote to Hale's wife on Friday, saying the government would keep engaging with Vietnam.");
        assertEquals(1, of(facts, "diplomatic", "call", "hale").size(), "a message to the family: " + facts);
        assertEquals(0, of(facts, "diplomatic", "letter", "hale").size(), "no open letter: " + facts);
    }

    @Test
    void aHandOverToDiplomatsIsARelease() {
        List<Fact> facts = ArticleExtraction.facts("h101", LocalDate.of(2021, 11, 12),
                "Tom Hale was detained in Venezuela on Thursday. Tom Hale was handed over unharmed to US diplomats in Caracas on Saturday.");
        assertEquals(1, of(facts, "custody", "released", "hale").size(), "freed into their care: " + facts);
        assertEquals(0, of(facts, "custody", "extradited", "hale").size(), "not sent abroad: " + facts);
    }

    @Test
    void aVisitSomeoneIsGoingToMakeIsPlanned() {
        List<Fact> facts = ArticleExtraction.facts("h102", LocalDate.of(2018, 10, 9),
                "Danish engineer Lars Holm is serving a sentence in a colony near Vorkuta. "
                + "The consul is going to visit Holm in November.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "holm");
        assertEquals(1, visits.size(), "the visit: " + facts);
        assertEquals("planned", visits.get(0).status(), "not made yet: " + visits);
    }

    @Test
    void aNameSomeoneWritesUnderIsAnotherNameOfTheSamePerson() {
        List<NameSpan> spans = PeopleFinder.nameSpans("h103", Tokens.sentence(0,
                "Ellison|ellison|PERSON", "is", "a", "novelist", "who", "writes", "under", "the", "name",
                "John|john|PERSON", "Walsh|walsh|PERSON", "."));
        assertEquals(2, spans.size(), "two names: " + spans);
        assertEquals(spans.get(0), spans.get(1).aliasOf(), "the pen name is his: " + spans);
    }

    @Test
    void aCaptiveHandedOverToPeacekeepersIsFreed() {
        List<Fact> facts = ArticleExtraction.facts("h104", LocalDate.of(2014, 8, 25),
                "Mark Ellison was kidnapped in Syria in 2012. Ellison was handed over to U.N. peacekeepers in Quneitra on Sunday evening.");
        assertEquals(1, of(facts, "custody", "released", "ellison").size(), "freed: " + facts);
        assertEquals(0, of(facts, "custody", "extradited", "ellison").size(), "not extradited: " + facts);
    }

    @Test
    void detainedForYearsAndReleasedOnADayIsAStayThenARelease() {
        List<Fact> facts = ArticleExtraction.facts("h105", LocalDate.of(2021, 10, 10),
                "A Peruvian priest detained by rebels in Niger for three years was released on Saturday, October 9, officials said. "
                + "The priest, Jorge Salazar, was kidnapped in 2018.");
        assertEquals(1, of(facts, "custody", "held", "salazar").size(), "three years held: " + facts);
        assertTrue(of(facts, "custody", "arrested", "salazar").stream().noneMatch(f -> "2021-10-09".equals(f.date())),
                "the day is the release's: " + facts);
    }

    @Test
    void aLetterToTheDetaineesFamilyIsContactWithHome() {
        List<Fact> facts = ArticleExtraction.facts("h106", LocalDate.of(2021, 10, 10),
                "Jorge Salazar was kidnapped by rebels in Niger in 2018. "
                + "In a letter sent in July by the Red Cross to his sister, Jorge Salazar said he was held by a rebel group.");
        assertEquals(1, of(facts, "contact", "allowed", "salazar").size(), "a letter home: " + facts);
        assertEquals(0, of(facts, "diplomatic", "letter", "salazar").size(), "no diplomatic letter: " + facts);
    }

    @Test
    void someoneRemandedIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h107", LocalDate.of(2019, 4, 12),
                "Erik Lund, a Swedish programmer, has been remanded for 90 days in Bolivia.");
        List<Fact> held = of(facts, "custody", "held", "lund");
        assertEquals(1, held.size(), "remanded: " + facts);
        assertEquals("Bolivia", held.get(0).place());
    }

    @Test
    void someonesLastDayIsNoDayOfTheCalendar() {
        List<Fact> facts = ArticleExtraction.facts("h108", LocalDate.of(2023, 4, 29),
                "Ken Sato, a Japanese executive, spent late March wrapping up his assignment in China. "
                + "Mr. Sato disappeared on what was supposed to be his last day in China.");
        List<Fact> arrests = of(facts, "custody", "arrested", "sato");
        assertEquals(1, arrests.size(), "disappeared: " + facts);
        assertTrue(arrests.get(0).date() == null || !arrests.get(0).date().startsWith("2023-04"),
                "not the day before the article: " + arrests);
    }

    @Test
    void aJourneyAfterTheReleaseIsNoTransferAndNoPlaceOfTheRelease() {
        List<Fact> facts = ArticleExtraction.facts("h109", LocalDate.of(2014, 9, 24),
                "Tom Hale was kidnapped by pirates in 2012. "
                + "Immediately after his release on Tuesday, Hale was taken to the capital for tests and then flown to the embassy in Nairobi, Kenya.");
        assertEquals(0, of(facts, "custody", "transferred", "hale").size(), "a free man travelling: " + facts);
        assertEquals(0, of(facts, "custody", "extradited", "hale").size(), "a free man travelling: " + facts);
        assertTrue(of(facts, "custody", "released", "hale").stream().noneMatch(f -> f.place() != null && f.place().contains("Nairobi")),
                "not freed in Nairobi: " + facts);
    }

    @Test
    void beingAccusedOfVisitingACountryIsNoConsularVisit() {
        List<Fact> facts = ArticleExtraction.facts("h110", LocalDate.of(2020, 12, 14),
                "A court in Iran sentenced Karim Nouri to nine years on Sunday. "
                + "The charges include visiting Israel as a journalist and collaborating with foreign media.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("visit")).count(), "his own trip: " + facts);
    }

    @Test
    void aSkinRashIsAHealthCondition() {
        List<Fact> facts = ArticleExtraction.facts("h111", LocalDate.of(2014, 9, 24),
                "Tom Hale was freed by pirates on Tuesday. His brother said: \"He had a little skin rash, and other than that he is fine.\"");
        assertEquals(1, of(facts, "health", "condition", "hale").size(), "the rash: " + facts);
    }

    @Test
    void whereSomeoneCameFromIsNoPlaceOfTheArrest() {
        List<Fact> facts = ArticleExtraction.facts("h112", LocalDate.of(2012, 9, 10),
                "Reporter Anders Berg was arrested in July 2011 after entering the country from neighbouring Kenya with rebel fighters.");
        List<Fact> arrests = of(facts, "custody", "arrested", "berg");
        assertEquals(1, arrests.size(), "the arrest: " + facts);
        assertTrue(arrests.get(0).place() == null || !arrests.get(0).place().contains("Kenya"), "he came from Kenya: " + arrests);
    }

    @Test
    void someoneOnDeathRowIsHeldThere() {
        List<Fact> facts = ArticleExtraction.facts("h113", LocalDate.of(2015, 2, 5),
                "Officials escorted Pierre Lamar, a French national who has been on death row in Indonesia for ten years, to the airport.");
        assertEquals(1, of(facts, "custody", "held", "lamar").size(), "held on death row: " + facts);
    }

    @Test
    void beingGratefulForARelease() {
        List<Fact> facts = ArticleExtraction.facts("h114", LocalDate.of(2019, 10, 5),
                "Irish teacher Aoife Byrne was released from detention in Iran on Saturday. "
                + "Her family said they were very grateful to everyone who helped secure Byrne's release.");
        assertEquals(1, of(facts, "diplomatic", "statement", "byrne").size(), "the family's thanks: " + facts);
    }

    @Test
    void aPetitionForAPardonAsksForRelease() {
        List<Fact> facts = ArticleExtraction.facts("h115", LocalDate.of(2012, 9, 10),
                "Swedish reporter Anders Berg was jailed in Ethiopia in 2011. "
                + "His family sent a petition for a pardon to the president in June.");
        List<Fact> requests = of(facts, "request", "release", "berg");
        assertEquals(1, requests.size(), "a pardon sets him free: " + facts);
    }

    @Test
    void speakingToTheMediaIsNoCall() {
        List<Fact> facts = ArticleExtraction.facts("h116", LocalDate.of(2016, 5, 25),
                "Nadia Petrenko was freed from a Russian jail. "
                + "Nadia Petrenko gestures while speaking to the media upon her arrival at the airport in Kiev on Wednesday.");
        assertEquals(0, of(facts, "diplomatic", "call", "petrenko").size(), "talking to the press: " + facts);
    }

    @Test
    void aCapitalThatSpeaksIsNoPartOfThePlaceBeforeIt() {
        List<Fact> facts = ArticleExtraction.facts("h117", LocalDate.of(2023, 5, 19),
                "Australian doctor Ken Ellis has been freed after being held hostage for seven years in West Africa, Canberra said Friday.");
        List<Fact> held = of(facts, "custody", "held", "ellis");
        assertEquals(1, held.size(), "held: " + facts);
        assertEquals("West Africa", held.get(0).place(), "Canberra is the government speaking: " + held);
    }

    @Test
    void aSurnameTheTaggerMissedIsStillThePersonNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h118", LocalDate.of(2019, 4, 2),
                "Canadian trader Daniel Ma was detained in Shanghai in 2018. "
                + "Ma pleaded guilty to spying on Monday.");
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "daniel-ma").size(), "Ma is Daniel Ma: " + facts);
    }

    @Test
    void theNameAfterTheSourceIsWhoTheSentenceIsAbout() {
        List<Fact> facts = ArticleExtraction.facts("h119", LocalDate.of(2021, 9, 2),
                "German painter Lena Fischer is in custody in Belarus. "
                + "According to Interfax, Fischer, who has taught in Minsk since 2015 and is also a well-known painter, "
                + "was arrested June 21 on charges of espionage.");
        assertEquals(1, of(facts, "custody", "arrested", "fischer").size(), "she was arrested: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "fischer").size(), "and charged: " + facts);
    }

    @Test
    void aStreetProtestIsNoRemarkButALodgedProtestIs() {
        List<Fact> facts = ArticleExtraction.facts("h120", LocalDate.of(2020, 8, 20),
                "Danish photographer Mikkel Holm was detained in Minsk while filming protest marches against the government.");
        assertEquals(0, of(facts, "diplomatic", "statement", "holm").size(), "the marches are no remark: " + facts);
        List<Fact> lodged = ArticleExtraction.facts("h121", LocalDate.of(2020, 8, 20),
                "Danish photographer Mikkel Holm was detained in Minsk on Monday. "
                + "Denmark lodged a formal protest over Holm's detention.");
        assertEquals(1, of(lodged, "diplomatic", "statement", "holm").size(), "a protest lodged: " + lodged);
    }

    @Test
    void aThingsOwnNameIsNotTheLeadsPerson() {
        List<Fact> facts = ArticleExtraction.facts("h122", LocalDate.of(2016, 3, 8),
                "A Dutch skipper jailed in Yemen for sailing the yacht Maria Jansen into a closed port has been freed. "
                + "Jan de Wit, 61, spent two months in custody before he was pardoned.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("jansen")), "the yacht is no one: " + facts);
        assertEquals(1, of(facts, "custody", "held", "jan-wit").size(), "the skipper was jailed: " + facts);
    }

    @Test
    void speakingOfAnOrdealOrInALanguageIsNoContact() {
        List<Fact> facts = ArticleExtraction.facts("h123", LocalDate.of(2016, 3, 8),
                "Freed Dutch skipper Jan de Wit, who was jailed in Yemen, was allowed to go home and has spoken of his ordeal. "
                + "He was held in a cell where he struggled to speak Arabic.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("contact")).count(), "no one was in touch: " + facts);
    }

    @Test
    void whoFliesOutWithAPardonForSomeoneElseIsNotTheOneFreed() {
        List<Fact> facts = ArticleExtraction.facts("h124", LocalDate.of(2012, 6, 8),
                "Former senator Tom Hale flew out of Pyongyang on Friday after securing a pardon for a Canadian who had been jailed there since March. "
                + "Hale and Mark Doyle, 40, were expected in Toronto on Saturday.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("hale")), "the envoy was never held: " + facts);
    }

    @Test
    void aSurnameOfSomeoneNamedBeforeBorrowsNoOtherSurname() {
        List<Fact> facts = ArticleExtraction.facts("h125", LocalDate.of(2012, 6, 8),
                "Former senator Tom Hale met officials in Pyongyang. "
                + "Hale and Mark Doyle, 40, were expected in Toronto on Saturday. "
                + "Doyle had been arrested in March for crossing the border.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("tom-doyle") || f.person().contains("hale-doyle")),
                "Hale is not a Doyle: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "mark-doyle").size(), "Mark Doyle arrested: " + facts);
    }

    @Test
    void contactHopedForIsNotContactAllowed() {
        List<Fact> facts = ArticleExtraction.facts("h127", LocalDate.of(2011, 8, 4),
                "Tom Reed has been held in Vientiane since May. "
                + "His lawyer said: \"I hope that, when he is moved, the authorities allow him access to his family.\"");
        assertEquals(0, of(facts, "contact", "allowed", "reed").size(), "only hoped for: " + facts);
    }

    @Test
    void aGuiltyPleaToldAfterTheSentenceIsStillAPlea() {
        List<Fact> facts = ArticleExtraction.facts("h126", LocalDate.of(2011, 8, 4),
                "Tom Reed was given a life sentence after pleading guilty to arms smuggling in March.");
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "reed").size(), "he pleaded guilty: " + facts);
    }

    @Test
    void twoPrisonsToldWithoutDatesAreTwoStaysEachNamedWhole() {
        List<Fact> facts = ArticleExtraction.facts("h128", LocalDate.of(2009, 11, 4),
                "Ian Cole spent three years in Harare's Chikurubi jail on remand. "
                + "Then he was moved to stand trial in Malabo, where he was held at Black Rock prison in the capital.");
        List<String> places = of(facts, "custody", "held", "cole").stream().map(Fact::place).sorted().toList();
        assertEquals(List.of("Black Rock prison", "Chikurubi jail"), places, "two stays: " + facts);
    }

    @Test
    void monthsSpentInAJailBeforeComingHomeAreMonthsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h129", LocalDate.of(2014, 11, 1),
                "A Canadian teacher who taught in Lima returned home to Toronto on Saturday after spending six months in a Peruvian jail for carrying a knife. "
                + "Anne Roy, 41, was freed on Friday.");
        List<Fact> held = of(facts, "custody", "held", "roy");
        assertEquals(1, held.size(), "six months held: " + facts);
        assertEquals("Peru", held.get(0).place(), "in a Peruvian jail: " + held);
    }

    @Test
    void wherePeopleDidSomethingElseAfterTheReleaseIsNotWhereTheyWereFreed() {
        List<Fact> facts = ArticleExtraction.facts("h130", LocalDate.of(2014, 11, 1),
                "Tom Marsh was freed from a Mexican jail on Friday night and was reunited with his sister, Ann, "
                + "and then boarded the flight to Florida in San Diego.");
        List<Fact> released = of(facts, "custody", "released", "marsh");
        assertEquals(1, released.size(), "freed: " + facts);
        assertTrue(released.get(0).place() == null || !released.get(0).place().contains("San Diego"), "boarded there: " + released);
    }

    @Test
    void eachGovernmentCondemningAHostagesKillingMakesItsOwnStatement() {
        List<Fact> facts = ArticleExtraction.facts("h131", LocalDate.of(2015, 2, 1),
                "Militants said on Saturday they had killed Norwegian hostage Ola Berg, who had been held in Syria since March. "
                + "President Tom Hale said the United States condemned the murder. "
                + "Norway also condemned the killing.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "berg");
        assertEquals(2, statements.size(), "two governments spoke: " + facts);
        assertTrue(statements.stream().anyMatch(f -> "Norway".equals(f.actor())), "Norway's own: " + statements);
    }

    @Test
    void anAuthorisedTransferHomeIsARepatriationGrantedNotAMoveMade() {
        List<Fact> facts = ArticleExtraction.facts("h132", LocalDate.of(2024, 3, 1),
                "Marco Rossi has been held in a Texas prison since 2001. "
                + "The minister said the authorization for the transfer of Marco Rossi to Italy has been signed.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("transferred") || f.kind().equals("extradited")).count(),
                "not moved yet: " + facts);
        List<Fact> requests = of(facts, "request", "repatriation", "rossi");
        assertEquals(1, requests.size(), "his return agreed: " + facts);
        assertEquals("granted", requests.get(0).status());
    }

    @Test
    void yearsOfSomeonesDetentionSomewhereAreYearsHeldThere() {
        List<Fact> facts = ArticleExtraction.facts("h133", LocalDate.of(2021, 11, 12),
                "Marco Rossi is a chef from Rome. His three years of detention in Iran ended on Friday.");
        List<Fact> held = of(facts, "custody", "held", "rossi");
        assertEquals(1, held.size(), "held: " + facts);
        assertEquals("Iran", held.get(0).place());
    }

    @Test
    void timeGivenToAppealIsNoTerm() {
        List<Fact> facts = ArticleExtraction.facts("h134", LocalDate.of(2017, 10, 23),
                "Sam Hart, a British builder, was arrested in Dubai in July. "
                + "When he was sentenced yesterday, he was given two weeks to appeal the decision.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "hart");
        assertEquals(1, sentenced.size(), "sentenced: " + facts);
        assertEquals(null, sentenced.get(0).term(), "two weeks to appeal: " + sentenced);
    }

    @Test
    void aDateInsideTheQuotedWordsIsNotWhenTheyWereSaid() {
        List<Fact> facts = ArticleExtraction.facts("h135", LocalDate.of(2017, 10, 23),
                "Sam Hart, a British builder, was arrested in Dubai in July. "
                + "\"The case against Sam Hart was thrown out on Friday,\" his campaign's director, Ann Moss, said.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "hart");
        assertEquals(1, statements.size(), "a remark: " + facts);
        assertTrue(!"2017-10-20".equals(statements.get(0).date()), "said now, of Friday: " + statements);
    }

    @Test
    void aMonthNamedAgainIsTheMonthNamedBeforeWhateverAnAsideDated() {
        List<Fact> facts = ArticleExtraction.facts("h136", LocalDate.of(2010, 8, 27),
                "Tom Hale flew out of Pyongyang today with an American who had been jailed in North Korea since January. "
                + "Hale is well liked in North Korea. Hale met the country's founder on his last trip to Pyongyang in 1994. "
                + "Ann Lee had been arrested in January for crossing the border.");
        List<Fact> arrested = of(facts, "custody", "arrested", "lee");
        assertEquals(1, arrested.size(), "arrested: " + facts);
        assertEquals("2010-01", arrested.get(0).date(), "the January the article began with: " + arrested);
    }

    @Test
    void aLeadAfterAnEnvoysNameStandsForTheOneNamedAfter() {
        List<Fact> facts = ArticleExtraction.facts("h137", LocalDate.of(2010, 8, 27),
                "Former U.S. President Tom Hale flew out of North Korea on a private jet today after securing a special pardon for an American who had been jailed in the communist country since January. "
                + "Hale and Ann Lee, 31, were expected in Boston later today.");
        assertEquals(1, of(facts, "request", "release", "ann-lee").size(), "the pardon was for her: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("hale")), "the envoy was never held: " + facts);
    }

    @Test
    void aStateThatFreesSomeoneOnADayToldWithoutOnIsWhereTheyWereFreed() {
        List<Fact> facts = ArticleExtraction.facts("h138", LocalDate.of(2009, 10, 17),
                "Iran Saturday released Newsweek reporter Tom Bell on bail after four months of detention.");
        List<Fact> released = of(facts, "custody", "released", "bell");
        assertEquals(1, released.size(), "freed: " + facts);
        assertEquals("Iran", released.get(0).place(), "Iran freed him: " + released);
    }

    @Test
    void twoLeadsOfOneSentenceAreTheTwoPeopleOfThoseNationalities() {
        List<Fact> facts = ArticleExtraction.facts("h139", LocalDate.of(2013, 12, 17),
                "Ann Kelly and Mary Ross arrive at the courtroom in Lima on December 17. "
                + "A Peruvian court has sentenced a Scottish woman and an Irish woman accused of smuggling cocaine to six years in prison. "
                + "Ann Kelly, from Ireland, was arrested alongside Mary Ross, from Scotland, by police at the airport in Lima on August 6.");
        assertEquals(1, of(facts, "legal", "sentenced", "kelly").size(), "the Irish woman: " + facts);
        assertEquals(1, of(facts, "legal", "sentenced", "ross").size(), "the Scottish woman: " + facts);
    }

    @Test
    void aLeadWhoseEmployerIsNamedIsStillTheLead() {
        List<Fact> facts = ArticleExtraction.facts("h140", LocalDate.of(2010, 3, 29),
                "A Chinese court has sentenced a Canadian executive of the mining firm Northgold to seven years in prison on charges of bribery. "
                + "The court said Tom Ash, who headed the firm's office in Beijing, will serve the term in Shanghai.");
        assertEquals(1, of(facts, "legal", "sentenced", "ash").size(), "the executive is Tom Ash: " + facts);
    }

    @Test
    void yearsSpentInAnArmyOrACityAreNoCustodyButYearsInAPrisonAre() {
        List<Fact> facts = ArticleExtraction.facts("h141", LocalDate.of(2022, 6, 10),
                "British fighters Tom Dale and Sam Reed were sentenced to death by rebels in eastern Ukraine on Thursday. "
                + "Both spent several years in the Ukrainian army.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("held")).count(), "the army is no prison: " + facts);
        List<Fact> jailed = ArticleExtraction.facts("h142", LocalDate.of(2022, 6, 10),
                "British fighter Tom Dale spent three months in a Donetsk jail before his trial.");
        assertEquals(1, of(jailed, "custody", "held", "dale").size(), "a jail is: " + jailed);
    }

    @Test
    void aSurnameWrittenWithACurlyApostropheIsOneName() {
        List<Fact> facts = ArticleExtraction.facts("h143", LocalDate.of(2017, 11, 3),
                "Police arrested Kate O\u2019Brien in Harare on Friday. Police charged O\u2019Brien with subversion.");
        assertEquals(1, of(facts, "custody", "arrested", "kate-o-brien").size(), "her full name: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "kate-o-brien").size(), "her surname alone: " + facts);
    }

    @Test
    void aSurnameBeginningWithSaintKeepsIt() {
        List<Fact> facts = ArticleExtraction.facts("h144", LocalDate.of(2025, 5, 20),
                "Navy veteran Tom St. Clair was detained in Caracas in May. St. Clair was freed on Monday.");
        assertEquals(1, of(facts, "custody", "arrested", "tom-st-clair").size(), "St. Clair is his surname: " + facts);
        assertEquals(1, of(facts, "custody", "released", "tom-st-clair").size(), "the surname alone is him: " + facts);
    }

    @Test
    void yearsServedOfALongerSentenceAreNoSentence() {
        List<Fact> facts = ArticleExtraction.facts("h145", LocalDate.of(2019, 4, 2),
                "Tom Hale had served two years of a 12-year sentence for fraud in Ankara.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "hale");
        assertEquals(1, sentenced.size(), "one sentence: " + facts);
        assertEquals("P12Y", sentenced.get(0).term(), "the sentence, not the part served: " + sentenced);
    }

    @Test
    void aSentenceImposedWithAConvictionIsTheConvictedPersons() {
        List<Fact> facts = ArticleExtraction.facts("h146", LocalDate.of(2019, 4, 2),
                "Tom Hale was arrested in Ankara in 2017. "
                + "The supreme court found him guilty of smuggling and imposed a 20-year sentence.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "hale");
        assertEquals(1, sentenced.size(), "the sentence imposed on him: " + facts);
        assertEquals("P20Y", sentenced.get(0).term(), "twenty years: " + sentenced);
    }

    @Test
    void anAppealOfSomeonesCaseIsTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h147", LocalDate.of(2019, 4, 2),
                "Tom Hale was jailed in Ankara in 2017. In 2018 his case was appealed by the prosecutor.");
        assertEquals(1, of(facts, "legal", "appeal", "hale").size(), "his case: " + facts);
    }

    @Test
    void aSenatorWhoAnnouncesAReleaseIsNotTheOneReleased() {
        List<Fact> facts = ArticleExtraction.facts("h148", LocalDate.of(2025, 5, 20),
                "A Texas teacher who was detained in Laos for several months has been released, according to Sen. Ann Brooks. "
                + "The teacher, John Miller, had been held in a Laotian prison for six months.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("brooks")), "the senator was never held: " + facts);
        assertEquals(1, of(facts, "custody", "released", "miller").size(), "the teacher was freed: " + facts);
    }

    @Test
    void pickedUpByPoliceIsAnArrestButByAFriendIsNot() {
        List<Fact> facts = ArticleExtraction.facts("h149", LocalDate.of(2017, 11, 3),
                "Police picked up Kate Lane on Friday morning in Harare.");
        assertEquals(1, of(facts, "custody", "arrested", "lane").size(), "police took her: " + facts);
        List<Fact> met = ArticleExtraction.facts("h150", LocalDate.of(2017, 11, 3),
                "A friend picked up Kate Lane at the airport in Harare on Friday.");
        assertTrue(met.stream().noneMatch(f -> f.kind().equals("arrested")), "a friend took her home: " + met);
    }

    @Test
    void sayingAReleaseIsAReliefIsAStatementAboutIt() {
        List<Fact> facts = ArticleExtraction.facts("h151", LocalDate.of(2006, 3, 30),
                "American reporter Ann Brook was freed by her captors in Iraq on Thursday. "
                + "Speaking in Oslo, Foreign Minister Tom Hale said Brook's release was a great relief.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "brook");
        assertEquals(1, statements.size(), "the minister's remark: " + facts);
        assertEquals("Iraq", of(facts, "custody", "released", "brook").get(0).place(), "freed in Iraq, not where the minister spoke: " + facts);
    }

    @Test
    void heAfterAnOfficialIsNotAWomanWhoIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h152", LocalDate.of(2006, 3, 30),
                "American reporter Ann Brook was freed by her captors in Iraq on Thursday. "
                + "Ambassador Hale thanked the leaders who worked for Ann Brook's freedom, and he thanked the party for its help.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "brook");
        assertTrue(statements.stream().noneMatch(f -> "Ann Brook".equals(f.actor())), "she thanked no one: " + statements);
    }

    @Test
    void anAppealADetaineesLawyersPlanIsTheDetaineesAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h153", LocalDate.of(2022, 10, 7),
                "Tom Hale was sentenced to five years in Minsk on Monday. "
                + "His lawyers said they would appeal against the court's decision.");
        List<Fact> appeals = of(facts, "legal", "appeal", "hale");
        assertEquals(1, appeals.size(), "his lawyers' appeal: " + facts);
        assertEquals("planned", appeals.get(0).status(), "not yet lodged: " + appeals);
    }

    @Test
    void aVideoOfSomeoneReleasedDoesNotFreeThem() {
        List<Fact> facts = ArticleExtraction.facts("h154", LocalDate.of(2015, 1, 3),
                "A new video of Tom Hale was released by the militants in Raqqa on Friday.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("released")), "the video was released: " + facts);
    }

    @Test
    void aHostageNamedAsSuchIsHeldAndSoIsTheHostageToldAfter() {
        List<Fact> facts = ArticleExtraction.facts("h155", LocalDate.of(2015, 1, 3),
                "Militants showed British hostage Tom Hale in a film on Friday. "
                + "The hostage has been held captive in Raqqa for more than two years.");
        assertEquals(1, of(facts, "custody", "held", "hale").size(), "the hostage is held: " + facts);
    }

    @Test
    void timeSpentInCustodyIsNoSentence() {
        List<Fact> facts = ArticleExtraction.facts("h156", LocalDate.of(2017, 7, 11),
                "Tom Hale was sentenced on Monday to two years in prison in Bahrain. "
                + "The group said Hale had been sentenced for speaking to journalists and that he had spent over a year in pre-trial detention.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "hale");
        assertTrue(sentenced.stream().noneMatch(f -> "P1Y".equals(f.term())), "a year in detention is no term: " + sentenced);
        assertEquals(1, of(facts, "custody", "held", "hale").size(), "the year held: " + facts);
    }

    @Test
    void beingInHospitalIsAHealthCondition() {
        List<Fact> facts = ArticleExtraction.facts("h157", LocalDate.of(2017, 7, 11),
                "Tom Hale was sentenced in absentia in Bahrain on Monday as he has been hospitalised since April.");
        assertEquals(1, of(facts, "health", "condition", "hale").size(), "in hospital: " + facts);
    }

    @Test
    void aCabinetMeetingIsNoVisitToTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h158", LocalDate.of(2015, 1, 31),
                "Militants said on Saturday they had killed Japanese hostage Tom Hale in Syria. "
                + "Japan said the cabinet would meet in Tokyo on Sunday in response to the video.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("visit")), "the cabinet met alone: " + facts);
    }

    @Test
    void aCousinsVisitIsFamilyContactNotAConsularVisit() {
        List<Fact> facts = ArticleExtraction.facts("h159", LocalDate.of(2007, 8, 22),
                "Ann Lee was released from an Iranian prison on Tuesday. A cousin went to the prison to meet Lee on Monday.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("visit")), "no diplomat came: " + facts);
        assertEquals(1, of(facts, "contact", "allowed", "lee").size(), "her cousin saw her: " + facts);
    }

    @Test
    void anArrestNearlyFourMonthsAgoIsInTheYearWhenTheMonthsAroundFallInIt() {
        List<Fact> summer = ArticleExtraction.facts("h160", LocalDate.of(2007, 8, 22),
                "Ann Lee was arrested nearly four months ago in Tehran.");
        List<Fact> arrested = of(summer, "custody", "arrested", "lee");
        assertEquals("2007", arrested.get(0).date(), "April give or take: " + arrested);
        assertEquals(Boolean.TRUE, arrested.get(0).dateApprox(), "roughly: " + arrested);
        List<Fact> winter = ArticleExtraction.facts("h161", LocalDate.of(2007, 5, 10),
                "Ann Lee was arrested nearly four months ago in Tehran.");
        assertEquals(null, of(winter, "custody", "arrested", "lee").get(0).date(), "2006 or 2007: " + winter);
    }

    @Test
    void heldCaptiveSomewhereIsHeldThere() {
        List<Fact> facts = ArticleExtraction.facts("h162", LocalDate.of(2014, 12, 6),
                "A British teacher held captive by militants in Mali for two years was freed on Friday, his brother said. "
                + "Tom Hale, 41, was flown home on Saturday.");
        List<Fact> held = of(facts, "custody", "held", "hale");
        assertEquals(1, held.size(), "held captive: " + facts);
        assertEquals("Mali", held.get(0).place(), "in Mali: " + held);
    }

    @Test
    void anOfficialArrivingInACityOnAVisitVisitsNoDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h163", LocalDate.of(2014, 12, 6),
                "Tom Hale was detained in Yemen in 2013. "
                + "The defence minister, who arrived in Kabul on an unannounced visit Saturday, told reporters the raid had failed.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("visit")), "a trip to Kabul: " + facts);
    }

    @Test
    void aReleaseLaterInTheDayIsOnTheDayJustNamed() {
        List<Fact> facts = ArticleExtraction.facts("h164", LocalDate.of(2021, 5, 14),
                "Tom Hale was arrested in Yangon on April 18. "
                + "Hale had been detained before while covering a protest on Feb. 26, but he was released later in the day.");
        List<Fact> released = of(facts, "custody", "released", "hale");
        assertEquals(1, released.size(), "freed that evening: " + facts);
        assertEquals("2021-02-26", released.get(0).date(), "the day of that arrest: " + released);
    }

    @Test
    void yearsAndAHalfAgoAreNotOneYearAgo() {
        List<Fact> facts = ArticleExtraction.facts("h165", LocalDate.of(2015, 7, 14),
                "Tom Hale, the Italian businessman jailed in Guinea two and a half years ago, was released on 9 July from Bata jail.");
        List<Fact> released = of(facts, "custody", "released", "hale");
        assertEquals("2015-07-09", released.get(0).date(), "this July, not last year's: " + released);
        assertTrue(facts.stream().noneMatch(f -> "2014".equals(f.date())), "nothing happened a year ago: " + facts);
    }

    @Test
    void aReleaseFromANamedJailShowsWhereSomeoneWasHeld() {
        List<Fact> facts = ArticleExtraction.facts("h166", LocalDate.of(2015, 7, 14),
                "Tom Hale was released on Thursday from Bata jail.");
        List<Fact> held = of(facts, "custody", "held", "hale");
        assertEquals(1, held.size(), "held in the jail: " + facts);
        assertTrue(held.get(0).place().startsWith("Bata"), "Bata jail: " + held);
        List<Fact> home = ArticleExtraction.facts("h167", LocalDate.of(2015, 7, 14),
                "Turkey has released Ann Lee from prison on the condition that she does not leave the country.");
        assertTrue(home.stream().noneMatch(f -> f.kind().equals("held") && f.place() != null && !f.place().equals("Turkey")),
                "the country she may not leave is no prison: " + home);
    }

    @Test
    void aSonNamedAfterHisFatherWithAgesAndTitlesBetweenIsArrestedToo() {
        List<Fact> facts = ArticleExtraction.facts("h168", LocalDate.of(2021, 1, 20),
                "Tom Hale, 58, an Australian citizen who was the head of the department, and his son Ali Hale, 24, were arrested at their home in Qatar in July.");
        assertEquals(1, of(facts, "custody", "arrested", "tom-hale").size(), "the father: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "ali-hale").size(), "the son: " + facts);
    }

    @Test
    void thePairToldBeforeAnyoneIsNamedAreTheTwoNamedNext() {
        List<Fact> facts = ArticleExtraction.facts("h169", LocalDate.of(2021, 1, 20),
                "The family of a professor and his son who were detained by Qatar for five months have expressed relief after the pair were released. "
                + "Tom Hale, 58, and his son Ali Hale, 24, were arrested at their home in Qatar in July.");
        assertEquals(1, of(facts, "custody", "released", "tom-hale").size(), "the father was freed: " + facts);
        assertEquals(1, of(facts, "custody", "released", "ali-hale").size(), "the son was freed: " + facts);
    }

    @Test
    void aPronounBeforeAnyNameIsTheFirstDetaineeNamedAfterThatItFits() {
        List<Fact> facts = ArticleExtraction.facts("h170", LocalDate.of(2017, 11, 30),
                "Officials called again for the release of a former missionary from Utah whose health has declined since he was jailed in Venezuela last year. "
                + "Police arrested Tom Hale, 25, on June 30, 2016. His wife Ana Ruiz also was being held separately in Caracas.");
        assertEquals(1, of(facts, "custody", "held", "ana-ruiz").size(), "his wife is held too: " + facts);
        assertEquals(1, of(facts, "health", "condition", "hale").size(), "his health: " + facts);
    }

    @Test
    void aPlaceBeforeACommaAndACountryDescribingOfficialsStaysAlone() {
        List<Fact> facts = ArticleExtraction.facts("h171", LocalDate.of(2025, 5, 20),
                "Tom Hale was detained in Kabul, U.S. officials said on Monday.");
        List<Fact> arrested = of(facts, "custody", "arrested", "hale");
        assertEquals("Kabul", arrested.get(0).place(), "the officials are American, Kabul is no place in the U.S.: " + arrested);
        List<Fact> embassy = ArticleExtraction.facts("h172", LocalDate.of(2025, 5, 20),
                "Tom Hale was detained in Kabul, U.S. Embassy spokesman Bo Reed said on Monday.");
        assertEquals("Kabul", of(embassy, "custody", "arrested", "hale").get(0).place(), "the embassy is American: " + embassy);
    }

    @Test
    void aMotherOfTwoNamedAfterHerTitleIsTheOneArrested() {
        List<Fact> facts = ArticleExtraction.facts("h173", LocalDate.of(2024, 12, 14),
                "Mother of two Ann Lee, 39, was arrested and sentenced to death in 2010.");
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("mother")), "Mother is no name: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "ann-lee").size(), "she was arrested: " + facts);
        assertEquals(1, of(facts, "legal", "sentenced", "ann-lee").size(), "and sentenced: " + facts);
    }

    @Test
    void aDetainedPersonCalledSoInPassingWasNotArrestedThatDay() {
        List<Fact> facts = ArticleExtraction.facts("h174", LocalDate.of(2021, 11, 12),
                "A judge in Lagos on Friday rejected the bail application of detained Canadian engineer John Marsh.");
        assertTrue(of(facts, "custody", "arrested", "john-marsh").isEmpty(), "the bail hearing is no arrest: " + facts);
        List<Fact> told = ArticleExtraction.facts("h175", LocalDate.of(2021, 11, 12),
                "Canadian engineer John Marsh, detained in Lagos on Friday, was charged with fraud.");
        assertEquals(1, of(told, "custody", "arrested", "john-marsh").size(), "a detention told with its day is one: " + told);
    }

    @Test
    void aReleaseSomeoneSetsOutToArrangeHasNotHappened() {
        List<Fact> facts = ArticleExtraction.facts("h176", LocalDate.of(2021, 11, 12),
                "Canadian engineer John Marsh has been held in a Nigerian prison since 2019. "
                + "He said he was frustrated by the lack of effort by the government to orchestrate his release.");
        assertTrue(of(facts, "custody", "released", "john-marsh").isEmpty(), "he is still held: " + facts);
    }

    @Test
    void pleadingWithAGovernmentToFreeSomeoneIsARequest() {
        List<Fact> facts = ArticleExtraction.facts("h177", LocalDate.of(2021, 11, 12),
                "Canadian engineer John Marsh has been held in Lagos since 2019. Activists are pleading with Nigeria to release Marsh.");
        assertTrue(of(facts, "custody", "released", "john-marsh").isEmpty(), "the plea frees no one: " + facts);
        assertEquals(1, of(facts, "request", "release", "john-marsh").size(), "it asks for his release: " + facts);
    }

    @Test
    void askingToMoveSomeoneToAnotherCountryIsARepatriationRequest() {
        List<Fact> facts = ArticleExtraction.facts("h178", LocalDate.of(2021, 11, 12),
                "Russian student Anna Belova was jailed in Minsk in 2021. "
                + "Her lawyer said: \"We will ask for her to be transferred to Russia to serve her sentence.\"");
        assertEquals(1, of(facts, "request", "repatriation", "anna-belova").size(), "a move home is asked: " + facts);
        List<Fact> hospital = ArticleExtraction.facts("h179", LocalDate.of(2021, 11, 12),
                "Russian student Anna Belova was jailed in Minsk in 2021. Her lawyer asked for her to be transferred to a prison hospital in Minsk.");
        assertEquals(1, of(hospital, "request", "transfer", "anna-belova").size(), "a move inside the country is a transfer: " + hospital);
    }

    @Test
    void someoneOnlyWishedExtraditedIsNoDetaineeAndHimIsTheOneHeld() {
        List<Fact> facts = ArticleExtraction.facts("h180", LocalDate.of(2018, 7, 25),
                "American pastor Tom Hale has been jailed in Izmir since 2016. "
                + "The president wants the exiled cleric Omar Said to be extradited to stand trial. "
                + "Last week the court rejected an appeal to release him.");
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("omar-said")), "the cleric is not held: " + facts);
        assertEquals(1, of(facts, "request", "release", "tom-hale").size(), "the appeal was for the pastor: " + facts);
    }

    @Test
    void anExactMonthAfterAnInexactCountBackIsTheDate() {
        List<Fact> facts = ArticleExtraction.facts("h181", LocalDate.of(2018, 7, 25),
                "American pastor Tom Hale was detained nearly two years ago, in October 2016, and faces up to 35 years in prison.");
        assertEquals("2016-10", of(facts, "custody", "arrested", "hale").get(0).date(), "the month is told: " + facts);
        List<Fact> counted = ArticleExtraction.facts("h182", LocalDate.of(2018, 7, 25),
                "American pastor Tom Hale was detained nearly two years ago and faces up to 35 years in prison.");
        assertNull(of(counted, "custody", "arrested", "hale").get(0).date(), "nearly two years ago is no year: " + counted);
    }

    @Test
    void whatARequestIsForIsNoSecondRequest() {
        List<Fact> facts = ArticleExtraction.facts("h183", LocalDate.of(2024, 5, 1),
                "John Harper, a Canadian teacher, was arrested in Hanoi in March 2023. "
                + "His wife demanded consular access in order to seek medical care for him. "
                + "His son requested bail so that he could seek medical treatment.");
        assertTrue(of(facts, "request", "medical", "harper").isEmpty(), "care is what access and bail are for: " + facts);
        assertEquals(1, of(facts, "request", "access", "harper").size(), "access is asked: " + facts);
        assertEquals(1, of(facts, "request", "release", "harper").size(), "bail is asked: " + facts);
    }

    @Test
    void theTwoAreBothNamedEvenAfterSentencesAboutOneOfThem() {
        List<Fact> facts = ArticleExtraction.facts("h184", LocalDate.of(2022, 6, 7),
                "Tom Ash from Canada and Piet Smit from Belgium stood before a court in Tarvo. "
                + "Smit was acquitted. Ash's lawyer said he was surprised. Ash did not know the coins were old. "
                + "Ash will appeal, the lawyer said. The lawyer spoke to reporters outside. "
                + "On March 20, the two tourists were arrested at Tarvo airport.");
        assertEquals(1, of(facts, "custody", "arrested", "ash").size(), "one of the two: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "smit").size(), "the other of the two: " + facts);
    }

    @Test
    void arrestedAsHeEnteredACityIsArrestedThere() {
        List<Fact> facts = ArticleExtraction.facts("h185", LocalDate.of(2013, 8, 13),
                "Tom Ash, an American tour guide, was arrested in November as he entered the northern port city of Velm.");
        assertEquals("Velm", of(facts, "custody", "arrested", "ash").get(0).place(), "where he was entering: " + facts);
    }

    @Test
    void theConsulMeetingHimIsAVisitThoughHisFamilyWasToldOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h186", LocalDate.of(2013, 8, 13),
                "Tom Ash, an American tour guide, has been jailed in Velm since November. "
                + "His sister said the State Department informed the Ash family that the Swedish ambassador met with Ash in the hospital on Friday.");
        assertEquals(1, of(facts, "diplomatic", "visit", "ash").size(), "the ambassador met him: " + facts);
        assertTrue(of(facts, "contact", "allowed", "ash").isEmpty(), "no relative met him: " + facts);
    }

    @Test
    void lettersFromTheDetaineeAreContactNotDiplomacy() {
        List<Fact> facts = ArticleExtraction.facts("h187", LocalDate.of(2013, 8, 13),
                "Tom Ash, an American tour guide, has been jailed in Velm since November. "
                + "In July, his family received letters from Ash for the first time since his arrest.");
        assertTrue(of(facts, "diplomatic", "letter", "ash").isEmpty(), "he wrote them to his family: " + facts);
        assertEquals(1, of(facts, "contact", "allowed", "ash").size(), "he is in touch with home: " + facts);
    }

    @Test
    void aCourtRulingToExtraditeIsNoExtraditionYet() {
        List<Fact> facts = ArticleExtraction.facts("h188", LocalDate.of(2018, 12, 19),
                "Ivan Petrov, a Russian programmer, was detained in Velm in July 2017. "
                + "A lower court ruled to extradite Petrov to France, but the defence appealed. "
                + "The Supreme Court upheld the ruling on extraditing Petrov to France on Wednesday.");
        assertTrue(of(facts, "custody", "extradited", "petrov").isEmpty(), "he has not been moved: " + facts);
    }

    @Test
    void aHungerStrikeIsDatedByTheMonthItBegan() {
        List<Fact> facts = ArticleExtraction.facts("h189", LocalDate.of(2018, 12, 19),
                "Ivan Petrov, a Russian programmer held in Velm since 2017, is on hunger strike for the 24th day. "
                + "He said he would continue his hunger strike if he is sent to France.");
        List<Fact> strikes = of(facts, "request", "other", "petrov");
        assertEquals(1, strikes.size(), "one strike, told twice: " + facts);
        assertEquals("2018-11", strikes.get(0).date(), "24 days before 19 December: " + facts);
        List<Fact> counted = ArticleExtraction.facts("h190", LocalDate.of(2019, 3, 4),
                "Anna Belova, held in Velm since 2018, has been on hunger strike for 40 days, her lawyer said.");
        assertEquals("2019-01", of(counted, "request", "other", "belova").get(0).date(), "40 days before 4 March: " + counted);
    }

    @Test
    void aChargeWithoutAPlaceIsBroughtInTheCountryThatHoldsTheAccused() {
        List<Fact> facts = ArticleExtraction.facts("h191", LocalDate.of(2021, 8, 18),
                "Tom Ash, a Canadian writer, was detained in Oman in May. The public prosecutor had charged Ash with spreading false news.");
        assertEquals("Oman", of(facts, "legal", "charged", "ash").get(0).place(), "charged where he is held: " + facts);
    }

    @Test
    void theLastOfAListOfDescribedNamesIsListedToo() {
        List<Fact> facts = ArticleExtraction.facts("h192", LocalDate.of(2025, 4, 7),
                "Tarvia has jailed several Americans. Some, like corporate lawyer Tom Hale, magazine reporter Evan Brandt and "
                + "teacher Mark Fenwick, were designated by the government as wrongfully detained and released in prisoner swaps.");
        assertEquals(1, of(facts, "custody", "exchanged", "mark-fenwick").size(), "the teacher was swapped too: " + facts);
        assertEquals(1, of(facts, "custody", "exchanged", "tom-hale").size(), "the lawyer was swapped: " + facts);
    }

    @Test
    void aWhoClauseOfTheFirstOfTwoNamesTellsOfTheFirstOnly() {
        List<Fact> facts = ArticleExtraction.facts("h193", LocalDate.of(2025, 4, 7),
                "Two Americans remain jailed in Tarvia. They include Tom Ash, 72, who was handed a four-year sentence "
                + "after being found guilty of assault, and Bo Lin, a singer who was convicted of fraud and sentenced to 13 years in July 2024.");
        List<Fact> lin = of(facts, "legal", "sentenced", "bo-lin");
        assertEquals(1, lin.size(), "one sentence for Lin: " + facts);
        assertEquals("P13Y", lin.get(0).term(), "his own term: " + facts);
        assertEquals("P4Y", of(facts, "legal", "sentenced", "tom-ash").get(0).term(), "Ash's term: " + facts);
        assertTrue(!"2024-07".equals(of(facts, "legal", "sentenced", "tom-ash").get(0).date()), "July is Lin's: " + facts);
    }

    @Test
    void theFirstOfTwoSurnamesAloneIsThePersonNamedInFull() {
        List<Fact> facts = ArticleExtraction.facts("h194", LocalDate.of(2017, 11, 9),
                "Jorge Salinas Ortega, a Mexican citizen, was arrested in Dallas in 1998. "
                + "Salinas was sentenced to death in 1999.");
        assertEquals(1, of(facts, "legal", "sentenced", "jorge").size(), "Salinas is Jorge Salinas Ortega: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("salinas")), "no second person: " + facts);
    }

    @Test
    void aLeadOnDeathRowStandsForTheOneNamedNext() {
        List<Fact> facts = ArticleExtraction.facts("h195", LocalDate.of(2017, 11, 9),
                "Lawyers for a Mexican citizen on death row in Texas filed appeals on Wednesday. "
                + "Jorge Salinas, 47, is scheduled to be executed on Thursday.");
        assertEquals(1, of(facts, "conditions", "regime", "salinas").size(), "he is the one on death row: " + facts);
    }

    @Test
    void theSuspectTakenForAnAdjectiveIsStillTheOneVisited() {
        List<Fact> facts = ArticleExtraction.facts("h196", LocalDate.of(2024, 1, 10),
                "Pierre Martin, a French citizen, was detained in Velm on 4 December 2023 on suspicion of espionage. "
                + "Since his detention the consular officers of the French Embassy have visited the suspect several times.");
        assertEquals(1, of(facts, "diplomatic", "visit", "pierre-martin").size(), "the consuls visited him: " + facts);
    }

    @Test
    void aRequestNamingNoOneInAnArticleAboutOneDetaineeIsForThem() {
        List<Fact> facts = ArticleExtraction.facts("h197", LocalDate.of(2017, 11, 9),
                "Jorge Salinas, a Mexican citizen, has been held on death row in Texas since 1999. "
                + "Mexico, where the death penalty was abolished in 2005, has asked the United States to stop the execution.");
        List<Fact> asked = of(facts, "request", "other", "salinas");
        assertEquals(1, asked.size(), "Mexico asks for him: " + facts);
        assertEquals("2017-11", asked.get(0).date(), "2005 tells of Mexico, not of the request: " + facts);
    }

    @Test
    void askingTheJudgeToDropTheChargeIsRefusedByAConviction() {
        List<Fact> facts = ArticleExtraction.facts("h198", LocalDate.of(2018, 8, 31),
                "Tom Ash, an Australian filmmaker, was found guilty of espionage by the Velm court on Friday. "
                + "His lawyer asked the judge on Wednesday to drop the charge and release his client.");
        List<Fact> asked = of(facts, "request", "release", "ash");
        assertEquals(1, asked.size(), "the lawyer asked: " + facts);
        assertEquals("refused", asked.get(0).status(), "the court convicted him: " + facts);
    }

    @Test
    void aPhotoCaptionRetellingAnArrestDatesItToNoYearOfTheStory() {
        List<Fact> facts = ArticleExtraction.facts("h199", LocalDate.of(2025, 4, 7),
                "Sgt. Tom Ash flew to Velm to see his girlfriend and was arrested in May 2024. "
                + "A court in Velm convicted him a month later. An appeal court in Velm reduced his sentence on Monday. "
                + "Sgt. Tom Ash, who was detained on suspicion of theft, appears in court in Velm in a June 6, 2024 file photo.");
        assertTrue(of(facts, "custody", "arrested", "ash").stream().noneMatch(f -> "2025".equals(f.date())),
                "the caption tells of no arrest in 2025: " + facts);
    }

    @Test
    void theyWhoWereDetainedAreTheTwoNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h200", LocalDate.of(2025, 2, 18),
                "A British couple detained in Tarvia have been charged with espionage. "
                + "Tom and Ann Lee were heading to Australia when they were detained last month.");
        assertEquals(1, of(facts, "custody", "arrested", "tom-lee").size(), "he was detained: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "ann-lee").size(), "she was detained: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "ann-lee").size(), "the couple are the two: " + facts);
    }

    @Test
    void aFatherAndSonOfOneNameAreTwoPeople() {
        List<Fact> facts = ArticleExtraction.facts("h201", LocalDate.of(2018, 11, 27),
                "The men, Ivan Petrov Sr. and Ivan Petrov Jr., were arrested in Velm on November 9, 2016.");
        assertEquals(1, of(facts, "custody", "arrested", "ivan-petrov-sr").size(), "the father: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "ivan-petrov-jr").size(), "the son: " + facts);
    }

    @Test
    void callingSomeoneASickManIsNoPhoneCall() {
        List<Fact> facts = ArticleExtraction.facts("h202", LocalDate.of(2017, 11, 10),
                "Ann Lee, 25, was imprisoned for nearly a week after she was accused of insulting the 93-year-old President Ivo Brandt, "
                + "calling him a sick man in a tweet.");
        assertTrue(of(facts, "diplomatic", "call", "lee").isEmpty(), "no phone call: " + facts);
    }

    @Test
    void aChargeWithoutAPlaceIsBroughtInTheCountryOfTheTownWhereThePersonIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h203", LocalDate.of(2024, 2, 10),
                "Tom Ash, a French engineer, was detained in Baku in December. He is accused of spying for a foreign state.");
        List<Fact> charged = of(facts, "legal", "charged", "ash");
        assertEquals(1, charged.size(), "he is accused: " + facts);
        assertEquals("Azerbaijan", charged.get(0).place(), "Baku is in Azerbaijan: " + facts);
    }

    @Test
    void aVisitWhereThePersonIsHeldTakesTheTownNotTheCountry() {
        List<Fact> facts = ArticleExtraction.facts("h204", LocalDate.of(2020, 9, 30),
                "Ann Lee, an Australian anchor, was arrested last month. "
                + "\"We were granted consular access to Ms Lee on 28 September via video at a detention centre where she is being held,\" "
                + "the ministry said. She is being held in Minsk under house arrest.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "lee");
        assertEquals(1, visits.size(), "the consul saw her: " + facts);
        assertEquals("Minsk", visits.get(0).place(), "the most specific place she is held: " + facts);
    }

    @Test
    void aDetaineeMeetingADiplomatHasHadAConsularVisit() {
        List<Fact> facts = ArticleExtraction.facts("h205", LocalDate.of(2025, 2, 18),
                "Tom and Ann Lee were detained last month in Iran. "
                + "Local media published photos of the couple meeting the British ambassador in the city of Kerman.");
        for (String person : List.of("tom-lee", "ann-lee")) {
            List<Fact> visits = of(facts, "diplomatic", "visit", person);
            assertEquals(1, visits.size(), person + " met the ambassador: " + facts);
            assertEquals("Kerman", visits.get(0).place(), facts.toString());
        }
    }

    @Test
    void aSurnameWithoutItsIrishOAndMisspeltIsTheSamePerson() {
        List<Fact> facts = ArticleExtraction.facts("h206", LocalDate.of(2017, 11, 10),
                "Ann O’Malley, 25, an American, was freed from a jail in Harare on Friday. "
                + "Police arrested and charged Mallay with subversion, lawyers said.");
        assertEquals(1, of(facts, "legal", "charged", "ann-o-malley").size(), "Mallay is Ann O'Malley: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("mallay")), "no second person: " + facts);
    }

    @Test
    void theSoutheastAsianCountryIsTheCountryNamedBeforeIt() {
        List<Fact> facts = ArticleExtraction.facts("h207", LocalDate.of(2024, 5, 8),
                "Vietnamese police on Monday moved Tom Ash, a British teacher who has been jailed in the Southeast Asian country "
                + "since 2019, as talks with Britain went on.");
        List<Fact> held = of(facts, "custody", "held", "ash");
        assertEquals(1, held.size(), "he is jailed: " + facts);
        assertEquals("Vietnam", held.get(0).place(), "the country named before, not Britain named after: " + facts);
    }

    @Test
    void chargesDroppedAgainstSomeoneFreeThemButNotWhenTheDropIsRefusedOrAskedFor() {
        List<Fact> facts = ArticleExtraction.facts("h208", LocalDate.of(2019, 3, 14),
                "Ann Lee, a Thai citizen, and Tom Ash, a Briton, were arrested in Kuala Lumpur in 2017 over the killing of a banker. "
                + "Ash remains in custody after the decision to drop the case Monday against Lee. "
                + "Prosecutors refused to drop the murder charge against Ash. His lawyer asked the court to drop the charge against Ash.");
        List<Fact> freed = of(facts, "custody", "released", "ann-lee");
        assertEquals(1, freed.size(), "the case against her was dropped: " + facts);
        assertEquals("2019-03-11", freed.get(0).date(), facts.toString());
        assertTrue(of(facts, "custody", "released", "tom-ash").isEmpty(), "his charge stands: " + facts);
        assertEquals(1, of(facts, "request", "release", "tom-ash").size(), "his lawyer asked for it: " + facts);
    }

    @Test
    void aPleaByTheFamilyForTheReleaseIsARequestAndAHandOverToTheAuthoritiesNoRelease() {
        List<Fact> facts = ArticleExtraction.facts("h209", LocalDate.of(2024, 4, 4),
                "Ann Lee, a British consultant, was extradited to India from Dubai over a fraud case. "
                + "The ministry's statement came in response to another plea by Lee's family for the release of the accused "
                + "middleman in the arms deal case. Her lawyers say she was handed over to the Indian authorities as a favour "
                + "linked to the fate of a ruler's daughter.");
        List<Fact> asked = of(facts, "request", "release", "ann-lee");
        assertEquals(1, asked.size(), "the family pleads for her release: " + facts);
        assertEquals("open", asked.get(0).status(), "nothing says she was freed: " + facts);
        assertTrue(of(facts, "custody", "released", "ann-lee").isEmpty(), "handed to those who hold her: " + facts);
        assertTrue(of(facts, "request", "exchange", "ann-lee").isEmpty(), "a deal in a case's name is no swap: " + facts);
    }

    @Test
    void someonesTripToATownIsNoVisitToTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h210", LocalDate.of(2024, 4, 4),
                "Ann Lee, a Briton, is held in Evin prison. The ambassador met officials during his visit to Tehran. "
                + "A consul visited her in the prison on Tuesday.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "ann-lee");
        assertEquals(1, visits.size(), "only the consul's: " + facts);
        assertEquals("2024-04-02", visits.get(0).date(), facts.toString());
        assertTrue(of(facts, "custody", "held", "ann-lee").stream().noneMatch(f -> "Tehran".equals(f.place())),
                "the ambassador's trip says nothing of where she is held: " + facts);
    }

    @Test
    void aNationalAmongThosePardonedByAHeadOfStateIsFreedInTheirCountry() {
        List<Fact> facts = ArticleExtraction.facts("h211", LocalDate.of(2025, 5, 26),
                "Piet Bos was released as part of the amnesty order. "
                + "Azerbaijani President Ilham Aliyev has pardoned 40 convicts, including a Dutch national convicted of theft in 2023. "
                + "No convicted journalists were released. Aliyev issued the pardon on Monday morning. "
                + "The amnesty order also halved the probation periods of 25 convicts. The full list was published by a news agency. "
                + "Dutch national Piet Bos was one of those set to be released. He was arrested in March 2023.");
        List<Fact> freed = of(facts, "custody", "released", "piet-bos");
        assertEquals(1, freed.size(), facts.toString());
        assertEquals("Azerbaijan", freed.get(0).place(), "the president's pardon frees him in his country: " + facts);
        assertEquals("Ilham Aliyev", freed.get(0).actor(), "the Dutch national pardoned is Piet Bos: " + facts);
        assertEquals("Azerbaijan", of(facts, "custody", "arrested", "piet-bos").get(0).place(), facts.toString());
    }

    @Test
    void aSentenceExtendedIsASentencingOfItsDateAndASinceClauseRetellsTheArrest() {
        List<Fact> facts = ArticleExtraction.facts("h212", LocalDate.of(2025, 12, 9),
                "Tom Ash, a Briton, was arrested in 2019. In October 2023, the court extended his sentence by an additional five years. "
                + "Ever since he was detained, his son has spent millions fighting to secure his release.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("2023-10", sentenced.get(0).date(), "the extension is dated by its verb: " + facts);
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "the since-clause tells the arrest of 2019 again: " + facts);
        assertEquals("2019", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aSentenceByTheCountrysCourtIsPassedAtTheTownCourtThatConvictedAndRaisingTheDetentionIsAConsultation() {
        List<Fact> facts = ArticleExtraction.facts("h213", LocalDate.of(2019, 10, 11),
                "A Russian court on Friday sentenced a 25-year-old Dutch woman to jail for four years for theft, her lawyer said. "
                + "A court in the town of Khimki outside Moscow found Anna de Wit guilty of stealing a painting, her lawyer said. "
                + "Dutch Prime Minister Piet Bos raised her detention with President Ivo Brandt ahead of the verdict.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "wit");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("Khimki", sentenced.get(0).place(), "the court that convicted her, in Russia: " + facts);
        assertEquals(1, of(facts, "diplomatic", "consultation", "wit").size(), "the prime minister raised it: " + facts);
    }

    @Test
    void aSentencePlacedByItsCountryTakesTheCourtOfAnUnknownTownThatConvicted() {
        List<Fact> facts = ArticleExtraction.facts("h214", LocalDate.of(2022, 9, 29),
                "Ann Lee, an Australian economist, has been sentenced to three years in prison in Myanmar. "
                + "She was found guilty in a court in the capital Velmora after a trial behind closed doors.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("Velmora", sentenced.get(0).place(), "a town the gazetteer does not know is taken to be in Myanmar: " + facts);
    }

    @Test
    void aBodysShortNameInBracketsIsNoPerson() {
        List<Fact> facts = ArticleExtraction.facts("h215", LocalDate.of(2018, 3, 31),
                "Tom Ash, a South African, was sentenced to death in Juba on February 23. "
                + "His family wrote to Ann Lee, the minister who heads the Department of Foreign Ties (Difo). "
                + "The family hope that Difo is trying to secure his release. He has now been moved to the Juba Central Prison.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("difo")), "Difo is the department: " + facts);
        assertEquals(1, of(facts, "custody", "transferred", "tom-ash").size(), "he is Tom Ash: " + facts);
    }

    @Test
    void aStateWrittenSmallAfterItsNameIsWhereTheArrestWas() {
        List<Fact> facts = ArticleExtraction.facts("h216", LocalDate.of(2022, 3, 9),
                "Jorge Ruiz, a Cuban-American, was arrested in 2021 in Tachira state, bordering Colombia, after being accused of terrorism.");
        List<Fact> arrests = of(facts, "custody", "arrested", "ruiz");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Tachira state", arrests.get(0).place(), "the state, not the country it borders: " + facts);
    }

    @Test
    void heldWithNoChargesIsStillHeld() {
        List<Fact> facts = ArticleExtraction.facts("h217", LocalDate.of(2017, 10, 24),
                "Since being arrested in February for inciting hatred, Tom Ash, a correspondent for a German daily, "
                + "has been held in detention in Turkey with no formal charges for 253 days.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), "the 'no' is of the charges, not of the detention: " + facts);
        assertEquals("2017-10", held.get(0).date(), facts.toString());
    }

    @Test
    void callsADetaineeIsAllowedAreHisContactNotDiplomacy() {
        List<Fact> facts = ArticleExtraction.facts("h218", LocalDate.of(2018, 3, 31),
                "Tom Ash, a South African, was sentenced to death in Juba in February. "
                + "\"He is allowed more phone calls now,\" says his sister Ann Ash.");
        assertEquals(1, of(facts, "contact", "allowed", "tom-ash").size(), facts.toString());
        assertTrue(of(facts, "diplomatic", "call", "tom-ash").isEmpty(), "no official calls: " + facts);
    }

    @Test
    void anArrestToldInAPhraseOfADeniedVerbWasStillMade() {
        List<Fact> facts = ArticleExtraction.facts("h219", LocalDate.of(2024, 3, 9),
                "Tom Ash, a Canadian teacher, was charged in Kenya. "
                + "His lawyer said police had not told him of the charge at the time of his arrest at his home in Mombasa.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "the 'not' is of the telling: " + facts);
        assertEquals("Mombasa", arrests.get(0).place(), facts.toString());
    }

    @Test
    void walkingOutOfAPrisonIsARelease() {
        List<Fact> facts = ArticleExtraction.facts("h220", LocalDate.of(2024, 3, 9),
                "Tom Ash, a Canadian teacher held since January, walked out of a prison in the country's capital of Nairobi on Friday. "
                + "Ann Lee, his colleague, emerged from a jail in Kenya on Monday.");
        List<Fact> released = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), facts.toString());
        assertEquals("Nairobi", released.get(0).place(), facts.toString());
        assertEquals("2024-03-08", released.get(0).date(), facts.toString());
        assertEquals(1, of(facts, "custody", "released", "ann-lee").size(), facts.toString());
    }

    @Test
    void aCourtHandingSomeoneASentenceSentencesThemThatDay() {
        List<Fact> facts = ArticleExtraction.facts("h221", LocalDate.of(2024, 2, 7),
                "A court in Peru handed Canadian teacher Tom Ash a suspended prison sentence on Monday.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), "the one handed the sentence: " + facts);
        assertEquals("2024-02-05", sentenced.get(0).date(), "dated by the handing: " + facts);
    }

    @Test
    void callingAVerdictANameInQuotesIsARemarkNotACall() {
        List<Fact> facts = ArticleExtraction.facts("h222", LocalDate.of(2024, 2, 7),
                "Canada calls Ash's sentence \"shocking news\"\n\n"
                + "Tom Ash, a Canadian teacher, was sentenced in Peru on Monday.");
        assertTrue(of(facts, "diplomatic", "call", "tom-ash").isEmpty(), "nobody phoned: " + facts);
        assertEquals(1, of(facts, "diplomatic", "statement", "tom-ash").size(), facts.toString());
    }

    @Test
    void askingForAccessToMedicalTreatmentIsAMedicalRequest() {
        List<Fact> facts = ArticleExtraction.facts("h223", LocalDate.of(2024, 2, 7),
                "Tom Ash, a Canadian teacher, was sentenced in Peru on Monday. "
                + "Canada has advocated for his well-being, including access to medical treatment.");
        assertEquals(1, of(facts, "request", "medical", "tom-ash").size(), facts.toString());
        assertTrue(of(facts, "request", "access", "tom-ash").isEmpty(), "no consular access asked: " + facts);
    }

    @Test
    void anEventCountedBackFromAnotherIsDatedByCountingBack() {
        List<Fact> facts = ArticleExtraction.facts("h224", LocalDate.of(2024, 2, 7),
                "Tom Ash is a Canadian teacher. The sentence came four years after Ash was detained in Lima. "
                + "Ann Lee, a Briton, was freed in 2012, two years after her arrest in Cairo.");
        List<Fact> ash = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, ash.size(), facts.toString());
        assertEquals("2020", ash.get(0).date(), "four years before the news: " + facts);
        assertEquals(Boolean.TRUE, ash.get(0).dateApprox(), facts.toString());
        List<Fact> lee = of(facts, "custody", "arrested", "ann-lee");
        assertEquals(1, lee.size(), facts.toString());
        assertEquals("2010", lee.get(0).date(), "two years before 2012: " + facts);
    }

    @Test
    void anArrestToldAgainWithoutADateIsTheOneDatedElsewhere() {
        List<Fact> facts = ArticleExtraction.facts("h225", LocalDate.of(2024, 2, 7),
                "A court sentenced Tom Ash, a Canadian writer, on Monday, five years after he was detained in Peru. "
                + "Ash was an engineer in Quito before he moved to Lima. "
                + "He was arrested when he arrived in Lima from Quito with his wife.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "one arrest, told twice: " + facts);
        assertEquals("2019", arrests.get(0).date(), facts.toString());
    }

    @Test
    void whatProsecutorsMustEitherDoHasNotHappened() {
        List<Fact> facts = ArticleExtraction.facts("h226", LocalDate.of(2019, 4, 4),
                "Tom Ash, a Canadian executive, was re-arrested in Osaka on Thursday. "
                + "Prosecutors must then either formally charge him, release him or re-arrest him.");
        assertTrue(of(facts, "custody", "released", "tom-ash").isEmpty(), "no release yet: " + facts);
        assertTrue(of(facts, "legal", "charged", "tom-ash").isEmpty(), "no charge yet: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
    }

    @Test
    void grantedBailIsReleasedAndForbiddenContactIsDenied() {
        List<Fact> facts = ArticleExtraction.facts("h227", LocalDate.of(2019, 4, 4),
                "Tom Ash, a Canadian executive, was held in Osaka for 108 days before he was granted bail in early March. "
                + "Ash said he had been forbidden from having contact with his family.");
        List<Fact> released = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), facts.toString());
        assertEquals("2019-03", released.get(0).date(), facts.toString());
        assertEquals(1, of(facts, "contact", "denied", "tom-ash").size(), facts.toString());
    }

    @Test
    void aYearBeforeTheSubjectsNameDatesTheVerb() {
        List<Fact> facts = ArticleExtraction.facts("h228", LocalDate.of(2020, 2, 24),
                "Tom Ash, a Canadian bookseller, was freed in October 2017. "
                + "But in 2018 Ash was detained again, snatched by police officers as he rode a train.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2018", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aGovernmentWantingTheDetaineeMovedToBetterRoomsAsksForConditions() {
        List<Fact> facts = ArticleExtraction.facts("h229", LocalDate.of(2022, 1, 8),
                "Tom Ash, a Serbian player, is held in an immigration hotel in Melbourne. "
                + "Serbian state secretary Ann Lee said the government wanted Mr Ash to be moved to better accommodation in the meantime.");
        List<Fact> asked = of(facts, "request", "conditions", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("open", asked.get(0).status(), facts.toString());
    }

    @Test
    void sayingADetaineeIsNotHeldIsARemarkOnTheCase() {
        List<Fact> facts = ArticleExtraction.facts("h230", LocalDate.of(2022, 1, 8),
                "Tom Ash, a Serbian player, is held in an immigration hotel in Melbourne. "
                + "Home Affairs Minister Jan Roe said Ash was not being held captive in Australia.");
        List<Fact> said = of(facts, "diplomatic", "statement", "tom-ash");
        assertEquals(1, said.size(), "the minister's denial: " + facts);
    }

    @Test
    void aWhoClauseAfterARelativesNameIsAboutThatRelative() {
        List<Fact> facts = ArticleExtraction.facts("h231", LocalDate.of(2025, 12, 3),
                "Paul Durand, brother of French journalist Marc Leroy, who was sentenced to seven years in prison by an Algerian court, "
                + "speaks with supporters during a march calling for his brother's release, in Lyon, France, July 16, 2025.");
        assertEquals(1, of(facts, "legal", "sentenced", "marc-leroy").size(), "the journalist was sentenced: " + facts);
        assertTrue(of(facts, "legal", "sentenced", "paul-durand").isEmpty(), "not his brother: " + facts);
        List<Fact> asked = of(facts, "request", "release", "marc-leroy");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("2025-07-16", asked.get(0).date(), "a march is no month: " + facts);
    }

    @Test
    void aCourtUpholdingASentenceForSomeoneDecidesTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h232", LocalDate.of(2025, 12, 3),
                "Marc Leroy, a French journalist, was sentenced to seven years in prison in Algeria in June. "
                + "The French government on Wednesday criticized the decision by an Algerian court to uphold a seven-year jail sentence "
                + "for French journalist Marc Leroy.");
        assertEquals(1, of(facts, "legal", "appeal", "marc-leroy").size(), facts.toString());
    }

    @Test
    void aMinisterQuotedSayingSheSpokeWithTheDetaineeMadeACall() {
        List<Fact> facts = ArticleExtraction.facts("h233", LocalDate.of(2015, 8, 29),
                "Tom Ash, an Australian reporter, was sentenced to three years in prison in Egypt on Saturday. "
                + "\"I have spoken with Mr Ash today and reaffirmed that I will continue to pursue all diplomatic avenues,\" "
                + "Foreign Minister Ann Lee said.");
        List<Fact> calls = of(facts, "diplomatic", "call", "tom-ash");
        assertEquals(1, calls.size(), facts.toString());
        assertEquals("done", calls.get(0).status(), "the 'will' is of what she goes on doing: " + facts);
    }

    @Test
    void aDetaineeCallingForActionHasNoContactDenied() {
        List<Fact> facts = ArticleExtraction.facts("h234", LocalDate.of(2015, 8, 29),
                "Tom Ash, an Australian reporter, was sentenced to three years in prison in Egypt on Saturday. "
                + "Mr Ash has called for governments across the world to \"make it clear to Egypt that it cannot make these judgments\".");
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("contact")), "no phone call: " + facts);
    }

    @Test
    void prisonersListedAsLockedAwayOrLikeOthersAreHeldThere() {
        List<Fact> facts = ArticleExtraction.facts("h235", LocalDate.of(2010, 4, 8),
                "Tom Ash, a Swedish reporter, is being held at a secret prison in Eritrea. "
                + "Former foreign minister Ali Bekele and former fisheries minister Petros Alem were all locked away at Eiraeiro, the paper said. "
                + "Other reporters like Amanu Kidane and Yonas Haile were also being held there, the paper said.");
        for (String person : List.of("ali-bekele", "petros-alem", "amanu-kidane", "yonas-haile")) {
            List<Fact> held = of(facts, "custody", "held", person);
            assertEquals(1, held.size(), person + ": " + facts);
            assertEquals("Eiraeiro", held.get(0).place(), person + ": " + facts);
        }
    }

    @Test
    void anAccusationTheArticleSaysWasNeverChargedIsNoCharge() {
        List<Fact> facts = ArticleExtraction.facts("h236", LocalDate.of(2010, 4, 8),
                "A Swede with a Kenyan passport, Ash was arrested in September 2001 along with a dozen editors accused of being foreign spies. "
                + "No charges have been filed and no trial has been held against the reporter, now 45. Tom Ash is held in Nairobi.");
        assertEquals(1, of(facts, "custody", "arrested", "ash").size(), facts.toString());
        assertTrue(of(facts, "legal", "charged", "ash").isEmpty(), "no charges filed: " + facts);
    }

    @Test
    void aMoveUnderWayWhenToldIsOfThatDayNotOfTheClauseOnThePerson() {
        List<Fact> facts = ArticleExtraction.facts("h237", LocalDate.of(2023, 9, 27),
                "Ruritania said Wednesday that it was expelling Tom Ash, who crossed into the country in July. "
                + "Ash, an American soldier, was detained at the border.");
        List<Fact> moved = of(facts, "custody", "extradited", "tom-ash");
        assertEquals(1, moved.size(), facts.toString());
        assertEquals("2023-09-27", moved.get(0).date(), "expelled as it was told, not when he crossed: " + facts);
    }

    @Test
    void aDateInAWhoClauseOnTheDetaineeDoesNotDateARequest() {
        List<Fact> facts = ArticleExtraction.facts("h238", LocalDate.of(2022, 9, 24),
                "Tom Ash, a Canadian teacher, is held in Lima. "
                + "The embassy asked Peru for consular access to the teacher, who came to Lima in March to work at a school.");
        List<Fact> asked = of(facts, "request", "access", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("2022-09", asked.get(0).date(), "March is when he came: " + facts);
    }

    @Test
    void aDatedJailingForYearsIsTheSentencingOfThatMonth() {
        // the jailing rule and the length rule once handed this event back and forth without end
        List<Fact> facts = ArticleExtraction.facts("h239", LocalDate.of(2023, 7, 11),
                "Tom Ash, a retired Canadian baker, was arrested on security charges during a trip to Laos in 2019. "
                + "In November of that year, after a trial that lasted only five hours, he was found guilty and jailed for 12 years.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("2019-11", sentenced.get(0).date(), "November of that year: " + facts);
        assertEquals("P12Y", sentenced.get(0).term(), facts.toString());
        assertEquals("2019-11", of(facts, "legal", "convicted", "tom-ash").get(0).date(), facts.toString());
    }

    @Test
    void anUntaggedNameRightAfterANationalityIsAPerson() {
        List<Fact> facts = ArticleExtraction.facts("h240", LocalDate.of(2025, 9, 15),
                "Zambian Leonard Phiri and Mozambican Jasten Mabulesse Candunde were convicted in Lusaka after being arrested in December. "
                + "A colonel of the South African National Defence Force (SANDF) was at the hearing.");
        assertEquals(1, of(facts, "legal", "convicted", "candunde").size(), "the Mozambican too: " + facts);
        assertEquals(1, of(facts, "legal", "convicted", "phiri").size(), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("force")), "a body is no person: " + facts);
    }

    @Test
    void callingAReleaseAGoodSignIsARemarkAndADeniedChargeIsACharge() {
        List<Fact> facts = ArticleExtraction.facts("h241", LocalDate.of(2017, 10, 26),
                "Tom Ash, a German activist, was released on bail in Istanbul on Thursday. "
                + "Foreign Minister Ann Lee called Ash's release an \"encouraging sign\". "
                + "During his defence speech in court, he denied the charge that he was a member of a terrorist group.");
        assertEquals(1, of(facts, "diplomatic", "statement", "tom-ash").size(), "a judgement on the release: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "tom-ash").size(), "the charge he denied: " + facts);
    }

    @Test
    void theJailWhereSomeoneHadBeenDetainedIsWhereTheyWereHeld() {
        List<Fact> facts = ArticleExtraction.facts("h242", LocalDate.of(2011, 3, 17),
                "Tom Ash, an American, was arrested in Lahore on January 27. "
                + "Following a court hearing on Wednesday at the Lahore jail where Ash had been detained, "
                + "the minister confirmed that Ash had been freed.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "no second arrest on the day of the hearing: " + facts);
        assertEquals("2011-01-27", arrests.get(0).date(), facts.toString());
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Lahore jail", held.get(0).place(), facts.toString());
    }

    @Test
    void aStaySinceAYearIsAStayAndLeavesTheNewsInItsOwnYear() {
        List<Fact> facts = ArticleExtraction.facts("h243", LocalDate.of(2025, 6, 1),
                "Tom Hale, a British teacher, had been jailed since 2019 and in May was sentenced to ten years in prison.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-hale");
        assertEquals(1, sentenced.size(), "the rules settle and tell the sentence: " + facts);
        assertEquals("2025-05", sentenced.get(0).date(), "May of the article's year, not of 2019: " + facts);
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-hale");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2019", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aSurnameWithAndWithoutItsArabicArticleIsOnePerson() {
        List<Fact> facts = ArticleExtraction.facts("h244", LocalDate.of(2020, 12, 8),
                "A court on Tuesday sentenced Egyptian doctor Omar al-Haddad to six years in prison. "
                + "Omar Haddad was detained in 2017.");
        assertTrue(facts.stream().allMatch(f -> f.person().equals("omar-al-haddad")), "one person: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "omar-al-haddad").size(), facts.toString());
    }

    @Test
    void chargedThenReleasedIsAReleaseOfTheSamePerson() {
        List<Fact> facts = ArticleExtraction.facts("h245", LocalDate.of(2020, 12, 8),
                "Omar Haddad was detained in 2017 and was charged then released from detention in July 2019.");
        List<Fact> released = of(facts, "custody", "released", "haddad");
        assertEquals(1, released.size(), "released, with 'then' for a comma: " + facts);
        assertEquals("2019-07", released.get(0).date(), facts.toString());
    }

    @Test
    void pressureToReleaseSomeoneIsARequestNotARelease() {
        List<Fact> facts = ArticleExtraction.facts("h246", LocalDate.of(2020, 12, 8),
                "A court on Tuesday sentenced Omar Haddad to six years in prison despite British pressure to release him, his family said.");
        assertEquals(0, of(facts, "custody", "released", "haddad").size(), "nobody was freed: " + facts);
        assertEquals(1, of(facts, "request", "release", "haddad").size(), "the pressure asks for it: " + facts);
    }

    @Test
    void someoneSeenInAPhotoHasNoContact() {
        List<Fact> facts = ArticleExtraction.facts("h247", LocalDate.of(2020, 12, 8),
                "A court sentenced Omar Haddad to six years in prison on Tuesday. "
                + "Dr. Omar Haddad and his daughter Lina Haddad are seen in this 2017 handout photo, obtained December 8, 2020. "
                + "Haddad was detained in 2017.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("contact")).count(), "a picture: " + facts);
    }

    @Test
    void theDuoStandsForThePairNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h248", LocalDate.of(2014, 9, 7),
                "Officials said Ann Lane and Ben Hart were arrested on Aug. 31. "
                + "A message from Lane reached her family, as conveyed by a British embassy official who visited the duo last night.");
        assertEquals(1, of(facts, "diplomatic", "visit", "ann-lane").size(), facts.toString());
        assertEquals(1, of(facts, "diplomatic", "visit", "ben-hart").size(), facts.toString());
    }

    @Test
    void anUndatedWordForTheArrestJoinsTheArrestOfItsOwnSentence() {
        List<Fact> facts = ArticleExtraction.facts("h250", LocalDate.of(2020, 2, 25),
                "Li Wen was kidnapped in Thailand in 2015. "
                + "But in 2018 Li was detained again, snatched by plainclothes police officers as he rode a train from Shanghai to Beijing.");
        List<Fact> arrests = of(facts, "custody", "arrested", "li-wen");
        assertEquals(2, arrests.size(), facts.toString());
        assertTrue(arrests.stream().anyMatch(f -> "2015".equals(f.date()) && "Thailand".equals(f.place())),
                "the first arrest keeps its own place: " + arrests);
    }

    @Test
    void aSecondNameAfterTheObjectOfAnArrestIsArrestedToo() {
        List<Fact> facts = ArticleExtraction.facts("h251", LocalDate.of(2025, 7, 1),
                "Police raided the Baku office of a Dutch radio station on Monday, detaining the station's editor-in-chief Jan Visser, "
                + "and managing director Pieter Smit on charges of fraud.");
        assertEquals(1, of(facts, "custody", "arrested", "jan-visser").size(), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "pieter-smit").size(), "the second one detained: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "pieter-smit").size(), facts.toString());
    }

    @Test
    void theyDeniedAccessToThemAreTheDetaineesNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h252", LocalDate.of(2025, 7, 1),
                "Police in Baku detained Jan Visser and Pieter Smit on Monday. "
                + "Both were arrested and ordered held for at least four months in pre-trial detention. "
                + "Their employer said that diplomats from the Dutch embassy were denied access to them.");
        assertEquals(1, of(facts, "contact", "denied", "jan-visser").size(), facts.toString());
        assertEquals(1, of(facts, "contact", "denied", "pieter-smit").size(), facts.toString());
    }

    @Test
    void aCourtThatOrdersSomeoneHeldKeepsThemInCustody() {
        List<Fact> facts = ArticleExtraction.facts("h253", LocalDate.of(2025, 7, 1),
                "Ann Lane was arrested in Baku on Monday. A judge ordered her held for two months.");
        assertEquals(1, of(facts, "custody", "held", "ann-lane").size(), facts.toString());
    }

    @Test
    void aSentencingInTheLeadToldAsJustDoneIsThisMonths() {
        List<Fact> facts = ArticleExtraction.facts("h254", LocalDate.of(2013, 12, 18),
                "Ann Lane and Mary Hart, two Irish women caught trying to smuggle cocaine out of Tarvia, have been sentenced to six years in prison. "
                + "They pleaded guilty to drug smuggling in September.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "ann-lane");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("2013-12", sentenced.get(0).date(), "the news of the month: " + facts);
    }

    @Test
    void theSentenceHandedDownBesideTheDetaineesSaysWhere() {
        List<Fact> facts = ArticleExtraction.facts("h255", LocalDate.of(2013, 12, 18),
                "Ann Lane and Mary Hart, both Irish, have been sentenced to six years in prison in Peru. "
                + "A court spokesman said: \"The pair were very calm as the sentence was handed down at the court in the Santa Clara prison.\"");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "ann-lane");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("Santa Clara prison", sentenced.get(0).place(), "where the sentence was passed: " + facts);
    }

    @Test
    void aCoDefendantSentencedWithoutADateWasSentencedThatDay() {
        List<Fact> facts = ArticleExtraction.facts("h256", LocalDate.of(2017, 11, 29),
                "A court yesterday sentenced Tarvian activist Ann Lane to five years in prison for subversion. "
                + "Her co-defendant, local teacher Tom Ash, was sentenced to seven years in prison.");
        List<Fact> ash = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, ash.size(), facts.toString());
        assertEquals("2017-11-28", ash.get(0).date(), "the day of the verdicts: " + facts);
    }

    @Test
    void aProvinceIsNoPersonAndTheCourtThatFoundHimGuiltyIsWhere() {
        List<Fact> facts = ArticleExtraction.facts("h257", LocalDate.of(2017, 11, 29),
                "Tom Ash went missing on March 19 after entering Zhuhai, Guang Province, from Macau. "
                + "The Yueyang City Intermediate Court in Hunan Province handed down the sentence after finding Ash guilty of subversion. "
                + "Ash had confessed during his trial in September.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("province")), "a province is no one: " + facts);
        List<Fact> convicted = of(facts, "legal", "convicted", "tom-ash");
        assertEquals(1, convicted.size(), facts.toString());
        assertTrue(convicted.get(0).place() != null && convicted.get(0).place().contains("Yueyang"), "the court: " + facts);
        List<Fact> plea = of(facts, "legal", "pleaded_guilty", "tom-ash");
        assertEquals(1, plea.size(), "a confession at his trial: " + facts);
        assertEquals("2017-09", plea.get(0).date(), facts.toString());
    }

    @Test
    void chargesDroppedFreeSomeoneUnlessTheyAreStillHeld() {
        List<Fact> freed = ArticleExtraction.facts("h258", LocalDate.of(2008, 11, 13),
                "Tom Ash was arrested in Suva in 2007 and charged with fraud. "
                + "All charges against Ash were struck out in the High Court on Wednesday.");
        List<Fact> released = of(freed, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), "the charges dropped in the passive: " + freed);
        assertEquals("2008-11-12", released.get(0).date(), freed.toString());
        assertTrue(of(freed, "legal", "charged", "tom-ash").stream().noneMatch(f -> "2008-11-12".equals(f.date())),
                "charged in 2007, not on the day they were dropped: " + freed);
        List<Fact> kept = ArticleExtraction.facts("h259", LocalDate.of(2021, 12, 1),
                "Tom Ash was sentenced in Dubai in 2021. "
                + "He has been told that the charges have been dropped against him and yet he is still there for another ten years.");
        assertEquals(0, of(kept, "custody", "released", "tom-ash").size(), "still held: " + kept);
    }

    @Test
    void visitsSomeoneWasNotGivenAreDenied() {
        List<Fact> facts = ArticleExtraction.facts("h260", LocalDate.of(2008, 11, 13),
                "Tom Ash was arrested in Suva in November. "
                + "His lawyer says Ash was not given his constitutional right to visits by a lawyer.");
        assertEquals(1, of(facts, "contact", "denied", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "contact", "allowed", "tom-ash").size(), facts.toString());
    }

    @Test
    void aCourtThatOverturnsSomeonesConvictionRulesOnTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h261", LocalDate.of(2012, 9, 13),
                "Tom Ash, an American serving a 22-year sentence in Tarvia, was ordered freed on Thursday "
                + "after an appeals court overturned his conviction.");
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("2012-09-13", appeals.get(0).date(), facts.toString());
    }

    @Test
    void aTimeClauseTheParserHungOnANounIsTheVerbs() {
        List<Fact> facts = ArticleExtraction.facts("h262", LocalDate.of(2012, 9, 13),
                "Tom Ash was found guilty of fraud by a Tarvian judge last year, along with 10 Tarvian co-defendants, "
                + "after being detained in 2010, though he has maintained his innocence.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "detained in 2010: " + facts);
        assertEquals("2010", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aPreviousSentenceToldAsTheReasonForANewOneKeepsItsOwnTermAndYear() {
        List<Fact> facts = ArticleExtraction.facts("h263", LocalDate.of(2019, 1, 14),
                "A court in Tarvia has sentenced Tom Ash, a Canadian man, to death on drug charges "
                + "after his previous 15-year prison sentence was deemed too lenient. "
                + "Ash was detained in 2014 and initially sentenced to 15 years in prison in 2016.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(2, sentenced.size(), "the death sentence and the earlier term: " + facts);
        assertTrue(sentenced.stream().anyMatch(f -> "2016".equals(f.date()) && "P15Y".equals(f.term())), facts.toString());
        assertTrue(sentenced.stream().anyMatch(f -> "2019-01".equals(f.date()) && f.term() == null), facts.toString());
    }

    @Test
    void lawyersArguingForChargesToBeDroppedAskForARelease() {
        List<Fact> facts = ArticleExtraction.facts("h264", LocalDate.of(2017, 11, 30),
                "Tom Ash was arrested in Caracas in June. "
                + "His attorneys argued in October for the charges against Ash to be dropped, but no ruling has been issued.");
        List<Fact> asked = of(facts, "request", "release", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("open", asked.get(0).status(), facts.toString());
        assertEquals(0, of(facts, "custody", "released", "tom-ash").size(), "asked, not done: " + facts);
    }

    @Test
    void aRequestASentencingWentAheadDespiteIsRefused() {
        List<Fact> facts = ArticleExtraction.facts("h265", LocalDate.of(2020, 12, 8),
                "A court on Tuesday sentenced Omar Haddad to six years in prison despite British pressure to release him. "
                + "Haddad was detained in 2017 and released from detention in July 2019.");
        List<Fact> asked = of(facts, "request", "release", "haddad");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("refused", asked.get(0).status(), "the sentence went ahead despite it: " + facts);
    }

    @Test
    void aCountryNamingSomeonesCitizenshipIsNoPlace() {
        List<Fact> facts = ArticleExtraction.facts("h266", LocalDate.of(2015, 5, 30),
                "Tom Ash, who had been a dual U.S. and Egyptian citizen, had been jailed since 2013 "
                + "and in April was sentenced to life in prison for his support of the group.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertTrue(sentenced.get(0).place() == null || !sentenced.get(0).place().contains("United States"),
                "his citizenship, not the court's country: " + facts);
    }

    @Test
    void aGivenNameTheTaggerTookForAnAdjectiveAfterANationalityOpensTheNameAndStandsForIt() {
        List<Fact> facts = ArticleExtraction.facts("h267", LocalDate.of(2021, 12, 3),
                "SINGAPORE: Malaysian Vigneswaran K Subramaniam who is on death row in Singapore has been accorded "
                + "full due process under the law. Hailing from Johor, Vigneswaran was arrested by Singaporean police "
                + "on May 2, 2014.");
        List<Fact> arrests = of(facts, "custody", "arrested", "subramaniam");
        assertEquals(1, arrests.size(), "the first name alone is the man named in full: " + facts);
        assertTrue(arrests.get(0).person().contains("vigneswaran"), facts.toString());
        assertEquals(1, facts.stream().map(Fact::person).distinct().count(), "one man: " + facts);
    }

    @Test
    void whomTheDetaineeMetIsSomeoneElseAndNoVisit() {
        List<Fact> facts = ArticleExtraction.facts("h268", LocalDate.of(2024, 9, 20),
                "Dan Moor, 19, had met a 17-year-old girl at a hotel in Dubai. He was arrested by Dubai police on August 3.");
        assertEquals(0, of(facts, "diplomatic", "visit", "moor").size(), "he met her; no one visited him: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "moor").size(), facts.toString());
    }

    @Test
    void aParticipleJoinedByAndToAConvictionIsTheSentenceWithItsPlace() {
        List<Fact> facts = ArticleExtraction.facts("h269", LocalDate.of(2024, 9, 20),
                "Anna Berg was arrested in Bangkok in May. "
                + "She was convicted of insulting the king and jailed for two years in Bangkok last week.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "anna-berg");
        assertEquals(1, sentenced.size(), "jailed for two years: " + facts);
        assertEquals("P2Y", sentenced.get(0).term(), facts.toString());
        assertEquals("Bangkok", sentenced.get(0).place(), facts.toString());
    }

    @Test
    void aCourtThatJailedSomeoneTheTaggerTookForADescriptionStillSentencedThem() {
        List<Fact> facts = ArticleExtraction.facts("h270", LocalDate.of(2020, 3, 4),
                "This picture taken on March 3, 2020 shows Tom Ash standing on trial in Hanoi. A Hanoi court on March 3 "
                + "jailed Ash for nine years for \u201Cspreading propaganda against the state\u201D, state media said.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), "jailed for nine years: " + facts);
        assertEquals("P9Y", sentenced.get(0).term(), facts.toString());
        assertEquals("2020-03-03", sentenced.get(0).date(), facts.toString());
    }

    @Test
    void aCityWhoseFirstWordTheTaggerLeftOutIsNamedWhole() {
        List<Fact> facts = ArticleExtraction.facts("h271", LocalDate.of(2020, 3, 4),
                "Tom Ash was arrested in Da Nang in 2018. A Ho Chi Minh City court on Monday jailed Ash for nine years.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("Ho Chi Minh City", sentenced.get(0).place(), facts.toString());
    }

    @Test
    void aReporterWhoCouldNotReachTheAuthoritiesForCommentIsNoContactDenied() {
        List<Fact> facts = ArticleExtraction.facts("h272", LocalDate.of(2024, 6, 1),
                "Tom Ash was arrested in Bangkok in May. Thai authorities could not immediately be reached for comment.");
        assertEquals(0, of(facts, "contact", "denied", "tom-ash").size(), "the press's call: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
    }

    @Test
    void proceedingsAndDocumentsForAnExtraditionAreNoExtradition() {
        List<Fact> facts = ArticleExtraction.facts("h273", LocalDate.of(2019, 1, 28),
                "Tom Ash was arrested in Bangkok in November on a notice issued at Tarvia's request. "
                + "Tarvia must submit the documents for his extradition by Feb. 8. "
                + "A Tarvian minister said proceedings to extradite him to Tarvia are ongoing.");
        assertEquals(0, of(facts, "custody", "extradited", "tom-ash").size(), "not extradited yet: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
    }

    @Test
    void anArrestTheArticleOpensWithIsOfItsYearAndACheckpointPassedIsNoRegime() {
        List<Fact> facts = ArticleExtraction.facts("h274", LocalDate.of(2023, 9, 28),
                "The former mayor of the town Tom Ash was arrested by the Tarvian military. "
                + "Ash was detained while trying to leave through the border checkpoint.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2023", arrests.get(0).date(), "the news of the article: " + facts);
        assertEquals(0, of(facts, "conditions", "regime", "tom-ash").size(), "a checkpoint he passed: " + facts);
    }

    @Test
    void peopleArrestedSomewhereWhoHavePleadedGuiltyPleadedGuilty() {
        List<Fact> facts = ArticleExtraction.facts("h275", LocalDate.of(2024, 7, 30),
                "Two Tarvian engineers arrested in Slovenia have pleaded guilty in a swift court case. "
                + "The pair, Tom Ash and Eva Ash, were arrested in late 2022.");
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "eva-ash").size(), facts.toString());
    }

    @Test
    void aHandOverToThePoliceNamingNoCountryIsATransfer() {
        List<Fact> facts = ArticleExtraction.facts("h276", LocalDate.of(2023, 9, 28),
                "Tom Ash was detained by the Tarvian military while trying to leave for Armenia. "
                + "Accompanied by border guards, he was taken to Baku and handed over to law enforcement agencies.");
        assertEquals(0, of(facts, "custody", "extradited", "tom-ash").size(), "moved inside the country: " + facts);
        List<Fact> abroad = ArticleExtraction.facts("h277", LocalDate.of(2023, 9, 28),
                "Tom Ash was handed over to the Indian authorities on Monday.");
        assertEquals(1, of(abroad, "custody", "extradited", "tom-ash").size(), "to another country's hands: " + abroad);
    }

    @Test
    void consularAssistanceDeniedIsContactDenied() {
        List<Fact> facts = ArticleExtraction.facts("h278", LocalDate.of(2013, 1, 25),
                "Tom Ash was arrested in 2005 in Tarvia. "
                + "His lawyers said Ash was denied immediate consular assistance when he was arrested.");
        assertEquals(1, of(facts, "contact", "denied", "tom-ash").size(), facts.toString());
    }

    @Test
    void aConvictionDescribingTheOneFreedIsNotOfTheDayOfTheRelease() {
        List<Fact> facts = ArticleExtraction.facts("h279", LocalDate.of(2013, 1, 25),
                "Tarvia's top court on Wednesday freed a Frenchwoman convicted of kidnapping, ruling that her trial was tainted. "
                + "Anne Morel was arrested in 2005 in Tarvia.");
        List<Fact> convictions = of(facts, "legal", "convicted", "morel");
        assertEquals(1, convictions.size(), facts.toString());
        assertTrue(convictions.get(0).date() == null || !convictions.get(0).date().startsWith("2013-01"),
                "convicted before the day she was freed: " + facts);
        assertEquals("2013-01-23", of(facts, "custody", "released", "morel").get(0).date(), facts.toString());
    }

    @Test
    void aVictimsRelativeAccusingADetaineeMakesNoCharge() {
        List<Fact> facts = ArticleExtraction.facts("h280", LocalDate.of(2013, 1, 25),
                "Anne Morel was arrested in 2005 in Tarvia and freed on Wednesday. "
                + "\u201CShe\u2019s out,\u201D cried Ruth Valdes, who accused Morel of being involved in her husband\u2019s kidnapping.");
        assertEquals(0, of(facts, "legal", "charged", "morel").size(), "no prosecutor charged her here: " + facts);
        List<Fact> charged = ArticleExtraction.facts("h281", LocalDate.of(2013, 1, 25),
                "Anne Morel was arrested in 2005 in Tarvia. Prosecutors accused Morel of kidnapping.");
        assertEquals(1, of(charged, "legal", "charged", "morel").size(), charged.toString());
    }

    @Test
    void bailDeniedIsAReleaseAskedForAndRefused() {
        List<Fact> facts = ArticleExtraction.facts("h282", LocalDate.of(2019, 9, 19),
                "Tom Ash was arrested in London in March. Ash has been denied bail three times in the magistrates' court.");
        List<Fact> asked = of(facts, "request", "release", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("refused", asked.get(0).status(), facts.toString());
    }

    @Test
    void aTrialForAnExtraditionStillToComeIsNoExtradition() {
        List<Fact> facts = ArticleExtraction.facts("h283", LocalDate.of(2019, 9, 19),
                "Tom Ash was on Thursday remanded in custody by a London court, which will hold a trial for his extradition to India next May.");
        assertEquals(0, of(facts, "custody", "extradited", "tom-ash").size(), facts.toString());
    }

    @Test
    void theNationalDetainedByACountryIsTheArrestToldBeforeNotANewOne() {
        List<Fact> facts = ArticleExtraction.facts("h284", LocalDate.of(2023, 9, 5),
                "Tom Ash, a 33-year-old official, was arrested in Tehran in April 2022 while on holiday. "
                + "As he arrived at a meeting in the Spanish city of Cadiz on Tuesday, the bloc's foreign policy chief "
                + "told reporters that Mr Ash was indeed the Swedish national detained by Iran.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "one arrest, told again: " + facts);
        assertEquals("2022-04", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aBoardThatRefusedToGrantReleaseRefusedARequestAndFreedNoOne() {
        List<Fact> facts = ArticleExtraction.facts("h285", LocalDate.of(2022, 12, 1),
                "Ana Ruiz was arrested in April near Bethlehem. "
                + "An Israeli board on Tuesday refused to grant conditional release to Ana Ruiz.");
        assertEquals(0, of(facts, "custody", "released", "ana-ruiz").size(), "not freed: " + facts);
        List<Fact> asked = of(facts, "request", "release", "ana-ruiz");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("refused", asked.get(0).status(), facts.toString());
    }

    @Test
    void clemencyAskedIsMercyInThePunishmentNotAReleaseAskedFor() {
        List<Fact> facts = ArticleExtraction.facts("h286", LocalDate.of(2021, 11, 20),
                "Omar Bakri, a Malaysian, has been held on death row in Singapore since 2012. "
                + "His sister asked the president on Monday to grant him clemency.");
        assertEquals(0, of(facts, "request", "release", "omar-bakri").size(), "mercy, no release: " + facts);
        assertEquals(1, of(facts, "request", "other", "omar-bakri").size(), facts.toString());
    }

    @Test
    void aSentenceHandedDownAndNamedAsTheDetaineesOwnIsJudgedOnceNotOverAndOver() {
        List<Fact> facts = ArticleExtraction.facts("h287", LocalDate.of(2016, 4, 30),
                "Ann Lee, a Canadian held in North Korea since May, was sentenced to eight years of hard labour on Friday. "
                + "Lee's sentence was handed down by the country's top court, meaning it cannot be appealed.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P8Y", sentences.get(0).term(), facts.toString());
    }

    @Test
    void aDescriptionWithANameSetOffBesideItIsThatPersonNotTheOneTheArticleIsAbout() {
        List<Fact> facts = ArticleExtraction.facts("h288", LocalDate.of(2016, 5, 2),
                "The man, Tom Ash, is the latest Briton to receive a harsh sentence in Iran. "
                + "His sentencing came a month after Iran sentenced a U.S. college student, Dan F. Mills, "
                + "to 15 years in prison for stealing a banner.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "dan-mills");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P15Y", sentenced.get(0).term(), facts.toString());
        assertTrue(of(facts, "legal", "sentenced", "tom-ash").stream().noneMatch(f -> "P15Y".equals(f.term())),
                "the 15 years are Mills's: " + facts);
    }

    @Test
    void aDateEndingTheWhoClauseIsNotTheSubjectOfTheVerbAfterIt() {
        List<Fact> facts = ArticleExtraction.facts("h289", LocalDate.of(2016, 5, 2),
                "A Briton who has been held in Iran since March was sentenced to six years in prison on Sunday, "
                + "state media reported. The man, Tom Ash, is a former teacher.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P6Y", sentenced.get(0).term(), facts.toString());
        assertEquals("2016-05-01", sentenced.get(0).date(), facts.toString());
    }

    @Test
    void whoTheMinisterSaidWasDetainedIsTheOneDescribedNotTheMinister() {
        List<Fact> facts = ArticleExtraction.facts("h290", LocalDate.of(2024, 10, 18),
                "Iranian Intelligence Minister Tom Ash announced on Thursday the arrest of two French citizens. "
                + "Ann Lee, who Ash said was detained in the northern province of Gilan, "
                + "was accused by the authorities of spying for Israel.");
        assertEquals(0, facts.stream().filter(f -> f.person().equals("tom-ash")).count(), "the minister holds no one: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "ann-lee").size(), facts.toString());
    }

    @Test
    void theMaximumPenaltyTheLawAllowsIsNoOnesSentence() {
        List<Fact> facts = ArticleExtraction.facts("h291", LocalDate.of(2018, 12, 20),
                "Tom Ash and Dan Mills, two Britons, were arrested in Tokyo in May and are charged with fraud. "
                + "The maximum penalty for fraud in Japan is ten years in prison, a fine of 5 million yen or both.");
        assertEquals(0, facts.stream().filter(f -> f.kind().equals("sentenced")).count(), "no one sentenced: " + facts);
        assertEquals(1, of(facts, "legal", "charged", "tom-ash").size(), facts.toString());
    }

    @Test
    void aWhoClauseAfterANameAndItsBracketedAsideIsAboutTheName() {
        List<Fact> facts = ArticleExtraction.facts("h292", LocalDate.of(2025, 3, 25),
                "The family of publisher Tom Ash (湯姆), who has been detained in China since 2022, "
                + "was warned by officials not to speak to reporters.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("China", held.get(0).place(), facts.toString());
    }

    @Test
    void aPenNameGivenForASurnameIsTheSamePerson() {
        List<Fact> facts = ArticleExtraction.facts("h293", LocalDate.of(2025, 3, 25),
                "Publisher Li Wen has been detained in China since 2023, his family said. "
                + "Li, better known by his pen name, Fucha (富察), was born in Liaoning Province and obtained Taiwanese citizenship. "
                + "He returned to Shanghai in March 2023 but was arrested by police.");
        assertTrue(of(facts, "custody", "arrested", "li-wen").stream()
                .anyMatch(f -> "Shanghai".equals(f.place()) && "2023-03".equals(f.date())), facts.toString());
    }

    @Test
    void convictedAndJailedForYearsInAYearIsTheSentencePassedThatYear() {
        List<Fact> facts = ArticleExtraction.facts("h294", LocalDate.of(2014, 2, 9),
                "Ann Lee, a Briton, was convicted and jailed for 20 years in 2005 for trying to smuggle drugs into Bali.");
        List<Fact> sentenced = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P20Y", sentenced.get(0).term(), facts.toString());
        assertEquals("2005", sentenced.get(0).date(), facts.toString());
        assertEquals(0, of(facts, "custody", "arrested", "ann-lee").size(), "a jailing for years is no arrest: " + facts);
    }

    @Test
    void aCountrysCapitalNamedByItsPeoplesAdjectiveIsThatCity() {
        List<Fact> facts = ArticleExtraction.facts("h295", LocalDate.of(2019, 3, 5),
                "Tom Ash, an American, was arrested in the Russian capital in May.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Moscow, Russia", arrests.get(0).place(), facts.toString());
    }

    @Test
    void aChargeByAnotherCountrysProsecutorsIsBroughtInThatCountry() {
        List<Fact> facts = ArticleExtraction.facts("h296", LocalDate.of(2019, 3, 5),
                "Tom Ash, 30, was detained in Budapest on January 16. "
                + "Ash, under house arrest for seven weeks, is accused by Portuguese prosecutors of extortion and theft of data.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertEquals(1, charges.size(), facts.toString());
        assertEquals("Portugal", charges.get(0).place(), facts.toString());
    }

    @Test
    void aStateSetOffByCommasAfterTheSubjectIsTheSubjects() {
        List<Fact> facts = ArticleExtraction.facts("h297", LocalDate.of(2019, 3, 5),
                "Tom Ash, 30, was detained in Budapest on January 16. "
                + "Ash, under house arrest for seven weeks, is accused by prosecutors of extortion.");
        assertEquals(1, of(facts, "custody", "held", "tom-ash").size(), facts.toString());
    }

    @Test
    void aReleaseDemandedIsGrantedWhenTheDetaineeIsDeported() {
        List<Fact> facts = ArticleExtraction.facts("h298", LocalDate.of(2013, 5, 13),
                "Tom Ash, a Chilean photographer, was arrested in Managua on Tuesday. "
                + "His agency demanded his immediate release. Nicaragua deported Ash to Costa Rica on Saturday.");
        List<Fact> asked = of(facts, "request", "release", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("granted", asked.get(0).status(), facts.toString());
    }

    @Test
    void visitsFromAConsulThatWereFewStillHappened() {
        List<Fact> facts = ArticleExtraction.facts("h299", LocalDate.of(2013, 5, 13),
                "Tom Ash, a Chilean photographer, was arrested in Managua on Tuesday. "
                + "He had no access to a lawyer and could only receive two visits from the Chilean consul, Diego Rivera.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "tom-ash");
        assertEquals(1, visits.size(), facts.toString());
        assertEquals("done", visits.get(0).status(), facts.toString());
    }

    @Test
    void pressFreedomIsNoOnePressingForAnything() {
        List<Fact> facts = ArticleExtraction.facts("h300", LocalDate.of(2024, 3, 1),
                "Tom Ash, a French reporter, was arrested in Addis Ababa on Tuesday. Rights groups have criticized the "
                + "country's restrictions on press freedom, particularly in response to critical coverage of the war.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("request")).count(), facts.toString());
    }

    @Test
    void aParticipleOnTheSubjectIsNoMainVerbWhenTheVerbAfterItIsASideRemark() {
        List<Fact> facts = ArticleExtraction.facts("h301", LocalDate.of(2024, 8, 22),
                "A Czech tourist arrested for recording a video on Zimbabwe's power cuts was this Wednesday granted "
                + "US$500 bail by the High Court. Accused person, Tom Ash spent 20 days in pretrial detention "
                + "following his arrest in Masvingo.");
        List<Fact> released = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), facts.toString());
        assertEquals("2024-08-21", released.get(0).date(), facts.toString());
    }

    @Test
    void aReleaseRefusedOnceStaysRefusedWhenTheDetaineeIsFreedLater() {
        List<Fact> facts = ArticleExtraction.facts("h302", LocalDate.of(2024, 8, 22),
                "Tom Ash, a Briton, was arrested in Tehran in January. In February a court rejected his lawyer's "
                + "request for his release on bail. Ash was released on Wednesday.");
        List<Fact> asked = of(facts, "request", "release", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("refused", asked.get(0).status(), facts.toString());
    }

    @Test
    void anAppealToldWithoutAPlaceIsHeardInTheCountryThatHoldsTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h303", LocalDate.of(2024, 3, 6),
                "Tom Ash, a Briton, was arrested in Stockholm in 2019 and sentenced to ten years in prison in 2022. "
                + "He appealed the sentence in March 2023.");
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("Sweden", appeals.get(0).place(), facts.toString());
    }

    @Test
    void anAppealFromSomeoneIsTheirCourtAppealNotAPleaForWhatTheirClauseSays() {
        List<Fact> facts = ArticleExtraction.facts("h304", LocalDate.of(2024, 3, 6),
                "Sweden's Supreme Court on Wednesday rejected an appeal from former Iranian prison official Tom Ash, "
                + "who faces life imprisonment for his role in the killings of prisoners in 1988. "
                + "Ash was arrested at Arlanda Airport in Stockholm in 2019.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("request")).count(), facts.toString());
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("2024-03-06", appeals.get(0).date(), facts.toString());
    }

    @Test
    void aDetaineeSaidToBeInNeedOfCareIsCareAskedFor() {
        List<Fact> facts = ArticleExtraction.facts("h305", LocalDate.of(2018, 12, 20),
                "Tom Ash, an American executive, was arrested in Tokyo in November. "
                + "His wife argued that her husband is in need of medical care in a video statement.");
        List<Fact> asked = of(facts, "request", "medical", "tom-ash");
        assertEquals(1, asked.size(), facts.toString());
        assertEquals("open", asked.get(0).status(), facts.toString());
    }

    @Test
    void theNationalityInALeadDescriptionIsThePersonsItStandsFor() {
        Extractor.Result result = ArticleExtraction.extract("h306", LocalDate.of(2013, 5, 13),
                "Nicaragua deported a Chilean photojournalist to Costa Rica on Saturday after detaining him for four days. "
                + "\"I am happy to be free,\" Tom Ash said upon his arrival in San Jose.");
        Map<String, String> nationality = nationalities(result);
        assertEquals("Chilean", nationality.get("tom-ash"), nationality.toString());
    }

    @Test
    void aNationalityShoutedInCapitalsIsWrittenAsANationality() {
        Extractor.Result result = ArticleExtraction.extract("h307", LocalDate.of(2005, 9, 11),
                "A SLOVAK national, Tom Ash, has been serving time in a Tunisian jail since November 2003.");
        Map<String, String> nationality = nationalities(result);
        assertEquals("Slovak", nationality.get("tom-ash"), nationality.toString());
    }

    @Test
    void aCourtThatFreesSomeoneFreesThemInItsTown() {
        List<Fact> facts = ArticleExtraction.facts("h308", LocalDate.of(2024, 5, 1),
                "A Lisbon court has released French engineer Tom Ash pending trial, after six months in prison, "
                + "but banned him from leaving Portugal.");
        List<Fact> released = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), facts.toString());
        assertEquals("Lisbon", released.get(0).place(), facts.toString());
    }

    @Test
    void aPluralWhoClauseAfterAListTellsOfEveryoneListed() {
        List<Fact> facts = ArticleExtraction.facts("h309", LocalDate.of(2025, 1, 10),
                "Two Belgian citizens remain in Iran. They are Ann Lemaire, a nurse, and her husband, Marc Dubois, "
                + "who were arrested in March 2023.");
        for (String person : List.of("ann-lemaire", "marc-dubois")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), person + " " + facts);
            assertEquals("2023-03", arrests.get(0).date(), facts.toString());
        }
    }

    @Test
    void aSingularWhoClauseAfterAListTellsOfTheLastNameOnly() {
        List<Fact> facts = ArticleExtraction.facts("h310", LocalDate.of(2025, 1, 10),
                "The other two Belgians are Ann Lemaire, a nurse, and her cousin, Marc Dubois, who was arrested in March 2023.");
        assertEquals(1, of(facts, "custody", "arrested", "marc-dubois").size(), facts.toString());
        assertEquals(0, of(facts, "custody", "arrested", "ann-lemaire").size(), facts.toString());
    }

    @Test
    void someoneTakenCaptiveIsArrestedAndAnAnniversaryCountsBackToTheYear() {
        List<Fact> facts = ArticleExtraction.facts("h311", LocalDate.of(2024, 5, 1),
                "Next week marks two years since Tom Ash and Ann Lee were taken captive in separate incidents in Mali, "
                + "the spokesman said.");
        for (String person : List.of("tom-ash", "ann-lee")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), person + " " + facts);
            assertEquals("2022", arrests.get(0).date(), facts.toString());
            assertEquals(0, of(facts, "custody", "held", person).size(), facts.toString());
        }
    }

    @Test
    void aConsulateThatVisitedADetaineeMadeAConsularVisitWhateverTheFamilySays() {
        List<Fact> facts = ArticleExtraction.facts("h313", LocalDate.of(2024, 12, 2),
                "British teacher Tom Ash was jailed in Qatar in 2020. The UK Consulate has visited Tom regularly during his "
                + "ordeal, but his family has expressed concerns about the government's silence.");
        assertEquals(1, of(facts, "diplomatic", "visit", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "contact", "allowed", "tom-ash").size(), facts.toString());
    }

    @Test
    void anEmbassyReportingLimitsOnContactIsNoPartyToIt() {
        List<Fact> facts = ArticleExtraction.facts("h314", LocalDate.of(2018, 10, 5),
                "Ann Lee, a Russian student, is held in Virginia. The embassy said that Lee has been allowed only one "
                + "telephone call a week to her parents, and that letters sent to her take a month to arrive.");
        List<Fact> limits = of(facts, "contact", "restricted", "ann-lee");
        assertTrue(limits.stream().noneMatch(f -> "officials".equals(f.addressee())), facts.toString());
    }

    @Test
    void someoneAnArticlePlacesNowhereIsArrestedInTheCountryThatHoldsEveryoneElse() {
        List<Fact> facts = ArticleExtraction.facts("h315", LocalDate.of(2025, 3, 20),
                "Tom Ash was arrested in Shiraz, Iran, in October 2022 and freed on Thursday. "
                + "Ann Lee, a teacher who was detained in May 2022, is accused of spying.");
        List<Fact> arrests = of(facts, "custody", "arrested", "ann-lee");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Iran", arrests.get(0).place(), facts.toString());
    }

    @Test
    void aSentenceHandedDownAgainstSomeoneIsTheirSentencing() {
        List<Fact> facts = ArticleExtraction.facts("h316", LocalDate.of(2023, 4, 26),
                "Germany is condemning as \u201Cunacceptable\u201D the death sentence handed down in Iran against Tom Ash, "
                + "a German citizen accused of planning a bombing.");
        assertEquals(1, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
    }

    @Test
    void aHigherCourtUpholdingAnUnnamedSentenceRulesOnTheOnlyDetaineesAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h317", LocalDate.of(2023, 4, 26),
                "Tom Ash, a German citizen, was sentenced to death in Iran in March. "
                + "Iran's Supreme Court this week upheld the death sentence that was issued by a lower court.");
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("2023-04", appeals.get(0).date(), facts.toString());
    }

    @Test
    void aHigherCourtUpholdingSomeoneElsesSentenceIsNoAppealOfTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h318", LocalDate.of(2023, 4, 26),
                "Tom Ash, a German citizen, was sentenced to death in Iran in March. "
                + "In a separate case, the Supreme Court this week upheld the death sentence of a protester.");
        assertEquals(0, of(facts, "legal", "appeal", "tom-ash").size(), facts.toString());
    }

    @Test
    void aFamilyThatHasNotHadAnyContactIsDeniedContact() {
        List<Fact> facts = ArticleExtraction.facts("h319", LocalDate.of(2023, 4, 26),
                "Tom Ash, a German citizen, was sentenced to death in Iran in March. "
                + "His lawyer said the family hadn't had any contact with Ash since his arrest.");
        assertEquals(1, of(facts, "contact", "denied", "tom-ash").size(), facts.toString());
    }

    @Test
    void anArrestFollowingAForeignRequestIsAnArrestWhereItHappenedNotInTheCountryThatAsked() {
        List<Fact> facts = ArticleExtraction.facts("h320", LocalDate.of(2013, 11, 12),
                "Following a request from Russia for his extradition, Russian tycoon Tom Ash was arrested on an island "
                + "off Sihanoukville yesterday, police said.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Sihanoukville", arrests.get(0).place(), facts.toString());
        assertEquals("2013-11-11", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aPetitionToFreeSomeoneIsNoRelease() {
        List<Fact> facts = ArticleExtraction.facts("h321", LocalDate.of(2019, 10, 20),
                "Ann Lee, an Israeli student, was jailed in Moscow in April. A petition to free Lee has gathered 5,000 signatures.");
        assertEquals(0, of(facts, "custody", "released", "ann-lee").size(), facts.toString());
    }

    @Test
    void aMoveToldAsUnderWayIsDatedByTheArticle() {
        List<Fact> facts = ArticleExtraction.facts("h322", LocalDate.of(2013, 11, 12),
                "Tom Ash was arrested in Cambodia in 2012. \u201CHe was handcuffed,\u201D his employee said. "
                + "\u201CHe\u2019s now being transferred to Phnom Penh.\u201D");
        List<Fact> moves = of(facts, "custody", "transferred", "tom-ash");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("2013-11", moves.get(0).date(), facts.toString());
    }

    @Test
    void thePartnerOfADetaineeIsNoneOfTheGroupHeld() {
        Extractor.Result result = ArticleExtraction.extract("h323", LocalDate.of(2017, 11, 29),
                "Six British men acquitted of weapons charges this week have been released, a relative said. "
                + "Ann Lee, the partner of one of the men, Tom Ash, said he and the other men were at the embassy following their release.");
        assertTrue(result.facts().stream().noneMatch(f -> f.person().equals("ann-lee")), result.facts().toString());
    }

    @Test
    void aCountrysLargestCityOrCapitalIsTheTownItStandsFor() {
        List<Fact> facts = ArticleExtraction.facts("h325", LocalDate.of(2021, 4, 19),
                "A Japanese freelance journalist, Tom Ash, detained by security forces in Myanmar\u2019s largest city on Sunday "
                + "has been transferred to prison.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Yangon, Myanmar", arrests.get(0).place(), facts.toString());
    }

    @Test
    void someoneTransportedToADetentionCentreIsMovedThere() {
        List<Fact> facts = ArticleExtraction.facts("h326", LocalDate.of(2025, 3, 19),
                "A Welsh backpacker, Ann Lee, was detained at the border in Blaine and transported to an immigration "
                + "detention center in Tacoma.");
        List<Fact> moves = of(facts, "custody", "transferred", "ann-lee");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("Tacoma", moves.get(0).place(), facts.toString());
    }

    @Test
    void aChargeByATownsProsecutorsIsBroughtInThatTown() {
        List<Fact> facts = ArticleExtraction.facts("h327", LocalDate.of(2018, 12, 11),
                "Tokyo prosecutors charged Tom Ash, an American lawyer, on Monday with financial misconduct.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertEquals(1, charges.size(), facts.toString());
        assertEquals("Tokyo", charges.get(0).place(), facts.toString());
    }

    @Test
    void namesSetOffByDashesAfterADescribedPluralAreThePeopleItDescribes() {
        List<Fact> facts = ArticleExtraction.facts("h328", LocalDate.of(2024, 8, 8),
                "Tom Ash and Ann Lee were detained in Mali in 2022, and Bo Kim in 2023. \u201CWe are deeply concerned about the "
                + "well-being of Americans unjustly detained in Mali \u2013 Tom, Ann, and Bo Kim \u2013 and raise their "
                + "detentions in every meeting,\u201D the spokesman said.");
        for (String person : List.of("tom-ash", "ann-lee", "bo-kim")) {
            assertEquals(1, of(facts, "diplomatic", "consultation", person).size(), person + " " + facts);
        }
    }

    @Test
    void peopleDescribedAsDetainedSomewhereInAPresentClauseAreHeldThereNow() {
        List<Fact> facts = ArticleExtraction.facts("h329", LocalDate.of(2024, 8, 8),
                "The ministry is concerned about Britons unjustly detained in Mali \u2013 Tom Ash and Ann Lee \u2013 "
                + "and raises their cases at every meeting.");
        for (String person : List.of("tom-ash", "ann-lee")) {
            List<Fact> held = of(facts, "custody", "held", person);
            assertEquals(1, held.size(), person + " " + facts);
            assertEquals("Mali", held.get(0).place(), facts.toString());
            assertEquals("2024-08", held.get(0).date(), facts.toString());
            assertEquals(0, of(facts, "custody", "arrested", person).size(), facts.toString());
        }
    }

    @Test
    void peopleDescribedAsArrestedSomewhereWereArrestedThere() {
        List<Fact> facts = ArticleExtraction.facts("h330", LocalDate.of(2024, 8, 1),
                "Two Russian spies arrested in Slovenia, Tom Ash and Ann Lee, have pleaded guilty.");
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "custody", "held", "tom-ash").size(), facts.toString());
    }

    @Test
    void askingWhetherADetaineeIsInjuredTellsNoInjury() {
        List<Fact> facts = ArticleExtraction.facts("h331", LocalDate.of(2021, 4, 19),
                "Tom Ash, a Japanese journalist, was detained in Yangon on Sunday. Officials asked the military about "
                + "the reason for his detention and whether he was suffering from any injuries.");
        assertEquals(0, of(facts, "health", "condition", "tom-ash").size(), facts.toString());
    }

    @Test
    void theFatherOfSomanyIsTheDetaineeDescribedNotARelative() {
        List<Fact> facts = ArticleExtraction.facts("h332", LocalDate.of(2024, 12, 2),
                "British national Tom Ash has been held in a Dubai prison for 16 years. "
                + "The dad-of-three, 70, was arrested in 2008 during a layover at Dubai Airport.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2008", arrests.get(0).date(), facts.toString());
    }

    @Test
    void aTownOpeningADatelineNamesNoOneAndTheCountedGroupAfterItIsTheNamed() {
        List<Fact> facts = ArticleExtraction.facts("h333", LocalDate.of(2015, 8, 15),
                "San Pedro (AFP) - Three Danes have been sentenced to prison terms of eight years for smuggling in Peru. "
                + "Tom Ash, Bo Kim and Al Reed were arrested in May 2013 at the airport.");
        for (String person : List.of("tom-ash", "bo-kim", "al-reed")) {
            List<Fact> sentences = of(facts, "legal", "sentenced", person);
            assertEquals(1, sentences.size(), person + " " + facts);
            assertEquals("P8Y", sentences.get(0).term(), facts.toString());
        }
        assertEquals(0, facts.stream().filter(f -> f.person().startsWith("san-")).count(), facts.toString());
    }

    @Test
    void aLengthOfHoursOnAWeekdayIsDatedThatDay() {
        List<Fact> facts = ArticleExtraction.facts("h334", LocalDate.of(2015, 8, 15),
                "After talks lasting 10 hours on Friday, a court in Lima convicted Tom Ash of smuggling.");
        List<Fact> convictions = of(facts, "legal", "convicted", "tom-ash");
        assertEquals(1, convictions.size(), facts.toString());
        assertEquals("2015-08-14", convictions.get(0).date(), facts.toString());
    }

    @Test
    void aManNamedSomeoneIsThatPersonNotTheDetaineeNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h335", LocalDate.of(2024, 12, 24),
                "Reporter Bo Kim was convicted in July and freed in August. "
                + "A Minsk court on Tuesday sentenced a man named Tom Ash to 12 years in a penal colony.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P12Y", sentences.get(0).term(), facts.toString());
        assertEquals(0, of(facts, "legal", "sentenced", "bo-kim").size(), facts.toString());
    }

    @Test
    void aVerbJoinedAfterATimeIsToldOfTheSubjectAndDatedByIt() {
        for (String text : List.of("Tom Ash was detained in 2019 and the following year sentenced to five years in prison for fraud.",
                "Tom Ash, who lives in Lima and is married with children, was detained in 2019 and the following year "
                + "sentenced to five years in prison for fraud.")) {
            List<Fact> facts = ArticleExtraction.facts("h336", LocalDate.of(2024, 12, 24), text);
            List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
            assertEquals(1, sentences.size(), facts.toString());
            assertEquals("2020", sentences.get(0).date(), facts.toString());
            assertEquals("P5Y", sentences.get(0).term(), facts.toString());
        }
    }

    @Test
    void pleadingGuiltyAfterTheVerdictIsAGuiltyPlea() {
        List<Fact> facts = ArticleExtraction.facts("h337", LocalDate.of(2024, 12, 24),
                "Tom Ash was sentenced to three years in prison after pleading guilty to fraud.");
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "tom-ash").size(), facts.toString());
    }

    @Test
    void anAppealsCourtConfirmingTheSentenceOfALeadDecidesTheAppealOfTheOneNamedAfter() {
        // "an ethnic Georgian": a nationality with its own article is the person the lead describes
        for (String described : List.of("an ethnic Quechua", "an ethnic Georgian")) {
            List<Fact> facts = ArticleExtraction.facts("h338", LocalDate.of(2024, 1, 18),
                    "An appeals court in Peru on Monday confirmed a 12-year prison sentence given to " + described
                    + " who was arrested by the police last summer. Tom Ash, 60, is a retired farmer.");
            List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
            assertEquals(1, appeals.size(), facts.toString());
            assertEquals("2024-01-15", appeals.get(0).date(), facts.toString());
            List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
            assertEquals(1, arrests.size(), facts.toString());
            assertEquals("2023", arrests.get(0).date(), facts.toString());
        }
    }

    @Test
    void aDateInAParticipleDescribingSomeoneElseDoesNotMoveTheStoryOn() {
        List<Fact> facts = ArticleExtraction.facts("h339", LocalDate.of(2024, 1, 18),
                "Tom Ash was arrested last summer in Peru. Ash denied any involvement in the burning of a school seized by "
                + "rebel forces in December 1991. A military court in Lima sentenced him to 15 years in prison on November 7.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("2023-11-07", sentences.get(0).date(), facts.toString());
    }

    @Test
    void boxingDayIsTheDayAfterChristmas() {
        List<Fact> facts = ArticleExtraction.facts("h340", LocalDate.of(2017, 12, 28),
                "Ann Lee appeared in court in Peru on Boxing Day and was jailed for three years.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("2017-12-26", sentences.get(0).date(), facts.toString());
    }

    @Test
    void aJailingForYearsIsTheSentenceNotAStayUnlessItNamesThePrison() {
        List<Fact> facts = ArticleExtraction.facts("h341", LocalDate.of(2017, 12, 28),
                "Ann Lee appeared in court in Peru on Monday and was jailed for three years.");
        assertEquals(1, of(facts, "legal", "sentenced", "ann-lee").size(), facts.toString());
        assertEquals(0, of(facts, "custody", "held", "ann-lee").size(), facts.toString());
    }

    @Test
    void aMoveJoinedAfterAHungerStrikeHappenedAndIsNotWhatTheStrikeAsks() {
        List<Fact> facts = ArticleExtraction.facts("h342", LocalDate.of(2022, 2, 18),
                "Ann Lee was arrested in Minsk in 2020. During her detention, the 52-year-old had gone on hunger strike "
                + "and was transferred to the high-security prison in Gomel.");
        List<Fact> moves = of(facts, "custody", "transferred", "ann-lee");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("Gomel", moves.get(0).place(), facts.toString());
        assertEquals(0, of(facts, "request", "transfer", "ann-lee").size(), facts.toString());
        assertEquals(1, of(facts, "request", "other", "ann-lee").size(), facts.toString());
    }

    @Test
    void aJoyThatTheDetaineeIsFreeIsAStatementBesideTheRelease() {
        List<Fact> facts = ArticleExtraction.facts("h343", LocalDate.of(2022, 2, 18),
                "Ann Lee was released from a prison in Minsk on Friday. \u201CIt is a great joy for all of us that Ann Lee "
                + "is finally free,\u201D said Foreign Minister Tom Ash.");
        assertEquals(1, of(facts, "diplomatic", "statement", "ann-lee").size(), facts.toString());
        assertEquals(1, of(facts, "custody", "released", "ann-lee").size(), facts.toString());
    }

    @Test
    void meetingWithSomeoneACountOfTimesIsAVisitToThem() {
        List<Fact> facts = ArticleExtraction.facts("h344", LocalDate.of(2022, 2, 18),
                "Ann Lee was arrested in Minsk in 2020. Embassy staff said they had met with her 14 times since she "
                + "was taken into custody.");
        assertEquals(1, of(facts, "diplomatic", "visit", "ann-lee").size(), facts.toString());
    }

    @Test
    void lastNightIsTheDayBeforeTheArticle() {
        List<Fact> facts = ArticleExtraction.facts("h345", LocalDate.of(2024, 3, 12),
                "Tom Ash was detained late last night in Lima, his lawyer said.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2024-03-11", arrests.get(0).date(), facts.toString());
    }

    @Test
    void theSiblingsOfAFamilyNameAreEveryoneOfThatName() {
        List<Fact> facts = ArticleExtraction.facts("h346", LocalDate.of(2024, 3, 12),
                "Ann Marsh and her brother Tom Marsh were arrested in Lima in May 2022. On 31 March 2023, the Marsh "
                + "brothers were moved from police custody to house arrest.");
        for (String person : List.of("ann-marsh", "tom-marsh")) {
            List<Fact> moves = of(facts, "custody", "transferred", person);
            assertEquals(1, moves.size(), person + " " + facts);
            assertEquals("2023-03-31", moves.get(0).date(), facts.toString());
        }
    }

    @Test
    void anUncommonFirstNameWithAShortSurnameSpeltTwoWaysIsOnePerson() {
        List<Fact> facts = ArticleExtraction.facts("h347", LocalDate.of(2015, 6, 30),
                "Ambassador Tom Ash is concerned over the detention of Berhanemeskel Tsega. "
                + "Berhanemeskel Tsegie was detained at Sanaa airport on June 23, 2014.");
        assertEquals(1, facts.stream().map(Fact::person).distinct().count(), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "berhanemeskel-tsega").size(), facts.toString());
    }

    @Test
    void whatHappensToAGroupHappensToEachMemberNamedAsOneOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h348", LocalDate.of(2017, 11, 30),
                "Five Danish sailors convicted of smuggling have been released, a relative said. Ann Lee, the partner "
                + "of one of the sailors, Tom Ash, said he was well. Bea Kim, whose brother Bo Kim was one of the five "
                + "detained sailors, thanked the embassy. The sailors were arrested in 2013.");
        for (String person : List.of("tom-ash", "bo-kim")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), person + " " + facts);
            assertEquals("2013", arrests.get(0).date(), facts.toString());
            assertEquals(1, of(facts, "custody", "released", person).size(), person + " " + facts);
        }
        assertEquals(0, facts.stream().filter(f -> f.person().equals("ann-lee") || f.person().equals("bea-kim")).count(),
                facts.toString());
    }

    @Test
    void aRequestTheNextSentenceReportsRejectedIsRefused() {
        List<Fact> facts = ArticleExtraction.facts("h349", LocalDate.of(2015, 12, 19),
                "Tom Ash was arrested in Lima in 2013. On Thursday, the council adopted a motion calling on the "
                + "government of Peru to release him. However, Peru's foreign ministry rejected the request as interference.");
        List<Fact> requests = of(facts, "request", "release", "tom-ash");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("refused", requests.get(0).status(), facts.toString());
    }

    @Test
    void anEffortToSecureTheRepatriationOfSomeoneJailedIsARequestAndTheStayIsNow() {
        List<Fact> facts = ArticleExtraction.facts("h350", LocalDate.of(2012, 10, 16),
                "The Danish government is preparing a campaign in an effort to secure the repatriation of a teacher jailed "
                + "in Peru for a road accident. On Sunday, Peru said that Tom Ash, 27, had been given a four-year sentence.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("2012-10", held.get(0).date(), facts.toString());
        assertEquals(1, of(facts, "request", "repatriation", "tom-ash").size(), facts.toString());
    }

    @Test
    void theTwoAfterTwoOthersNamedInTheSentenceAreThoseTwo() {
        List<Fact> facts = ArticleExtraction.facts("h351", LocalDate.of(2020, 8, 11),
                "Tom Ash and Bo Kim were arrested in Chuao in May. Al Reed denied any ties to Ed Marsh, despite the "
                + "existence of a leaked conference call between the two.");
        assertEquals(0, facts.stream().filter(f -> f.type().equals("contact") || f.type().equals("diplomatic")).count(),
                facts.toString());
    }

    @Test
    void aStayThatHasGoneOnEverSinceIsToldAsNow() {
        List<Fact> facts = ArticleExtraction.facts("h352", LocalDate.of(2025, 6, 6),
                "In June 2024, Tom Ash was extradited from Austria to Peru and has been in solitary confinement in a "
                + "Lima prison ever since.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash").stream().filter(f -> "Lima".equals(f.place())).toList();
        assertEquals(1, held.size(), facts.toString());
        assertEquals("2025-06", held.get(0).date(), facts.toString());
        List<Fact> regimes = of(facts, "conditions", "regime", "tom-ash");
        assertEquals(1, regimes.size(), facts.toString());
        assertEquals("2025-06", regimes.get(0).date(), facts.toString());
    }

    @Test
    void aLeadStandsForTheOneLaterIntroducedByNameNotAnotherDetaineeToldBetween() {
        List<Fact> facts = ArticleExtraction.facts("h353", LocalDate.of(2024, 12, 24),
                "A Minsk court on Tuesday sentenced a US man to 15 years in a penal colony. Reporter Bo Kim was convicted "
                + "in July and freed in August. The court sentenced a man named Tom Ash to 15 years.");
        assertEquals(1, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "legal", "sentenced", "bo-kim").size(), facts.toString());
    }

    @Test
    void aMoveIntoAnotherCountrysCustodyIsAnExtraditionAndLeavesTheEarlierStayWhereItWas() {
        List<Fact> facts = ArticleExtraction.facts("h354", LocalDate.of(2023, 12, 14),
                "A pilot jailed in Peru over a fatal crash has been transferred into U.S. custody, his family said Thursday. "
                + "Tom Ash had been serving a three-year prison sentence.");
        List<Fact> moves = of(facts, "custody", "extradited", "tom-ash");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("United States", moves.get(0).place(), facts.toString());
        assertEquals(0, of(facts, "custody", "transferred", "tom-ash").size(), facts.toString());
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Peru", held.get(0).place(), facts.toString());
    }

    @Test
    void aDetaineesOwnHealthToldByARelativeIsTheirs() {
        List<Fact> facts = ArticleExtraction.facts("h355", LocalDate.of(2016, 1, 28),
                "Tom Ash was arrested in Peru in 2014. His mother said on Thursday that his health is poor.");
        assertEquals(1, of(facts, "health", "condition", "tom-ash").size(), facts.toString());
        List<Fact> relative = ArticleExtraction.facts("h356", LocalDate.of(2016, 1, 28),
                "Tom Ash was arrested in Peru in 2014. His ailing mother visited him on Thursday.");
        assertEquals(0, of(relative, "health", "condition", "tom-ash").size(), relative.toString());
    }

    @Test
    void theDaySomeoneToldTheNewsIsOfTheArticlesYearNotTheStoryRetold() {
        List<Fact> facts = ArticleExtraction.facts("h357", LocalDate.of(2017, 6, 25),
                "In 2011, a court in Lima convicted Tom Ash of subversion. Released from jail after 17 months, Ash stayed "
                + "under house arrest for three years. Ash told a news agency on June 14 that he had written a letter to "
                + "the French president.");
        List<Fact> letters = of(facts, "diplomatic", "letter", "tom-ash");
        assertEquals(1, letters.size(), facts.toString());
        assertTrue(letters.get(0).date().startsWith("2017"), facts.toString());
        assertEquals("2011", of(facts, "legal", "convicted", "tom-ash").get(0).date(), facts.toString());
    }

    @Test
    void callsFromSomeoneToFreeADetaineeAskForTheReleaseAndTellNoRelease() {
        List<Fact> facts = ArticleExtraction.facts("h358", LocalDate.of(2020, 12, 1),
                "Tom Ash was arrested in Peru in 2016. Despite repeated calls from UN experts to quash his death sentence "
                + "and release him, the authorities have pressed ahead, the group said last week.");
        assertEquals(1, of(facts, "request", "release", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "custody", "released", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "diplomatic", "call", "tom-ash").size(), facts.toString());
    }

    @Test
    void theSentenceAgainstSomeoneNamedWithoutItsLengthTellsNoSentencing() {
        List<Fact> facts = ArticleExtraction.facts("h359", LocalDate.of(2020, 12, 1),
                "Tom Ash was arrested in Peru in 2016. \"Chile denounces the death penalty and is working to not have the "
                + "sentence against Ash carried out,\" the minister tweeted last week.");
        assertEquals(0, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
        List<Fact> death = ArticleExtraction.facts("h360", LocalDate.of(2020, 12, 1),
                "Tom Ash was arrested in Peru in 2016. A court handed down a death sentence against Ash on Monday.");
        assertEquals(1, of(death, "legal", "sentenced", "tom-ash").size(), death.toString());
    }

    @Test
    void aLeadWithOneOccupationIsNotSomeoneTitledWithAnother() {
        List<Fact> facts = ArticleExtraction.facts("h361", LocalDate.of(2019, 5, 30),
                "A Chilean-American scientist imprisoned in Peru on terror charges for almost three years has been released "
                + "by a court. Journalist Ann Lee reported late on Wednesday that a court on Wednesday ruled for the release "
                + "of Tom Ash, a former research scientist.");
        assertEquals(0, facts.stream().filter(f -> f.person().equals("ann-lee")).count(), facts.toString());
        assertEquals(1, of(facts, "custody", "released", "tom-ash").size(), facts.toString());
        // "for almost three years": how long the stay has lasted, not a sentence
        assertEquals(0, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
    }

    @Test
    void chargesSomeoneRejectsDoNotDenyTheJailing() {
        List<Fact> facts = ArticleExtraction.facts("h362", LocalDate.of(2021, 12, 27),
                "Tom Ash, 36, is being held over alleged spying. A French man jailed in Peru for more than 18 months on espionage charges "
                + "he rejects as fabricated has begun a hunger strike to protest against his continued detention, his lawyer "
                + "and family say.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Peru", held.get(0).place(), facts.toString());
    }

    @Test
    void officialsContactingADetaineeMakeACall() {
        List<Fact> facts = ArticleExtraction.facts("h363", LocalDate.of(2021, 12, 27),
                "Tom Ash was arrested in Peru in May last year. French officials remain in close contact with him, visiting "
                + "him on December 21 and contacting him on Monday, a ministry spokesperson said.");
        List<Fact> calls = of(facts, "diplomatic", "call", "tom-ash");
        assertEquals(1, calls.size(), facts.toString());
        assertEquals("2021-12-27", calls.get(0).date(), facts.toString());
        assertEquals(1, of(facts, "diplomatic", "visit", "tom-ash").size(), facts.toString());
    }

    @Test
    void theAppealALawyerHasFiledInAnArticleAboutOneDetaineeIsTheirsAndRecent() {
        List<Fact> facts = ArticleExtraction.facts("h364", LocalDate.of(2018, 10, 7),
                "Tom Ash was arrested in Lima in May. Attorney Al Reed has already filed an appeal to the Lima District Court.");
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("2018-10", appeals.get(0).date(), facts.toString());
    }

    @Test
    void bailOrBondAJudgeDeniesIsARefusedRequestForRelease() {
        for (String refusal : List.of("denied him bail", "denied his bond")) {
            List<Fact> facts = ArticleExtraction.facts("h365", LocalDate.of(2025, 5, 7),
                    "Tom Ash was arrested in Boston on March 25. A federal judge " + refusal + " last month.");
            List<Fact> requests = of(facts, "request", "release", "tom-ash");
            assertEquals(1, requests.size(), refusal + " " + facts);
            assertEquals("refused", requests.get(0).status(), facts.toString());
        }
    }

    @Test
    void aMoveThroughSeveralPlacesEndsAtTheLast() {
        List<Fact> facts = ArticleExtraction.facts("h366", LocalDate.of(2025, 5, 7),
                "Tom Ash was arrested in Boston on March 25. Within a day, he was transported from Maine to Ohio to Utah, "
                + "then down to an immigration detention center in Tulsa, Oklahoma.");
        List<Fact> moves = of(facts, "custody", "transferred", "tom-ash");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("Tulsa, Oklahoma", moves.get(0).place(), facts.toString());
    }

    @Test
    void theyAfterPeopleInGeneralInItsOwnSentenceAreNoneOfThoseNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("h367", LocalDate.of(2018, 12, 28),
                "LIMA - Peru and Chile on Thursday signed a prisoner transfer agreement that allows inmates of both countries "
                + "to serve their sentences in their home countries. Ambassador Tom Hale and Secretary Ann Ross signed the "
                + "agreement here in Lima. State Minister for Interior Al Reed and Special Assistant Bo Kim were also present "
                + "at the signing ceremony. \u201cThe agreement will give prisoners the opportunity to serve their sentence "
                + "closer to home and allows them to prepare for their return when they are eventually released from "
                + "prison,\u201d said a statement issued by the embassy.");
        assertEquals(List.of(), facts);
    }

    @Test
    void remainingUnderHouseArrestIsARegimeAndAPastOneIsNotThisMonths() {
        List<Fact> facts = ArticleExtraction.facts("h368", LocalDate.of(2017, 6, 25),
                "In 2011, a court in Lima convicted Tom Ash of subversion. Released from jail after 17 months, Ash remained "
                + "under house arrest for three more years.");
        List<Fact> regimes = of(facts, "conditions", "regime", "tom-ash");
        assertEquals(1, regimes.size(), facts.toString());
        assertNull(regimes.get(0).date(), facts.toString());
        List<Fact> solitary = ArticleExtraction.facts("h369", LocalDate.of(2017, 6, 25),
                "Tom Ash was arrested in Lima in 2011. He spent two months in solitary confinement.");
        assertNull(of(solitary, "conditions", "regime", "tom-ash").get(0).date(), solitary.toString());
    }

    @Test
    void aReleaseCreditedToSomeonesEffortsOrRequestIsAReleaseRequestGranted() {
        for (String credit : List.of("His release was the result of intensive efforts by British diplomats",
                "The release was based on a strong request from the British government")) {
            List<Fact> facts = ArticleExtraction.facts("h370", LocalDate.of(2026, 11, 20),
                    "Tom Ash, a British teacher held in Peru, was freed on Monday. " + credit + ", the ministry said.");
            List<Fact> requests = of(facts, "request", "release", "tom-ash");
            assertEquals(1, requests.size(), credit + " " + facts);
            assertEquals("granted", requests.get(0).status(), facts.toString());
        }
    }

    @Test
    void peopleGivenAsExamplesOfAGroupShareWhatHappensToIt() {
        List<Fact> facts = ArticleExtraction.facts("h371", LocalDate.of(2024, 3, 10),
                "Tom Ash is held in Peru. He may be swapped with Russia, where U.S. citizens, such as teacher Ann Lee "
                + "and former soldier Bo Kim, have been arrested on espionage charges.");
        assertEquals(1, of(facts, "custody", "arrested", "ann-lee").size(), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "bo-kim").size(), facts.toString());
    }

    @Test
    void anAppealAgainstADetaineesSentenceIsTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h372", LocalDate.of(2025, 3, 10),
                "Tom Ash was arrested in Lima in 2021. An appeal against the extension of the prisoner's sentence was "
                + "rejected by the Supreme Court last week.");
        assertEquals(1, of(facts, "legal", "appeal", "tom-ash").size(), facts.toString());
    }

    @Test
    void denyingAClaimRefusesNoRequestAndSomeonesStudiesPutNothingUnderReview() {
        List<Fact> facts = ArticleExtraction.facts("h373", LocalDate.of(2024, 3, 10),
                "Tom Ash, a Russian, is held in Peru. Russia has denied that Ash is a spy, while seeking to extradite "
                + "him back home from Peru. The United States has pushed to have him extradited, noting that he "
                + "studied in Boston.");
        List<Fact> requests = of(facts, "request", "repatriation", "tom-ash");
        assertFalse(requests.isEmpty(), facts.toString());
        requests.forEach(r -> assertEquals("open", r.status(), facts.toString()));
        assertEquals(List.of(), of(facts, "custody", "extradited", "tom-ash"), facts.toString());
    }

    @Test
    void aStayToldAfterAMoveAcrossABorderIsInTheCountryMovedTo() {
        List<Fact> facts = ArticleExtraction.facts("h375", LocalDate.of(2021, 7, 29),
                "Tom Ash was handed over to Peru in June after years on the run abroad. He is being held pending a treason trial.");
        List<Fact> stays = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, stays.size(), facts.toString());
        assertEquals("Peru", stays.get(0).place(), facts.toString());
    }

    @Test
    void anIllnessThatDescribesSomeonesWorkIsNoCondition() {
        List<Fact> facts = ArticleExtraction.facts("h376", LocalDate.of(2024, 3, 10),
                "Ann Lee, a mental health nurse from Leeds, was arrested in Lima on Monday. She has cancer.");
        List<Fact> conditions = of(facts, "health", "condition", "ann-lee");
        assertEquals(1, conditions.size(), facts.toString());
        assertEquals("cancer", conditions.get(0).detail(), facts.toString());
    }

    @Test
    void welcomingAReleaseOrDenyingTheChargesIsAStatement() {
        List<Fact> welcomed = ArticleExtraction.facts("h377", LocalDate.of(2024, 3, 10),
                "Tom Ash was released in Lima on Monday. Foreign Minister Ann Lee welcomed his release.");
        assertEquals(1, of(welcomed, "diplomatic", "statement", "tom-ash").size(), welcomed.toString());
        List<Fact> denied = ArticleExtraction.facts("h378", LocalDate.of(2024, 3, 10),
                "Tom Ash is held in Lima. He denies the murder charge.");
        assertEquals(1, of(denied, "diplomatic", "statement", "tom-ash").size(), denied.toString());
        assertEquals(1, of(denied, "legal", "charged", "tom-ash").size(), denied.toString());
    }

    @Test
    void askingToReverseASentenceOrForSomeoneToInterveneIsARequest() {
        for (String ask : List.of("Germany demanded that Peru reverse the death sentence immediately.",
                "His father urged the prime minister to intervene urgently.")) {
            List<Fact> facts = ArticleExtraction.facts("h379", LocalDate.of(2024, 3, 10),
                    "Tom Ash was sentenced to death in Peru. " + ask);
            List<Fact> requests = of(facts, "request", "other", "tom-ash");
            assertEquals(1, requests.size(), ask + " " + facts);
            assertEquals(List.of(), of(facts, "legal", "appeal", "tom-ash"), facts.toString());
        }
    }

    @Test
    void beingInChargeOfSomethingIsNoCharge() {
        List<Fact> facts = ArticleExtraction.facts("h380", LocalDate.of(2024, 3, 10),
                "Tom Ash was arrested in Lima in May. Ann Lee said Ash was his deputy in charge of education.");
        assertEquals(List.of(), of(facts, "legal", "charged", "tom-ash"), facts.toString());
    }

    @Test
    void aSentenceCutOnAppealIsTheDetaineesAppealNotANewSentence() {
        for (String cut : List.of("His sentence was halved to seven years on appeal, his lawyer said.",
                "An appeals court later reduced the sentence to five years.")) {
            List<Fact> facts = ArticleExtraction.facts("h381", LocalDate.of(2024, 8, 10),
                    "Tom Ash was jailed for 14 years in Peru in 2020. " + cut);
            assertEquals(1, of(facts, "legal", "appeal", "tom-ash").size(), cut + " " + facts);
            assertEquals(1, of(facts, "legal", "sentenced", "tom-ash").size(), cut + " " + facts);
        }
    }

    @Test
    void aVerbJoinedBeforeAnotherActsOnItsObjectToo() {
        List<Fact> facts = ArticleExtraction.facts("h382", LocalDate.of(2021, 7, 29),
                "Tom Ash is held in Peru. His lawyer has accused authorities in Chile of detaining and mistreating him "
                + "before handing him over to Peru.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Chile", arrests.get(0).place(), facts.toString());
    }

    @Test
    void aParticipleOnTheSubjectOfAReportedVerbTellsOfTheSubject() {
        List<Fact> facts = ArticleExtraction.facts("h383", LocalDate.of(2024, 5, 10),
                "A Peruvian teacher jailed in Lima for ten years on fraud charges should be sent back home, said a "
                + "lawmaker who called the verdict a disgrace. Tom Ash, who runs a school, was convicted in March.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P10Y", sentences.get(0).term(), facts.toString());
        assertEquals(1, of(facts, "request", "repatriation", "tom-ash").size(), facts.toString());
    }

    @Test
    void aConvictionToldAsWhenAPleaWasMadeHappened() {
        List<Fact> facts = ArticleExtraction.facts("h384", LocalDate.of(2024, 5, 10),
                "Prosecutors had urged a life sentence for Tom Ash, 56, after he was convicted at trial in February 2023 "
                + "for fraud.");
        List<Fact> convictions = of(facts, "legal", "convicted", "tom-ash");
        assertEquals(1, convictions.size(), facts.toString());
        assertEquals("2023-02", convictions.get(0).date(), facts.toString());
    }

    @Test
    void peopleArrestedAfterAnOfPhraseAreThoseArrested() {
        List<Fact> facts = ArticleExtraction.facts("h385", LocalDate.of(2024, 3, 6),
                "A court in Lima on Monday rejected a request for the release of two Peruvian teachers arrested last week "
                + "for illegally entering the country. Tom Ash and Bo Lin were remanded in custody on March 2.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), facts.toString());
            // the week before Wednesday 6 March runs from February into March: only its year is certain
            assertEquals("2024", arrests.get(0).date(), facts.toString());
        }
        List<Fact> later = ArticleExtraction.facts("h386", LocalDate.of(2024, 3, 20),
                "Tom Ash was arrested in Lima last week.");
        assertEquals("2024-03", of(later, "custody", "arrested", "tom-ash").get(0).date(), later.toString());
    }

    @Test
    void broughtToTrialIsACourtStepNotAMove() {
        List<Fact> facts = ArticleExtraction.facts("h387", LocalDate.of(2024, 9, 20),
                "Tom Ash is serving a ten-year sentence in Peru. In December 2022, the prisoner was brought to trial in "
                + "the Cusco district for insulting a guard.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertEquals(1, charges.size(), facts.toString());
        assertEquals("2022-12", charges.get(0).date(), facts.toString());
        assertEquals(List.of(), of(facts, "custody", "transferred", "tom-ash"), facts.toString());
    }

    @Test
    void aDateOwnedByAnotherNounIsNoDateOfTheRequest() {
        List<Fact> facts = ArticleExtraction.facts("h388", LocalDate.of(2024, 9, 20),
                "Tom Ash is serving a ten-year sentence in Peru. He has asked Ann Lee and Bo Smith, candidates for "
                + "November's election, to help him return to Canada as soon as possible.");
        List<Fact> requests = of(facts, "request", "repatriation", "tom-ash");
        assertEquals(1, requests.size(), facts.toString());
        // told without a date of its own: the month of the article, not last November
        assertEquals("2024-09", requests.get(0).date(), facts.toString());
    }

    @Test
    void tortureADetaineeIsSaidToHaveDoneIsNoRegimeOfTheirs() {
        List<Fact> facts = ArticleExtraction.facts("h389", LocalDate.of(2024, 3, 6),
                "Tom Ash was released in Lima on Monday. The court said more than ten years had passed since he "
                + "allegedly tortured prisoners at a camp.");
        assertEquals(List.of(), of(facts, "conditions", "regime", "tom-ash"), facts.toString());
        List<Fact> tortured = ArticleExtraction.facts("h390", LocalDate.of(2024, 3, 6),
                "Tom Ash was arrested in Lima on Monday. He was tortured in custody, his wife said.");
        assertEquals(1, of(tortured, "conditions", "regime", "tom-ash").size(), tortured.toString());
    }

    @Test
    void aWeekdayAfterOnIsNoPartOfTheNameAfterIt() {
        List<Fact> facts = ArticleExtraction.facts("h391", LocalDate.of(2024, 8, 29),
                "Tom Ash was arrested by police in Lima on Saturday. Activists condemned on Sunday Ash's arrest.");
        assertEquals(List.of(), facts.stream().filter(f -> f.person().contains("sunday")).toList(), facts.toString());
    }

    @Test
    void reportingToThePoliceIsARegimeAndANoteAskingForAccessIsANote() {
        List<Fact> facts = ArticleExtraction.facts("h392", LocalDate.of(2024, 8, 29),
                "Tom Ash was released on bail in Lima on Wednesday, but he is required to report to the police twice a week, "
                + "prosecutor Ann Lee said. Canada's embassy in Lima has referred a note to the Peruvian foreign ministry "
                + "demanding consular access to Ash, the agency said.");
        assertEquals(1, of(facts, "conditions", "regime", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "diplomatic", "note", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "request", "access", "tom-ash").size(), facts.toString());
    }

    @Test
    void earlierInTheDayIsTheLastDayNamedNotTheLastMonth() {
        List<Fact> facts = ArticleExtraction.facts("h393", LocalDate.of(2024, 2, 26),
                "Tom Ash, an 84-year-old Peruvian, was released by the rebels on Sunday (Feb 25). He was arrested in Chile "
                + "last May. In a statement, the Peruvian government said that Ash arrived in Lima earlier in the day.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "tom-ash");
        assertEquals(1, statements.size(), facts.toString());
        assertEquals("2024-02-25", statements.get(0).date(), facts.toString());
    }

    @Test
    void aLawyerServingASentenceWhoAsksForAPardonIsADetainee() {
        List<Fact> facts = ArticleExtraction.facts("h394", LocalDate.of(2024, 9, 20),
                "Tom Ash, a Canadian lawyer serving a sentence for fraud, has asked the Peruvian president for a pardon. "
                + "The Lima Regional Court sentenced him to 11 years on September 5, 2022.");
        assertEquals(1, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "request", "release", "tom-ash").size(), facts.toString());
    }

    @Test
    void languishingInCustodyIsAStayAsOfTheArticle() {
        List<Fact> facts = ArticleExtraction.facts("h395", LocalDate.of(2014, 11, 18),
                "Tom Ash was convicted of murder in Peru in 2009. Despite lengthy efforts by Canadian officials, Ash has "
                + "continued to languish in custody. His envoy was pulled off the case, his lawyer said.");
        List<Fact> stays = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, stays.size(), facts.toString());
        assertEquals("2014-11", stays.get(0).date(), facts.toString());
        assertEquals(List.of(), of(facts, "custody", "arrested", "tom-ash"), facts.toString());
    }

    @Test
    void anArrestToldInTheLeadWithoutADateIsTheOneDatedLater() {
        List<Fact> facts = ArticleExtraction.facts("h396", LocalDate.of(2019, 2, 6),
                "Tom Ash, a British man who has been arrested in Peru for supporting a football team, is well. He had been "
                + "arrested last month, his friend said. Ann Lee said Ash was arrested on January 22 in Lima.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2019-01-22", arrests.get(0).date(), facts.toString());
    }

    @Test
    void demandingTheVerdictBeMadePublicIsARequestAndKeepingInContactIsAPlannedCall() {
        List<Fact> facts = ArticleExtraction.facts("h397", LocalDate.of(2024, 9, 5),
                "A court in Lima sentenced Tom Ash to nine years on Monday. \"His family rejects this ruling. The government "
                + "expresses its strong condemnation and demands that the verdict and the evidence on which it was based be "
                + "made public,\" spokesperson Ann Lee said at a press conference. \"The government will remain in close "
                + "contact with his family,\" Lee said.");
        assertEquals(1, of(facts, "request", "other", "tom-ash").size(), facts.toString());
        List<Fact> calls = of(facts, "diplomatic", "call", "tom-ash");
        assertEquals(1, calls.size(), facts.toString());
        assertEquals("planned", calls.get(0).status(), facts.toString());
    }

    @Test
    void beingTakenAwayByPoliceIsAnArrest() {
        List<Fact> facts = ArticleExtraction.facts("h398", LocalDate.of(2017, 11, 23),
                "Police in Peru on Thursday arrested a Canadian journalist. Tom Ash was taken away during a police raid on "
                + "a camp in Lima, rights groups said. His friend said his phone had been taken away from him.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Lima", arrests.get(0).place(), facts.toString());
    }

    @Test
    void givingOneselfUpIsAnArrestNotAHandOverBetweenStates() {
        List<Fact> turned = ArticleExtraction.facts("h399", LocalDate.of(2007, 6, 14),
                "Tom Ash turned himself in to police in Lima on Monday.");
        assertEquals(1, of(turned, "custody", "arrested", "tom-ash").size(), turned.toString());
        List<Fact> handed = ArticleExtraction.facts("h400", LocalDate.of(2007, 6, 14),
                "Tom Ash has handed himself over to police in Lima, the newspaper said on Thursday.");
        assertEquals(1, of(handed, "custody", "arrested", "tom-ash").size(), handed.toString());
        assertEquals(List.of(), of(handed, "custody", "extradited", "tom-ash"), handed.toString());
    }

    @Test
    void aPlaceInTheReasonForAReleaseIsNoPlaceOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h401", LocalDate.of(2007, 6, 14),
                "Tom Ash was arrested in Lima in April. He was eventually released, on a High Court order, because the 40 "
                + "days that the state had to receive official extradition papers from Chile had expired.");
        List<Fact> releases = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, releases.size(), facts.toString());
        assertNotEquals("Chile", releases.get(0).place(), facts.toString());
    }

    @Test
    void theAppealOfTheOneToldOfByAgeIsTheirs() {
        List<Fact> facts = ArticleExtraction.facts("h402", LocalDate.of(2019, 11, 20),
                "Ann Lee, the Peruvian grandmother sentenced to death last year for trafficking, will know next week if she "
                + "escapes the gallows. According to the Lima Herald, the 56-year-old’s final appeal will be heard by "
                + "the Federal Court next Tuesday.");
        assertEquals(1, of(facts, "legal", "appeal", "ann-lee").size(), facts.toString());
    }

    @Test
    void aMonthAfterTheEndOfLastYearIsInTheYearAfter() {
        List<Fact> facts = ArticleExtraction.facts("h403", LocalDate.of(2023, 10, 23),
                "Tom Ash fled Peru for Chile at the end of last year. In February, he was charged with fraud in Lima. "
                + "Chilean police arrested Ash this month.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertEquals(1, charges.size(), facts.toString());
        assertEquals("2023-02", charges.get(0).date(), facts.toString());
    }

    @Test
    void anIllnessWordDescribingAGroupIsNoConditionAndAnAppealForInterventionIsARequest() {
        List<Fact> facts = ArticleExtraction.facts("h404", LocalDate.of(2025, 1, 15),
                "Tom Ash was arrested in Lima on November 15. He had been providing assistance to disabled people. His "
                + "family appealed to the prime minister for intervention. He needs medication for asthma.");
        List<Fact> conditions = of(facts, "health", "condition", "tom-ash");
        assertEquals(1, conditions.size(), facts.toString());
        assertEquals("asthma", conditions.get(0).detail(), facts.toString());
        assertEquals(1, of(facts, "request", "other", "tom-ash").size(), facts.toString());
    }

    @Test
    void whatAClauseAboutThePersonAsksForLeavesTheArrestAndAJourneysEndsAreNoPlaceOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h405", LocalDate.of(2025, 1, 15),
                "Tom Ash, 45, who was working to help disabled people, was arrested without charges at a checkpoint on "
                + "November 15 whilst travelling from Lima to Cusco.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2024-11-15", arrests.get(0).date(), facts.toString());
        assertNotEquals("Cusco", arrests.get(0).place(), facts.toString());
        assertNotEquals("Lima", arrests.get(0).place(), facts.toString());
    }

    @Test
    void anArrestThatHappenedInsteadOfAPlannedSurrenderHappened() {
        List<Fact> facts = ArticleExtraction.facts("h406", LocalDate.of(2007, 6, 14),
                "Tom Ash was released in Lima in June. Ash was due to surrender at the police station on Wednesday but was "
                + "instead taken into custody by Interpol at the offices of his lawyer later the same day.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2007-06-13", arrests.get(0).date(), facts.toString());
    }

    @Test
    void whatIsFearedOrOneStepAwayHasNotHappened() {
        List<Fact> facts = ArticleExtraction.facts("h407", LocalDate.of(2022, 7, 21),
                "Tom Ash was arrested in Lima in July 2021. \"Fears of extradition and torture are always there,\" said "
                + "his lawyer. The prime minister's decree is the only step separating Ash from being sent to China.");
        assertEquals(List.of(), of(facts, "conditions", "regime", "tom-ash"), facts.toString());
        assertEquals(List.of(), of(facts, "custody", "extradited", "tom-ash"), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
    }

    @Test
    void oneWantedOnAChargeIsStillArrestedAndDeportedToTheirHomeCountry() {
        List<Fact> facts = ArticleExtraction.facts("h408", LocalDate.of(2022, 1, 4),
                "Tom Ash, the Colombian who is wanted in Peru for fraud, was deported to his home country on Monday. "
                + "Ann Lee, a Norwegian teacher, is wanted in her homeland on fraud charges and was arrested in Lima in May.");
        List<Fact> deported = of(facts, "custody", "extradited", "tom-ash");
        assertEquals(1, deported.size(), facts.toString());
        assertEquals("Colombia", deported.get(0).place(), facts.toString());
        assertEquals("Peru", of(facts, "legal", "charged", "tom-ash").get(0).place(), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "ann-lee").size(), facts.toString());
    }

    @Test
    void aSonNamedByHisGivenNameAloneTakesTheSurnameAndIsTriedBesideHisFather() {
        List<Fact> facts = ArticleExtraction.facts("h409", LocalDate.of(2021, 7, 19),
                "A father and son have been sentenced for their role in a banker's flight from Peru in 2019. The Lima "
                + "court sentenced army veteran Tom Ash to two years in prison. His son Sam was handed a term of one year "
                + "and eight months. Tom Ash and his son Sam posed as musicians.");
        List<Fact> sam = of(facts, "legal", "sentenced", "sam-ash");
        assertEquals(1, sam.size(), facts.toString());
        assertEquals("P1Y8M", sam.get(0).term(), facts.toString());
        List<Fact> tom = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, tom.size(), facts.toString());
        assertEquals("2021", tom.get(0).date(), facts.toString()); // the news, not the year of the flight
    }

    @Test
    void aNameTheTaggerMissedIsAPersonWhenDescribedAsOneAndTalksElsewhereAreNoPlaceOfARelease() {
        List<Fact> facts = ArticleExtraction.facts("h410", LocalDate.of(2017, 9, 17),
                "Wolf Bureau, a 27 year-old freelance journalist, was arrested in southern Peru on July 26. He was "
                + "freed Friday, the day after the foreign minister met the Peruvian president in Cusco.");
        assertEquals(1, of(facts, "custody", "arrested", "wolf-bureau").size(), facts.toString());
        List<Fact> released = of(facts, "custody", "released", "wolf-bureau");
        assertEquals(1, released.size(), facts.toString());
        assertNotEquals("Cusco", released.get(0).place(), facts.toString());
    }

    @Test
    void aLeadDescribedByWhatHappenedToThemIsTheOneNamedAfterAndTheirStayBeganThatLongBefore() {
        List<Fact> facts = ArticleExtraction.facts("h411", LocalDate.of(2014, 11, 1),
                "An American who is back home after being detained for nearly six months in Peru said Friday that he was "
                + "relieved. Tom Ash said he traveled to the country as a tourist. He was detained a few days after he "
                + "arrived while going through customs before departure.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("2014-05", held.get(0).date(), facts.toString());
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Peru", arrests.get(0).place(), facts.toString());
    }

    @Test
    void inquiriesSentAskingAboutTheDetainedAreANoteForEachOfThem() {
        List<Fact> facts = ArticleExtraction.facts("h412", LocalDate.of(2020, 8, 13),
                "Tom Ash and Ann Lee were detained in Lima yesterday. The embassy has sent two inquiries to the Peruvian "
                + "foreign ministry requesting information about all citizens detained by the police as well as the "
                + "reasons for the detention of Tom Ash and Ann Lee.");
        assertEquals(1, of(facts, "diplomatic", "note", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "diplomatic", "note", "ann-lee").size(), facts.toString());
    }

    @Test
    void deniedChargesAndOthersHeldIncommunicadoAreNoContactDeniedButRelativesDeniedVisitsAre() {
        List<Fact> facts = ArticleExtraction.facts("h413", LocalDate.of(2025, 7, 19),
                "Tom Ash was arrested in Peru in May. His family denied all allegations, saying he traveled to Peru to "
                + "visit his partner. The Chilean men, many of whom had asylum cases, were returned to Chile after being "
                + "held incommunicado in Lima.");
        assertEquals(List.of(), of(facts, "contact", "denied", "tom-ash"), facts.toString());
        List<Fact> denied = ArticleExtraction.facts("h414", LocalDate.of(2025, 7, 19),
                "Tom Ash was arrested in Peru in May. His relatives were denied visits.");
        assertEquals(1, of(denied, "contact", "denied", "tom-ash").size(), denied.toString());
    }

    @Test
    void anAppealHeContinuesWithGoesOnNowAndBackProblemsAreACondition() {
        List<Fact> facts = ArticleExtraction.facts("h415", LocalDate.of(2003, 5, 31),
                "Tom Ash was sentenced to life in prison in Lima in 1997. The British expert has been suffering acute "
                + "back problems. \"Our concern has always been for his welfare, as he continues with the process of his "
                + "appeal,\" a spokesman said.");
        List<Fact> appeals = of(facts, "legal", "appeal", "tom-ash");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("2003-05", appeals.get(0).date(), facts.toString());
        assertEquals(1, of(facts, "health", "condition", "tom-ash").size(), facts.toString());
    }

    @Test
    void aGroupOfAnotherNationalityIsNotTheOneNamedWithHisOwn() {
        List<Fact> facts = ArticleExtraction.facts("h416", LocalDate.of(2004, 11, 26),
                "South African Tom Ash was sentenced on Friday by a court in Peru to 34 years in jail and exiled "
                + "opposition leader Sam Lee to 64 years. The prosecutor last week recommended that Ash and Lee be "
                + "sentenced to death. Ash, who has been held in prison since his arrest in February, was in court to "
                + "hear the verdict. The Armenians were jailed for 24 years.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P34Y", sentences.get(0).term(), facts.toString());
    }

    @Test
    void requestsNotGrantedAreRefusedAndAMoveSomeoneCondemnedIsNoTransfer() {
        List<Fact> facts = ArticleExtraction.facts("h417", LocalDate.of(2009, 12, 29),
                "Prime Minister Ann Lee said Peru executed British national Tom Ash on Tuesday, a move she condemned. "
                + "\"I condemn the execution of Tom Ash and am appalled that our persistent requests for clemency have "
                + "not been granted,\" Lee said. Ash was arrested in Lima in 2007.");
        List<Fact> requests = of(facts, "request", "other", "tom-ash");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("refused", requests.get(0).status(), facts.toString());
        assertEquals(List.of(), of(facts, "custody", "transferred", "tom-ash"), facts.toString());
    }

    @Test
    void heldForSomeDaysAtAPlaceIsAStayThere() {
        List<Fact> facts = ArticleExtraction.facts("h418", LocalDate.of(2016, 8, 19),
                "Tom Ash was arrested on 28 July and held for 22 days at Callao police station before being charged on "
                + "Friday.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Callao", held.get(0).place(), facts.toString());
    }

    @Test
    void theNationalityOfTheOneConvictedIsNoPlaceOfTheCourt() {
        List<Fact> facts = ArticleExtraction.facts("h419", LocalDate.of(2019, 4, 16),
                "LIMA: A Lima court on Tuesday (Apr 16) convicted a retired Norwegian border guard who was charged with "
                + "spying on Peruvian submarines and sentenced him to 14 years in prison. Tom Ash, 63, was detained in "
                + "Lima in 2017.");
        for (String kind : List.of("convicted", "sentenced")) {
            List<Fact> verdicts = of(facts, "legal", kind, "tom-ash");
            assertEquals(1, verdicts.size(), facts.toString());
            assertEquals("Lima", verdicts.get(0).place(), facts.toString());
        }
        assertNotEquals("Norway", of(facts, "legal", "charged", "tom-ash").get(0).place(), facts.toString());
    }

    @Test
    void aVerdictTheStoryOpensWithWasGivenInTheTownItIsFiledFromWhenThePersonIsHeldThere() {
        String verdict = "American student Ann Lee was found guilty of fraud and sentenced to six years in prison early "
                + "Saturday after a year-long trial. She was arrested in Lima in 2008.";
        List<Fact> filedThere = ArticleExtraction.facts("h420", LocalDate.of(2009, 12, 5), "CUSCO", verdict);
        assertEquals("Cusco", of(filedThere, "legal", "sentenced", "ann-lee").get(0).place(), filedThere.toString());
        List<Fact> filedAbroad = ArticleExtraction.facts("h421", LocalDate.of(2009, 12, 5), "WASHINGTON", verdict);
        assertNotEquals("Washington", of(filedAbroad, "legal", "sentenced", "ann-lee").get(0).place(), filedAbroad.toString());
    }

    @Test
    void aCallForSomeonesReturnHomeIsGrantedWhenTheArticleReportsThemFreed() {
        List<Fact> facts = ArticleExtraction.facts("h422", LocalDate.of(2019, 11, 16),
                "Ann Lee, who was arrested in Lima in May, was released Friday and is back home, the government said. "
                + "\"Since Ann Lee was detained, the government has been calling for her early return to Chile at every "
                + "level,\" the prime minister said.");
        List<Fact> requests = of(facts, "request", "repatriation", "ann-lee");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("granted", requests.get(0).status(), facts.toString());
    }

    @Test
    void aPartyToTheCaseNamedBesideItIsNoOneHeld() {
        List<Fact> facts = ArticleExtraction.facts("h423", LocalDate.of(2021, 6, 15),
                "The junta released Tom Ash, a US national, on Monday after more than three months in prison. Ash was "
                + "detained on March 9 along with cofounder Sam Lee. Police Maj Myo Oo, the plaintiff in the case, "
                + "withdrew the charge against Tom Ash and the court ordered his release since he had not yet been indicted.");
        assertTrue(facts.stream().allMatch(f -> f.person().equals("tom-ash") || f.person().equals("sam-lee")), facts.toString());
    }

    @Test
    void whoWithdrawsTheChargeAgainstSomeoneIsNotTheOneFreed() {
        List<Fact> facts = ArticleExtraction.facts("h424", LocalDate.of(2021, 6, 15),
                "The junta released Tom Ash, a US national, on Monday after more than three months in prison. Ash was "
                + "detained on March 9 along with cofounder Sam Lee. Police Maj Myo Oo, a veteran officer, withdrew the "
                + "charge against Tom Ash in the case and the court ordered his release since he had not yet been indicted.");
        assertTrue(facts.stream().allMatch(f -> f.person().equals("tom-ash") || f.person().equals("sam-lee")), facts.toString());
    }

    @Test
    void aConsulVisitingTheJailWhereAGroupIsHeldVisitsEachOfThemNamedLater() {
        List<Fact> facts = ArticleExtraction.facts("h425", LocalDate.of(2024, 5, 12),
                "Ann Lee, the British ambassador to Peru, and two consuls visited a jail in Lima on Thursday, meeting three "
                + "British residents imprisoned there. The three British residents face different accusations: Tom Ash "
                + "is charged with theft; Bo Lin is suspected of fraud; and Jo May is charged with smuggling.");
        for (String person : List.of("tom-ash", "bo-lin", "jo-may")) {
            List<Fact> visits = of(facts, "diplomatic", "visit", person);
            assertEquals(1, visits.size(), person + ": " + facts);
            assertEquals("2024-05-09", visits.get(0).date(), facts.toString());
            assertEquals(1, of(facts, "legal", "charged", person).size(), person + ": " + facts);
        }
    }

    @Test
    void conditionsCalledAppallingAndAPledgeToRaiseTheMatterAreToldForTheDetainees() {
        List<Fact> facts = ArticleExtraction.facts("h426", LocalDate.of(2024, 5, 12),
                "Tom Ash and Bo Lin are held in a jail in Lima. The consul said their conditions were appalling and "
                + "pledged to raise the matter with the foreign ministry.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "conditions", "regime", person).size(), person + ": " + facts);
            List<Fact> raised = of(facts, "diplomatic", "consultation", person);
            assertEquals(1, raised.size(), person + ": " + facts);
            assertEquals("planned", raised.get(0).status(), facts.toString());
        }
    }

    @Test
    void aDetaineeTalkingWithFamilyFromPrisonHasContactButAnOfficialTalkingWithTheirFatherGivesThemNone() {
        List<Fact> fromPrison = ArticleExtraction.facts("h427", LocalDate.of(2024, 5, 10),
                "Tom Ash is held in a prison in Lima. He last spoke with his family on the phone two weeks ago from the prison.");
        List<Fact> contact = of(fromPrison, "contact", "allowed", "tom-ash");
        assertEquals(1, contact.size(), fromPrison.toString());
        assertEquals("2024-04", contact.get(0).date(), fromPrison.toString());
        List<Fact> official = ArticleExtraction.facts("h428", LocalDate.of(2024, 5, 10),
                "Tom Ash is held in a prison in Lima. The consul said he spoke with Ash's father two days ago.");
        assertTrue(of(official, "contact", "allowed", "tom-ash").isEmpty(), official.toString());
    }

    @Test
    void anAsylumClaimRejectedIsARefusedRequestNotToBeSentBackAndTheStayItLedToIsStillAStay() {
        List<Fact> facts = ArticleExtraction.facts("h429", LocalDate.of(2024, 5, 10),
                "Tom Ash has been held in a detention centre in Lima since his claim for asylum in Peru was rejected in 2019.");
        List<Fact> asylum = of(facts, "request", "not_transfer", "tom-ash");
        assertEquals(1, asylum.size(), facts.toString());
        assertEquals("refused", asylum.get(0).status(), facts.toString());
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Lima", held.get(0).place(), facts.toString());
    }

    @Test
    void aCourtEndingSomeonesDetentionReleasesThem() {
        List<Fact> facts = ArticleExtraction.facts("h430", LocalDate.of(2024, 11, 2),
                "Tom Ash, who was held in Lima awaiting extradition, has left Peru. The High Court in Lima terminated his "
                + "detention on October 31 after the legal term of one year expired.");
        List<Fact> released = of(facts, "custody", "released", "tom-ash");
        assertEquals(1, released.size(), facts.toString());
        assertEquals("2024-10-31", released.get(0).date(), facts.toString());
    }

    @Test
    void aDateInsideWhatIsSaidDatesThatAndNotTheSaying() {
        List<Fact> facts = ArticleExtraction.facts("h431", LocalDate.of(2022, 12, 16),
                "Tom Ash is held in Lima. On December 14, the prison service released a video it said was taken on "
                + "August 9, showing Ash in a clinic.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "tom-ash");
        assertEquals(1, statements.size(), facts.toString());
        assertEquals("2022-12-14", statements.get(0).date(), facts.toString());
    }

    @Test
    void aLeadDescribedWithTheChargesAndToldAfterThePlaceOfArrestIsThePersonNamedNext() {
        for (String lead : List.of("Police in Lima have arrested a former Chilean spymaster on US drug charges.",
                "Police in Lima have arrested in a hideout apartment a former Chilean spymaster on US drug charges.")) {
            List<Fact> facts = ArticleExtraction.facts("h432", LocalDate.of(2021, 9, 10),
                    lead + " General Tom Ash was arrested Thursday night at a small apartment.");
            List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
            assertEquals(1, arrests.size(), facts.toString());
            assertEquals("Lima", arrests.get(0).place(), lead + " " + facts);
        }
    }

    @Test
    void someoneDetainedAlongWithTheSubjectAfterTheAgentIsDetainedToo() {
        List<Fact> facts = ArticleExtraction.facts("h433", LocalDate.of(2021, 6, 15),
                "Tom Ash was detained on March 9 by the regime's armed forces along with Lima Media cofounder Bo Lin after "
                + "their Lima office was raided.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), person + ": " + facts);
            assertEquals("2021-03-09", arrests.get(0).date(), facts.toString());
        }
    }

    @Test
    void thisIndividualTriedAndSentencedIsTheDetaineeAndNoOneTriesToDoAnything() {
        List<Fact> facts = ArticleExtraction.facts("h434", LocalDate.of(2024, 10, 17),
                "Tom Ash is held in Lima pending his extradition to Chile, a spokeswoman said on Thursday. "
                + "\"This individual was tried in court and sentenced to ten years in prison by a court in Santiago for fraud.\"");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P10Y", sentences.get(0).term(), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("request")), facts.toString());
    }

    @Test
    void anAppealTheDefenceLodgedIsTheDetaineesButOneCalledAWasteOfTimeIsNone() {
        List<Fact> lodged = ArticleExtraction.facts("h435", LocalDate.of(2021, 10, 17),
                "Tom Ash was arrested in Lima on June 12, 2020. The defence claimed the warrant was issued after the "
                + "arrest, which is why it filed an appeal against the arrest.");
        assertEquals(1, of(lodged, "legal", "appeal", "tom-ash").size(), lodged.toString());
        List<Fact> none = ArticleExtraction.facts("h436", LocalDate.of(2021, 10, 17),
                "Tom Ash was sentenced in Lima to ten years in prison. \"An appeal is a waste of time,\" a friend said.");
        assertTrue(of(none, "legal", "appeal", "tom-ash").isEmpty(), none.toString());
    }

    @Test
    void aCourtConsideringTheExtraditionConstitutionalIsNoExtradition() {
        List<Fact> facts = ArticleExtraction.facts("h437", LocalDate.of(2021, 10, 17),
                "Tom Ash has been held in Lima since June 2020. The Constitutional Court, which considered the extradition "
                + "of the Chilean on September 7 constitutional, sent its final order on Thursday.");
        assertTrue(of(facts, "custody", "extradited", "tom-ash").isEmpty(), facts.toString());
    }

    @Test
    void whatSomeoneIsArrestedForIsTheChargeButWhatASentenceIsServedForIsNot() {
        List<Fact> arrested = ArticleExtraction.facts("h438", LocalDate.of(2024, 6, 10),
                "A court in Lima refused to release Tom Ash and Bo Lin, two Chilean soldiers arrested last week for "
                + "illegally entering the country.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(arrested, "legal", "charged", person).size(), person + ": " + arrested);
        }
        List<Fact> serving = ArticleExtraction.facts("h439", LocalDate.of(2024, 6, 10),
                "Consuls visited Tom Ash, who is serving a sentence for espionage in a penal colony in Peru.");
        assertTrue(of(serving, "legal", "charged", "tom-ash").isEmpty(), serving.toString());
    }

    @Test
    void theMinisterNamedAfterTheNewsOfASentenceIsTheSpeakerNotTheOneSentenced() {
        List<Fact> facts = ArticleExtraction.facts("h440", LocalDate.of(2015, 8, 19),
                "Chile demands to release its citizen Tom Ash who has been sentenced to 15 years in jail for espionage by "
                + "a Lima court earlier today, the country’s Foreign Minister Ann Lee said on Wednesday.");
        assertEquals(1, of(facts, "legal", "sentenced", "tom-ash").size(), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("ann-lee")), facts.toString());
    }

    @Test
    void aNationalityQualifyingAThingIsNoOne() {
        List<Fact> facts = ArticleExtraction.facts("h441", LocalDate.of(2015, 8, 19),
                "Tom Ash, an Estonian, was sentenced in Moscow to 15 years. Separately, a spokesman called the Russian navy "
                + "exercise a provocation.");
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("diplomatic")), facts.toString());
    }

    @Test
    void aRequestTheAmbassadorSaysTheEmbassyMadeIsForTheOneDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h442", LocalDate.of(2021, 11, 20),
                "Tom Ash has been held in Lima since 2019. The Chilean ambassador in Lima, Ann Lee, said the embassy had asked "
                + "the Peruvian foreign ministry for an urgent consular visit and was still waiting for an answer.");
        assertEquals(1, of(facts, "request", "access", "tom-ash").size(), facts.toString());
    }

    @Test
    void aConsularOfficerAllowedToSeeTheDetaineeHasVisitedThem() {
        List<Fact> facts = ArticleExtraction.facts("h444", LocalDate.of(2025, 5, 23),
                "Chilean activist Tom Ash has been deported from Peru after being detained in Lima. Although Peruvian "
                + "authorities had reportedly allowed a Chilean consular officer to briefly see Ash at a Lima police "
                + "station, he was later moved to an undisclosed location.");
        assertEquals(1, of(facts, "diplomatic", "visit", "tom-ash").size(), facts.toString());
        assertTrue(of(facts, "contact", "allowed", "tom-ash").isEmpty(), "a consul's visit, not contact: " + facts);
    }

    @Test
    void aLetterTheSentenceClosesOnTellsOfTheRequestBeforeIt() {
        List<Fact> facts = ArticleExtraction.facts("h445", LocalDate.of(2019, 12, 3),
                "Chilean Ambassador Ann Lee has called on prominent international human rights groups to help improve the "
                + "prison conditions of Chilean national Tom Ash, jailed in Peru for cyber crimes, an open letter published "
                + "by the Chilean Embassy on Monday said.");
        assertEquals(1, of(facts, "request", "conditions", "tom-ash").size(), facts.toString());
        List<Fact> letters = of(facts, "diplomatic", "letter", "tom-ash");
        assertEquals(1, letters.size(), facts.toString());
        assertEquals("2019-12-02", letters.get(0).date(), facts.toString());
    }

    @Test
    void aLawyersClientIsThePersonTheLawyerIsNamedFor() {
        List<Fact> facts = ArticleExtraction.facts("h450", LocalDate.of(2020, 5, 18),
                "The lawyer for Ann Lee said on May 16 that his client was sentenced to five years in prison for spying.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P5Y", sentences.get(0).term(), facts.toString());
    }

    @Test
    void aKinWordAfterAPossessiveIsStillSomeoneElse() {
        List<Fact> facts = ArticleExtraction.facts("h451", LocalDate.of(2020, 5, 18),
                "Tom Ash, who was arrested in Peru in March, said his son was sentenced to five years in prison.");
        assertTrue(of(facts, "legal", "sentenced", "tom-ash").isEmpty(), facts.toString());
    }

    @Test
    void aTermInMonthsAndDaysIsOneTerm() {
        List<Fact> facts = ArticleExtraction.facts("h452", LocalDate.of(2025, 11, 4),
                "Ann Lee was sentenced in Peru to five months and 24 days in prison, time she had already served.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "ann-lee");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P5M24D", sentences.get(0).term(), facts.toString());
    }

    @Test
    void aPleaDealTheDetaineeReachesOrGuiltSheAdmitsIsAGuiltyPlea() {
        List<Fact> facts = ArticleExtraction.facts("h453", LocalDate.of(2025, 11, 4),
                "A Peruvian court has freed Ann Lee, who was convicted of smuggling, after she reached a plea deal with "
                + "prosecutors. Tom Ash, who is held in Lima, admitted his guilt in court on Monday. Bo Lin, who is "
                + "also held in Lima, has not admitted guilt.");
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "ann-lee").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "pleaded_guilty", "tom-ash").size(), facts.toString());
        assertTrue(of(facts, "legal", "pleaded_guilty", "bo-lin").isEmpty(), facts.toString());
    }

    @Test
    void whatTheAuthoritiesDenyHappenedDidNotHappen() {
        List<Fact> facts = ArticleExtraction.facts("h454", LocalDate.of(2023, 12, 20),
                "On Wednesday, Peruvian officials denied that Tom Ash was extradited, with an adviser to the prosecutor, "
                + "Ana Ruiz, stating that no request had been received. Ash was arrested in Lima in May.");
        assertTrue(of(facts, "custody", "extradited", "tom-ash").isEmpty(), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("ana-ruiz")), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
    }

    @Test
    void aVerdictUpheldByAHigherCourtInAnArticleAboutOneDetaineeIsTheirAppeal() {
        List<Fact> facts = ArticleExtraction.facts("h455", LocalDate.of(2017, 1, 25),
                "A Lima court sentenced Ann Lee to death in 2015. The guilty verdict was upheld by the Supreme Court in March.");
        assertEquals(1, of(facts, "legal", "appeal", "ann-lee").size(), facts.toString());
    }

    @Test
    void theVictimOfACrimeIsNotTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h456", LocalDate.of(2017, 1, 25),
                "A Lima court sentenced Ann Lee to death in 2015 for a stabbing. The victim died of 28 stab wounds, police said.");
        assertTrue(of(facts, "health", "condition", "ann-lee").isEmpty(), facts.toString());
        assertEquals(1, of(facts, "legal", "sentenced", "ann-lee").size(), facts.toString());
    }

    @Test
    void aVoiceNoteTheDetaineeSendsToARelativeIsContactNotADiplomaticNote() {
        List<Fact> facts = ArticleExtraction.facts("h457", LocalDate.of(2025, 8, 1),
                "Tom Ash was detained in Peru on January 7. That afternoon, Ash sent a voice note to his sister saying he "
                + "had been detained. The embassy sent a note to the Peruvian foreign ministry about Ash on Friday.");
        assertEquals(1, of(facts, "contact", "allowed", "tom-ash").size(), facts.toString());
        List<Fact> notes = of(facts, "diplomatic", "note", "tom-ash");
        assertEquals(1, notes.size(), facts.toString());
        assertTrue(notes.get(0).evidence().get(0).quote().startsWith("The embassy"), facts.toString());
    }

    @Test
    void aDetaineeAdmittedToHospitalAfterAHungerStrikeIsMovedThereAndAsksForRelease() {
        List<Fact> facts = ArticleExtraction.facts("h458", LocalDate.of(2019, 10, 29),
                "Peruvian woman Ann Lee was admitted to the Lima General Hospital on Thursday, after a monthlong hunger "
                + "strike to protest her detention without trial.");
        List<Fact> moves = of(facts, "custody", "transferred", "ann-lee");
        assertEquals(1, moves.size(), facts.toString());
        assertEquals("Lima General Hospital", moves.get(0).place(), facts.toString());
        assertEquals(1, of(facts, "request", "release", "ann-lee").size(), facts.toString());
        assertTrue(of(facts, "diplomatic", "statement", "ann-lee").isEmpty(), facts.toString());
    }

    @Test
    void aRequestForReleaseAnsweredByKeepingTheDetaineeInCustodyIsRefused() {
        List<Fact> facts = ArticleExtraction.facts("h459", LocalDate.of(2025, 8, 25),
                "Tom Ash was arrested in Lima on June 21. The court, having reviewed on July 9 a request for release "
                + "filed by Ash's lawyer, decided to keep him in custody after lengthy deliberations.");
        List<Fact> requests = of(facts, "request", "release", "tom-ash");
        assertEquals(1, requests.size(), facts.toString());
        assertEquals("refused", requests.get(0).status(), facts.toString());
    }

    @Test
    void timeAlreadyServedIsNoSentence() {
        List<Fact> facts = ArticleExtraction.facts("h460", LocalDate.of(2021, 6, 10),
                "Tom Ash was sentenced in Peru to 19 years in prison in 2019. Ann Lee, also jailed in Peru, has already "
                + "served one and a half years in prison.");
        assertTrue(of(facts, "legal", "sentenced", "ann-lee").isEmpty(), facts.toString());
    }

    @Test
    void theStayADetaineeIsReleasedFromWasTheirs() {
        List<Fact> facts = ArticleExtraction.facts("h461", LocalDate.of(2021, 6, 10),
                "Bo Lin was released from 192 days of detention in Peru on Monday.");
        assertEquals(1, of(facts, "custody", "released", "bo-lin").size(), facts.toString());
        List<Fact> stays = of(facts, "custody", "held", "bo-lin");
        assertEquals(1, stays.size(), facts.toString());
        assertEquals("Peru", stays.get(0).place(), facts.toString());
    }

    @Test
    void aLeadNamedByACompoundNounWordNetLacksStandsForTheDetaineeNamedAfter() {
        List<Fact> facts = ArticleExtraction.facts("h462", LocalDate.of(2025, 7, 20),
                "A kitesurfer with dual British-Canadian citizenship was arrested in Peru on Monday. Tom Ash, 37, had "
                + "been on holiday.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Peru", arrests.get(0).place(), facts.toString());
    }

    @Test
    void aSentenceAffirmedByAnAppealsCourtDecidesTheAppealOfThoseSentencedAndLastMonthCountsFromTheArticle() {
        List<Fact> facts = ArticleExtraction.facts("h463", LocalDate.of(2021, 6, 10),
                "The family was prosecuted in Peru in 2014. Ann Lee and Bo Lin were both sentenced to 14 years each and "
                + "have already served one and a half years in prison, a sentence that was affirmed by a Peruvian "
                + "appellate court last July.");
        for (String person : List.of("ann-lee", "bo-lin")) {
            List<Fact> appeals = of(facts, "legal", "appeal", person);
            assertEquals(1, appeals.size(), facts.toString());
            assertEquals("2020-07", appeals.get(0).date(), facts.toString());
            List<Fact> sentences = of(facts, "legal", "sentenced", person);
            assertEquals(1, sentences.size(), facts.toString());
            assertEquals("P14Y", sentences.get(0).term(), facts.toString());
        }
    }

    @Test
    void aConvictionTakesTheTownOfTheCourtThatSentencedTheDetaineeThatDay() {
        List<Fact> facts = ArticleExtraction.facts("h464", LocalDate.of(2015, 8, 19),
                "Tom Ash has been sentenced to 15 years in jail for espionage, the minister said. Earlier today, a court "
                + "in Cusco sentenced Tom Ash to 15 years in jail. Ash was found guilty of espionage and smuggling.");
        List<Fact> convictions = of(facts, "legal", "convicted", "tom-ash");
        assertEquals(1, convictions.size(), facts.toString());
        assertEquals("Cusco", convictions.get(0).place(), facts.toString());
    }

    @Test
    void aLeadStandsForThePersonTheHeadlineCallsByItsNounThoughTheTaggerTookItForAnAdjective() {
        List<Fact> facts = ArticleExtraction.facts("h465", LocalDate.of(2020, 5, 18),
                "Chilean-French Academic Ann Lee Sentenced To Six Years In Prison In Peru\n\nA Peruvian court has "
                + "sentenced a French-Chilean academic to six years in prison on security charges, her lawyer said. The "
                + "lawyer for Ann Lee said on May 16 that they would appeal the ruling.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "ann-lee");
        assertTrue(sentences.stream().anyMatch(f -> "P6Y".equals(f.term())), facts.toString());
    }

    @Test
    void requestsByDifferentNamedAskersAreTwoRequests() {
        List<Fact> facts = ArticleExtraction.facts("h467", LocalDate.of(2015, 8, 19),
                "Foreign Minister Ana Ruiz said on Monday that Peru demands that Chile release Tom Ash, who is held in "
                + "Santiago. The European Union has also called on Chile to release Ash.");
        List<Fact> requests = of(facts, "request", "release", "tom-ash");
        assertEquals(2, requests.size(), facts.toString());
        assertTrue(requests.stream().anyMatch(f -> "European Union".equals(f.actor())), facts.toString());
        assertTrue(requests.stream().anyMatch(f -> "Ana Ruiz".equals(f.actor())), facts.toString());
    }

    @Test
    void thePunishmentADetaineeFacesTellsTheChargeEvenWhenOnlySupposed() {
        List<Fact> facts = ArticleExtraction.facts("h468", LocalDate.of(2025, 8, 1),
                "Tom Ash, held in Peru, could face up to 10 years in prison if found guilty of desertion. Bo Lin, held "
                + "in Peru, could face charges of fraud. Ann Lee, held in Peru, does not face any years in prison.");
        assertEquals(1, of(facts, "legal", "charged", "tom-ash").size(), facts.toString());
        assertTrue(of(facts, "legal", "charged", "bo-lin").isEmpty(), facts.toString());
        assertTrue(of(facts, "legal", "charged", "ann-lee").isEmpty(), facts.toString());
    }

    @Test
    void aStayToldOfSomeoneThePlacesNothingElseIsInTheOneCountryTheArticleHoldsEveryoneIn() {
        List<Fact> facts = ArticleExtraction.facts("h469", LocalDate.of(2022, 6, 21),
                "Ann Lee was arrested in Peru in May. Tom Ash, her colleague, has spent six months behind bars, his "
                + "family said.");
        List<Fact> stays = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, stays.size(), facts.toString());
        assertEquals("Peru", stays.get(0).place(), facts.toString());
    }

    @Test
    void contactKeptWithDetaineesIsNotUndoneByTheRequestToldAfterIt() {
        List<Fact> facts = ArticleExtraction.facts("h470", LocalDate.of(2021, 11, 14),
                "Tom Ash and Ann Lee were arrested in Lima on Friday. The foreign minister said his department has "
                + "been in regular contact with the pair and is trying to organise their release. Bo Lin, held in "
                + "Peru, said the embassy was trying to get in contact with him.");
        assertEquals(1, of(facts, "contact", "allowed", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "contact", "allowed", "ann-lee").size(), facts.toString());
        assertTrue(of(facts, "contact", "allowed", "bo-lin").isEmpty(), facts.toString());
    }

    @Test
    void aFamilyToldByItsNameInThePluralIsEachMemberNamedWithIt() {
        List<Fact> facts = ArticleExtraction.facts("h471", LocalDate.of(2021, 6, 10),
                "Ann Varela and Tom Varela fled to Peru in 2009 with their son. The Varelas were charged in Peru in 2014 "
                + "with obtaining fraudulent passports. The Andes were beautiful.");
        assertEquals(1, of(facts, "legal", "charged", "ann-varela").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "charged", "tom-varela").size(), facts.toString());
    }

    @Test
    void aLeadDescribedByAParticipleBeforeItsVerbIsTheOneNamedNext() {
        List<Fact> facts = ArticleExtraction.facts("h472", LocalDate.of(2024, 5, 10),
                "A Tarvian student allegedly beaten while in police custody in Lima is to be held under house arrest "
                + "for a week, a court has decided. Tom Ash, 19, from Ohio, will stay in the Lima district of "
                + "Miraflores until the inquiry ends.");
        assertEquals(1, of(facts, "custody", "held", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "legal", "charged", "tom-ash").size(), facts.toString());
    }

    @Test
    void anArrestToldWithoutAPlaceWasInTheCountryOfTheTownSomeoneWasMovedTo() {
        List<Fact> facts = ArticleExtraction.facts("h473", LocalDate.of(2015, 9, 22),
                "Ann Lee was arrested on March 20. Over the weekend she was moved to a detention "
                + "facility in the city of Arequipa.");
        List<Fact> arrests = of(facts, "custody", "arrested", "ann-lee");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Peru", arrests.get(0).place(), "Arequipa is in Peru: " + facts);
    }

    @Test
    void aMoveEndsWhereItsOwnWordsTakeItNotWhereALaterClauseGoes() {
        List<Fact> facts = ArticleExtraction.facts("h474", LocalDate.of(2025, 3, 28),
                "Tom Ash was detained in Peru in February. The person said that Ash was taken to a hotel in Lima and "
                + "was in good health, and that plans were being made for him to return to Canada.");
        List<Fact> moves = of(facts, "custody", "transferred", "tom-ash");
        assertFalse(moves.isEmpty(), facts.toString());
        moves.forEach(m -> assertTrue(m.place() != null && m.place().startsWith("Lima"), "taken to Lima: " + m));
    }

    @Test
    void aStayToldInAClauseAboutTheOneARequestIsForHappened() {
        List<Fact> facts = ArticleExtraction.facts("h475", LocalDate.of(2026, 1, 26),
                "The Tarvian government is negotiating for the release of a Canadian teacher who has been detained "
                + "by rebels in Peru for the past year. Tom Ash, 64, was seized on Jan. 27, 2025, near his school.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), "detained for the past year: " + facts);
        assertEquals("Peru", held.get(0).place(), facts.toString());
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), "only the seizure is an arrest: " + facts);
    }

    @Test
    void aReleaseOfAListBeingNegotiatedIsAskedForNotMade() {
        List<Fact> facts = ArticleExtraction.facts("h476", LocalDate.of(2026, 1, 26),
                "Tom Ash has been held in Peru since 2025. The two governments have been secretly negotiating the "
                + "release of Tarvian detainees, including Ash, a newspaper reported Monday.");
        assertEquals(0, of(facts, "custody", "released", "tom-ash").size(), facts.toString());
        List<Fact> requests = of(facts, "request", "release", "tom-ash");
        assertFalse(requests.isEmpty(), facts.toString());
        requests.forEach(r -> assertEquals("open", r.status(), "nobody is freed yet: " + r));
    }

    @Test
    void aTownOfSeveralCountriesLeavesTheCountryOfAnArrestOpen() {
        List<Fact> facts = ArticleExtraction.facts("h477", LocalDate.of(2020, 12, 24),
                "Tom Ash has been held in a prison near Barcelona since his arrest in October. "
                + "His arrest follows his June indictment in the United States for tax evasion.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertFalse(arrests.isEmpty(), facts.toString());
        arrests.forEach(a -> assertNotEquals("United States", a.place(), "indicted there, held near Barcelona: " + a));
    }

    @Test
    void twoNamesSharingOnePossessiveAreBothItsOwners() {
        List<Fact> facts = ArticleExtraction.facts("h478", LocalDate.of(2024, 7, 4),
                "Tom Ash and Bo Lin were arrested in Lima in 2019. After receiving life terms in a first trial in "
                + "2021, Ash and Lin's sentences were reduced on appeal to 24 and 22 years respectively in 2022.");
        assertEquals(1, of(facts, "legal", "appeal", "bo-lin").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "appeal", "tom-ash").size(), "Ash and Lin's sentences: " + facts);
        assertEquals("2022", of(facts, "legal", "appeal", "bo-lin").get(0).date(), "reduced in 2022: " + facts);
    }

    @Test
    void aRankBeforeAFullNameIsNoPartOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h479", LocalDate.of(2017, 1, 27),
                "Vice-Colonel Giorgi Ashvili of the Tarvian army was detained in Kyiv in 2016. A court in Kyiv released "
                + "Vice-Colonel Giorgi Ashvili on Thursday.");
        assertFalse(facts.isEmpty(), facts.toString());
        facts.forEach(f -> assertEquals("giorgi-ashvili", f.person(), "the rank is no part of the name: " + f));
    }

    @Test
    void aMainVerbAfterALongWhoClauseTellsOfTheDescribedPeople() {
        List<Fact> facts = ArticleExtraction.facts("h480", LocalDate.of(2023, 4, 25),
                "Three Peruvian sailors who were detained in May 2019 while moving 90 kilograms of gold by boat in Puerto "
                + "Lobos, north of Lima, have been sentenced to 12 years in prison by a Tarvian court on Monday. The court "
                + "handed down the sentences to Tom Ash, Bo Lin and Ann Lee.");
        for (String person : List.of("tom-ash", "bo-lin", "ann-lee")) {
            List<Fact> sentences = of(facts, "legal", "sentenced", person);
            assertEquals(1, sentences.size(), facts.toString());
            assertEquals("P12Y", sentences.get(0).term(), "have been sentenced to 12 years: " + facts);
            assertEquals("2023-04-24", sentences.get(0).date(), "on Monday: " + facts);
        }
    }

    @Test
    void aTimeClauseInThePresentIsStillAheadAndAStayThatWillRemainGoesOn() {
        List<Fact> facts = ArticleExtraction.facts("h481", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Peruvian, was arrested in Tarvia on Friday. Until he is deported, Ash will remain in Kora Jail "
                + "in Vesk. Once he is convicted, he may appeal.");
        assertEquals(0, of(facts, "custody", "extradited", "tom-ash").size(), "not deported yet: " + facts);
        assertEquals(0, of(facts, "legal", "convicted", "tom-ash").size(), "not convicted yet: " + facts);
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertEquals(1, held.size(), "he is in Kora Jail now: " + facts);
        assertEquals("2024-05", held.get(0).date(), "held there as the article is written: " + facts);
    }

    @Test
    void twoVerbsJoinedBeforeOneObjectBothHappenToIt() {
        List<Fact> facts = ArticleExtraction.facts("h482", LocalDate.of(2024, 5, 10),
                "Tom Ash is a Peruvian teacher. The Tarvian government said that it arrested and deported Ash on Friday.");
        assertEquals(1, of(facts, "custody", "arrested", "tom-ash").size(), facts.toString());
        List<Fact> moves = of(facts, "custody", "extradited", "tom-ash");
        assertEquals(1, moves.size(), "arrested and deported Ash: both happened to him: " + facts);
        assertEquals("2024-05-10", moves.get(0).date(), facts.toString());
    }

    @Test
    void theStateAtWhoseRequestSomeoneIsHeldIsNoPlaceOfIt() {
        List<Fact> facts = ArticleExtraction.facts("h483", LocalDate.of(2024, 5, 10),
                "Tom Ash is a Peruvian teacher. Police arrested Ash on Friday at the request of Lima.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertNotEquals("Lima", arrests.get(0).place(), "Lima asked for it; it did not happen there: " + facts);
    }

    @Test
    void consularStaffVisitingADetaineeMakeAConsularVisitThoughTheFamilyIsNamedAfter() {
        List<Fact> facts = ArticleExtraction.facts("h484", LocalDate.of(2024, 6, 10),
                "Tom Ash, a Peruvian, was arrested in Tarvia in May. Consular staff have visited Ash regularly since his "
                + "arrest and are in regular contact with his family in Lima.");
        assertEquals(1, of(facts, "diplomatic", "visit", "tom-ash").size(), facts.toString());
        assertEquals(0, of(facts, "contact", "allowed", "tom-ash").size(), "the family did not visit: " + facts);
    }

    @Test
    void aContinentsAdjectiveNamesNoPlace() {
        List<Fact> facts = ArticleExtraction.facts("h485", LocalDate.of(2024, 6, 10),
                "The family of a man imprisoned in an African jail says the government is not doing enough. Tom Ash "
                + "from Leeds is being held in Tarvia on suspicion of murder.");
        List<Fact> held = of(facts, "custody", "held", "tom-ash");
        assertFalse(held.isEmpty(), facts.toString());
        held.forEach(h -> assertEquals("Tarvia", h.place(), "an African jail names no country; Tarvia does: " + h));
    }

    @Test
    void aDateOutsideTheWhoClauseOfAnArrestIsNotTheArrests() {
        List<Fact> facts = ArticleExtraction.facts("h486", LocalDate.of(2019, 11, 19),
                "LIMA: Tom Ash, the Lima man who was arrested in Tarvia along with Bo Lin for illegally entering the "
                + "country, had been missing since 2017, said his father Jon Ash.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Tarvia", arrests.get(0).place(), facts.toString());
        assertNotEquals("2017", arrests.get(0).date(), "missing since 2017, arrested at a date not told: " + facts);
    }

    @Test
    void theTwoAreNotThePeopleNamedAsTheOwnersOfAThing() {
        List<Fact> facts = ArticleExtraction.facts("h487", LocalDate.of(2019, 12, 17),
                "Officials granted Tom Ash and his former girlfriend Ann Lee parole. Ash and Peruvian national Lee were "
                + "found guilty of murdering her parents in 1985. The bodies of Mia and Jon Lee were discovered days after "
                + "the murder, exhibiting multiple stab wounds. Although the two were not initially suspected of the "
                + "crime, they fled the country and were arrested in London for using fake documents.");
        assertFalse(of(facts, "legal", "convicted", "tom-ash").isEmpty(), facts.toString());
        facts.forEach(f -> assertFalse(List.of("mia-lee", "jon-lee").contains(f.person()), "the victims were never held: " + f));
    }

    @Test
    void theSpeakerNamedAfterSaidIsNoneOfTheDuoToldOfNext() {
        List<Fact> facts = ArticleExtraction.facts("h488", LocalDate.of(2019, 11, 19),
                "Tom Ash, who was arrested in Tarvia along with Bo Lin, had been missing for two years. \"My son is "
                + "innocent,\" said Jon Ash while denying reports that Ash is a spy. The arrest of the duo came to light "
                + "only on Monday.");
        facts.forEach(f -> assertNotEquals("jon-ash", f.person(), "the father speaks; he was not arrested: " + f));
        assertFalse(of(facts, "custody", "arrested", "bo-lin").isEmpty(), facts.toString());
    }

    @Test
    void aSonNamedAfterACommaAndATitleTakesHisFathersSurname() {
        List<Fact> facts = ArticleExtraction.facts("h489", LocalDate.of(2021, 2, 16),
                "The health of Dr. Omar al-Rashid has worsened. Police arrested him and his son, Dr. Sami, in April 2019.");
        assertEquals(1, of(facts, "custody", "arrested", "sami-al-rashid").size(), facts.toString());
        facts.forEach(f -> assertNotEquals("sami", f.person(), "Sami is Sami al-Rashid: " + f));
    }

    @Test
    void theOneCreditedForAPictureIsNoPersonOfTheStory() {
        Extractor.Result result = ArticleExtraction.extract("h490", LocalDate.of(2025, 4, 14),
                "Tom Ash and Bo Lin, two Peruvian soldiers, were captured in the Vesk region in March. They spoke at a "
                + "press conference in Lima on Monday, amid the war. \u00a9 Jon SMITH / AFP\n\nThey said they hoped to "
                + "be exchanged soon.");
        assertFalse(of(result.facts(), "custody", "arrested", "tom-ash").isEmpty(), result.facts().toString());
        result.people().forEach(p -> assertNotEquals("jon-smith", p.id(), "he took the picture: " + result.people()));
    }

    @Test
    void aNameAfterAndWithALengthOfItsOwnIsSentencedToThatLength() {
        List<Fact> facts = ArticleExtraction.facts("h491", LocalDate.of(2024, 5, 10),
                "Tom Ash, 22, and Bo Lin, 40, were arrested at Lima Airport in April last year. On Wednesday, Lin was "
                + "sentenced to 14 years in prison and Ash 12 years by a Peruvian court.");
        List<Fact> lin = of(facts, "legal", "sentenced", "bo-lin");
        List<Fact> ash = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, lin.size(), facts.toString());
        assertEquals(1, ash.size(), "and Ash 12 years: sentenced too: " + facts);
        assertEquals("P14Y", lin.get(0).term(), facts.toString());
        assertEquals("P12Y", ash.get(0).term(), "his own length, not Lin's: " + facts);
    }

    @Test
    void someoneCaughtAtTheBorderIsArrested() {
        List<Fact> facts = ArticleExtraction.facts("h492", LocalDate.of(2024, 6, 10),
                "Tom Ash, a Peruvian, was caught at Vesk airport in May with two kilos of cocaine.");
        List<Fact> arrests = of(facts, "custody", "arrested", "tom-ash");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Vesk airport", arrests.get(0).place(), facts.toString());
    }

    @Test
    void whereAnotherVerbWentIsNotWhereTheDeportationTookThem() {
        List<Fact> facts = ArticleExtraction.facts("h493", LocalDate.of(2017, 2, 5),
                "Tom Ash, a Tarvian refugee, has been arrested and detained in Peru after fleeing to Chile and being deported.");
        of(facts, "custody", "extradited", "tom-ash").forEach(f ->
                assertNotEquals("Chile", f.place(), "he fled to Chile; the deportation took him from there: " + f));
        assertFalse(of(facts, "custody", "arrested", "tom-ash").isEmpty(), facts.toString());
    }

    @Test
    void attemptsToBringSomeoneBackAreNoReturn() {
        List<Fact> facts = ArticleExtraction.facts("h494", LocalDate.of(2022, 10, 4),
                "Ann Lee, the thirty-year-old Roman arrested in the Tarvian capital, is held in Vesk prison. On the whole "
                + "affair, several sources reiterate the need to remain silent, to avoid compromising attempts to bring the "
                + "woman back to Peru.");
        assertEquals(0, of(facts, "custody", "extradited", "ann-lee").size(), "only attempts so far: " + facts);
        assertFalse(of(facts, "custody", "arrested", "ann-lee").isEmpty(), facts.toString());
    }

    @Test
    void aSentenceHandedToSomeoneWithTheirAgeSetOffIsTheirsOnTheDayOfTheVerdict() {
        List<Fact> facts = ArticleExtraction.facts("h496", LocalDate.of(2023, 7, 21),
                "A court in Lima on Thursday convicted a Peruvian man. A judge in the capital Lima handed Tom Ash, 27, a "
                + "12-month sentence after the man was found guilty of fraud.");
        List<Fact> sentences = of(facts, "legal", "sentenced", "tom-ash");
        assertEquals(1, sentences.size(), facts.toString());
        assertEquals("P12M", sentences.get(0).term(), facts.toString());
        assertEquals("2023-07-20", sentences.get(0).date(), "convicted and sentenced at one hearing, on Thursday: " + facts);
    }

    @Test
    void whatAChannelOrCourtDocumentsSayIsNoStatementOnTheCase() {
        List<Fact> facts = ArticleExtraction.facts("h497", LocalDate.of(2024, 6, 5),
                "Tom Ash was arrested in Lima in May. Baza, a Telegram channel with links to the police, said Ash was a "
                + "resident of Vesk. The court documents say that Ash received 26,000 soles.");
        assertEquals(0, of(facts, "diplomatic", "statement", "tom-ash").size(), "the news as told, no one's remark: " + facts);
    }

    @Test
    void aJudgeOrPoliceNamedAfterSaidTellTheirCaseNotAStatement() {
        List<Fact> facts = ArticleExtraction.facts("h498", LocalDate.of(2024, 6, 5),
                "Tom Ash was arrested in Lima in May. \"He is guilty of importing drugs,\" said Presiding Judge Bo Lin. "
                + "\"Ash is a smuggler,\" said police chief Jo Park. \"We are concerned about Ash,\" said Foreign "
                + "Minister Ann Lee.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "tom-ash");
        assertEquals(1, statements.size(), facts.toString());
        assertEquals(List.of(3), statements.get(0).evidence().stream().map(e -> e.sentence()).toList(),
                "the minister's remark only: " + facts);
    }

    @Test
    void theyWhoFledAndWereArrestedAreTheTwoNamedInTheSameSentence() {
        List<Fact> facts = ArticleExtraction.facts("h499", LocalDate.of(2019, 12, 17),
                "Officials granted Tom Ash and his former girlfriend Ann Lee parole. Ash and Peruvian national Lee were "
                + "found guilty of murdering her parents in 1985. The bodies of Mia and Jon Lee were discovered days after "
                + "the murder. Although the two were not initially suspected of the crime, they fled the country and were "
                + "arrested in London for using fake documents.");
        for (String person : List.of("tom-ash", "ann-lee")) {
            List<Fact> arrests = of(facts, "custody", "arrested", person);
            assertEquals(1, arrests.size(), facts.toString());
            assertEquals("London", arrests.get(0).place(), facts.toString());
        }
    }

    @Test
    void aPronounAfterSomeoneStandsForThatSomeoneNotTheSpeaker() {
        Extractor.Result result = ArticleExtraction.extract("h500", LocalDate.of(2022, 9, 27),
                "Tarvia should extradite those Peruvians who are wanted by their authorities, said Tarvia's Interior "
                + "Minister Tom Ash. If Peruvian authority puts someone on the wanted list, we will be obliged to take all "
                + "actions needed to find him and extradite him to Peru, said the minister.");
        assertEquals(List.of(), result.facts(), "nobody is held: " + result.facts());
        result.people().forEach(p -> assertFalse(p.roles().contains("detainee"), "the minister speaks: " + p));
    }

    @Test
    void aNicknameGivenWithAkaStandsForThePersonAloneToo() {
        Extractor.Result result = ArticleExtraction.extract("h501", LocalDate.of(2026, 4, 1),
                "Peruvian smuggler Tom Ash was arrested in Lima on Monday. Ash, a.k.a. \"Tommy Gun,\" was taken to a "
                + "prison in Lima. Police said Gun had fled in 2019.");
        assertEquals(List.of("tom-ash"), result.people().stream().map(org.dossier.facts.Person::id).toList(),
                "Gun is Ash's nickname: " + result.people());
    }

    @Test
    void aMotherOfTwoOrOfSomeOriginIsTheDetaineeHerselfNoRelative() {
        Extractor.Result result = ArticleExtraction.extract("h502", LocalDate.of(2026, 4, 1),
                "Ann Lee, a 40-year-old mother of Peruvian origin and resident of Lima, had been in Chile for a month "
                + "when she was charged with fraud. Bo Lin, a father of two, was arrested with her.");
        assertFalse(of(result.facts(), "legal", "charged", "ann-lee").isEmpty(), result.facts().toString());
        assertFalse(of(result.facts(), "custody", "arrested", "bo-lin").isEmpty(), result.facts().toString());
        result.people().forEach(p -> assertFalse(p.roles().contains("family"), "no one's relative: " + p));
    }

    @Test
    void everyoneOfAListWithAFamilyNameWrittenLikeAPronounAndTheirCompanionsIsArrested() {
        List<Fact> facts = ArticleExtraction.facts("h503", LocalDate.of(2026, 9, 1),
                "The three Chinese nationals, Li Wei, He Ming and Wan Qin together with the two Peruvians, Tom Ash and "
                + "Bo Lin were arrested in July at the border near Lima by police.");
        for (String person : List.of("li-wei", "he-ming", "wan-qin", "tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "custody", "arrested", person).size(), person + ": " + facts);
        }
    }

    @Test
    void aGroupAllInDetentionIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h504", LocalDate.of(2026, 9, 1),
                "Tom Ash and Bo Lin were arrested in May at the border near Lima by police. They were all in detention "
                + "after being charged with possession of ivory.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "custody", "held", person).size(), person + ": " + facts);
            assertEquals(1, of(facts, "legal", "charged", person).size(), person + ": " + facts);
        }
    }

    @Test
    void aFamilyNameWrittenLikeAPronounInsideTheSentenceIsThePersonsName() {
        Extractor.Result result = ArticleExtraction.extract("h505", LocalDate.of(2026, 9, 1),
                "Peru on Wednesday extradited She Zhijiang, a Chinese national, to China. Police took She from Lima "
                + "prison to a police station before handing him over to Chinese officials.");
        assertEquals(List.of("She Zhijiang"), result.people().stream().map(org.dossier.facts.Person::name).toList(),
                result.people().toString());
        assertEquals(1, of(result.facts(), "custody", "extradited", "she-zhijiang").size(), result.facts().toString());
        assertFalse(of(result.facts(), "custody", "held", "she-zhijiang").isEmpty(), "taken from the prison: " + result.facts());
    }

    @Test
    void someonePlacedOrOrderedPlacedInPretrialDetentionIsHeld() {
        List<Fact> facts = ArticleExtraction.facts("h506", LocalDate.of(2026, 11, 20),
                "Tom Ash was arrested in Lima. He was placed in pretrial detention pending an investigation. Jo Park was "
                + "arrested in Lima. A court ordered Park to be placed in pretrial detention.");
        for (String person : List.of("tom-ash", "jo-park")) {
            List<Fact> held = of(facts, "custody", "held", person);
            assertEquals(1, held.size(), person + ": " + facts);
            assertEquals("Peru", held.get(0).place(), facts.toString());
        }
    }

    @Test
    void whereSomeoneLivesAndTheYearTheyWereBornDateAndPlaceNoCharge() {
        List<Fact> facts = ArticleExtraction.facts("h507", LocalDate.of(2026, 11, 20),
                "Tarvian police arrested Tom Ash in Vesk in October. The agency accused Ash, a resident of Lima born in "
                + "1967, of planning acts of sabotage. The agency said Ash was involved in an explosion in Vesk in March, "
                + "and that a criminal case was brought against him on charges of terrorism.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertFalse(charges.isEmpty(), facts.toString());
        charges.forEach(c -> assertNotEquals("Lima", c.place(), "where he lives: " + facts));
        charges.forEach(c -> assertFalse(String.valueOf(c.date()).startsWith("1967"), "the year he was born: " + facts));
    }

    @Test
    void whereTheOfficialWhoTellsTheNewsIsPlacesNoVerdict() {
        List<Fact> facts = ArticleExtraction.facts("h508", LocalDate.of(2011, 4, 7),
                "Tom Ash was sentenced to life in prison in June 1987. A senior official in Vesk prison told AFP last "
                + "month that Ash had been convicted of spying.");
        List<Fact> verdicts = new java.util.ArrayList<>(of(facts, "legal", "convicted", "tom-ash"));
        verdicts.addAll(of(facts, "legal", "sentenced", "tom-ash"));
        assertEquals(2, verdicts.size(), facts.toString());
        verdicts.forEach(v -> assertNotEquals("Vesk prison", v.place(), "where the official is: " + facts));
    }

    @Test
    void countedGroupsSpelledOutInTheNextSentenceAreSentencedAndConvictedByTheirPronoun() {
        List<Fact> facts = ArticleExtraction.facts("h509", LocalDate.of(2026, 9, 1),
                "A Lima judge has sentenced three Chinese nationals and two Chileans to five years in prison each after "
                + "finding them guilty of smuggling ivory. The three Chinese nationals, Li Wei, He Ming and Wan Qin "
                + "together with the two Chileans, Tom Ash and Bo Lin were arrested in July at the border near Lima.");
        for (String person : List.of("li-wei", "he-ming", "wan-qin", "tom-ash", "bo-lin")) {
            List<Fact> sentences = of(facts, "legal", "sentenced", person);
            assertEquals(1, sentences.size(), person + ": " + facts);
            assertEquals("P5Y", sentences.get(0).term(), facts.toString());
            assertEquals(1, of(facts, "legal", "convicted", person).size(), person + ": " + facts);
        }
    }

    @Test
    void aTrialHeldIsOnChargesAndATermBeforeAfterIsNoCountBack() {
        List<Fact> facts = ArticleExtraction.facts("h510", LocalDate.of(2026, 9, 1),
                "Tom Ash and Bo Lin were tried in Lima in August. A judge sentenced Jo Park to five years after finding "
                + "him guilty of theft.");
        assertEquals(1, of(facts, "legal", "charged", "tom-ash").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "charged", "bo-lin").size(), facts.toString());
        of(facts, "legal", "convicted", "jo-park").forEach(c -> assertEquals("2026", c.date(), "today's news: " + facts));
    }

    @Test
    void aLeadIsTheOneNamedWithItsNounLaterOn() {
        List<Fact> facts = ArticleExtraction.facts("h511", LocalDate.of(2026, 2, 16),
                "A Peruvian journalist and her camera crew who were arrested in Tarvia and accused of joining an illegal "
                + "rally have left the country after being released on Tuesday, their families said. Tarvia had said "
                + "police arrested four Peruvians on Sunday in the village of Vesk. Protesters in Vesk have clashed "
                + "with police in recent days. The kingdom put down protests by force in 2011. Rights groups say the "
                + "authorities have stepped up a crackdown on dissent. The government denies the charges. Tarvia did "
                + "not name the four, but their lawyer identified them as Peruvian journalist Ann Lee and three members "
                + "of her crew.");
        assertEquals(1, of(facts, "custody", "released", "ann-lee").size(), facts.toString());
        assertEquals(1, of(facts, "legal", "charged", "ann-lee").size(), facts.toString());
    }

    @Test
    void someoneWithAnEmbassyOfficialIsNoOfficial() {
        Extractor.Result result = ArticleExtraction.extract("h512", LocalDate.of(2026, 6, 26),
                "Ann Lee was detained for five hours on Thursday in Lima. Lee was with a Chilean embassy official and "
                + "several police officers in the terminal.");
        result.people().forEach(p -> assertFalse(p.roles().contains("official"), "in the official's company: " + p));
    }

    @Test
    void theLawyerWhoAppealsAppealsForTheOneDetainee() {
        List<Fact> facts = ArticleExtraction.facts("h514", LocalDate.of(2026, 6, 26),
                "Ann Lee was sentenced to nine years in prison in Lima. The lawyer says they will appeal the decision.");
        List<Fact> appeals = of(facts, "legal", "appeal", "ann-lee");
        assertEquals(1, appeals.size(), facts.toString());
        assertEquals("planned", appeals.get(0).status(), facts.toString());
    }

    @Test
    void aCriminalCaseFiledAgainstSomeoneIsAChargeWhereItWasFiled() {
        List<Fact> facts = ArticleExtraction.facts("h515", LocalDate.of(2026, 6, 26),
                "Tom Ash was arrested in Lima last week. He is the subject of a red notice due to a criminal case that "
                + "was filed against him in Chile.");
        List<Fact> charges = of(facts, "legal", "charged", "tom-ash");
        assertEquals(1, charges.size(), facts.toString());
        assertEquals("Chile", charges.get(0).place(), facts.toString());
    }
}
