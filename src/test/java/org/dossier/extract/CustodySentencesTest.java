package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Custody facts (arrests, stays, transfers, releases, exchanges) and their places and dates, on
 * short articles written for the test.
 */
class CustodySentencesTest {

    private static List<Fact> facts(String id, LocalDate date, String body) {
        return ArticleExtraction.facts(id, date, body);
    }

    private static List<Fact> of(List<Fact> facts, String kind, String personPart) {
        return facts.stream().filter(f -> f.type().equals("custody") && f.kind().equals(kind)
                && f.person().contains(personPart)).toList();
    }

    @Test
    void anInmateIdentifiedByNameIsHeldInThePrisonHeIsAnInmateOf() {
        List<Fact> facts = facts("c-inmate", LocalDate.of(2024, 5, 10),
                "A Canadian inmate at Lurigancho Prison in Lima, identified as Tom Ash from Ohio, is reportedly suffering "
                + "from a stroke.");
        List<Fact> held = of(facts, "held", "ash");
        assertEquals(1, held.size(), facts.toString());
        assertTrue(held.get(0).place().startsWith("Lurigancho Prison"), held.toString());
        assertEquals("2024-05", held.get(0).date(), "an inmate now: " + held);
        List<Fact> former = facts("c-former-inmate", LocalDate.of(2024, 5, 10),
                "Tom Ash, a former inmate at Lurigancho Prison in Lima, spoke on Monday.");
        assertEquals(0, of(former, "held", "ash").size(), former.toString());
    }

    @Test
    void remainingDetainedOrCountingDaysInCaptivityIsAStayNotAnArrest() {
        List<Fact> remains = facts("c-remains", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Canadian teacher, remains detained in a Peruvian jail, his family said.");
        assertEquals(1, of(remains, "held", "ash").size(), remains.toString());
        assertEquals(0, of(remains, "arrested", "ash").size(), remains.toString());
        List<Fact> counted = facts("c-days", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Canadian teacher, marked his 400th day in captivity in Peru on Monday.");
        assertEquals(1, of(counted, "held", "ash").size(), counted.toString());
    }

    @Test
    void imprisonedSinceADateIsAnArrestThenAndAStayNow() {
        List<Fact> facts = facts("c1", LocalDate.of(2024, 5, 10),
                "Tomas Varga, an engineer from Brno, has been imprisoned in Moldova since March 2019 on bribery charges. "
                + "He is serving an eight-year sentence.");
        List<Fact> arrests = of(facts, "arrested", "varga");
        assertEquals(1, arrests.size(), "the stay began with an arrest: " + facts);
        assertEquals("2019-03", arrests.get(0).date());
        assertEquals("Moldova", arrests.get(0).place());
        List<Fact> held = of(facts, "held", "varga");
        assertTrue(held.stream().anyMatch(f -> "Moldova".equals(f.place()) && "2024-05".equals(f.date())),
                "held there at the time of the article, not in 2019: " + held);
    }

    @Test
    void beingShiftedToAnotherJailIsATransferThere() {
        List<Fact> facts = facts("c-shift", LocalDate.of(2023, 9, 20),
                "Tomas Varga was arrested in Lahore in 2019. Last month he was shifted to Multan jail.");
        List<Fact> moves = of(facts, "transferred", "varga");
        assertEquals(1, moves.size(), "moved to another jail: " + facts);
        assertEquals("Multan jail", moves.get(0).place(), moves.toString());
    }

    @Test
    void forcedOnAPlaneAbroadAndBookedIntoAPrisonThereIsAMoveAndAStay() {
        List<Fact> facts = facts("c-plane", LocalDate.of(2024, 7, 8),
                "Tomas Varga was arrested in Texas in May. Within hours of that call, Varga was forced on a plane to Peru "
                + "and booked into the country's largest prison.");
        assertEquals(1, of(facts, "extradited", "varga").size(), "sent abroad: " + facts);
        assertEquals(1, of(facts, "held", "varga").size(), "held in the prison he was booked into: " + facts);
    }

    @Test
    void flownOutOfACountryAfterAnExpulsionPlacesTheArrestThere() {
        List<Fact> facts = facts("c-expelled", LocalDate.of(2018, 11, 20),
                "Tomas Varga was flown out of Peru on Friday after state media announced his expulsion. "
                + "Varga was detained last month after crossing the border with Bolivia.");
        assertEquals("Peru", of(facts, "released", "varga").get(0).place(), "freed from Peru: " + facts);
        assertEquals(1, of(facts, "extradited", "varga").size(), "the expulsion sent him out: " + facts);
        assertEquals("Peru", of(facts, "arrested", "varga").get(0).place(),
                "an expulsion naming no state leaves Peru the one country that held him: " + facts);
    }

    @Test
    void repatriatedToACountryIsAMoveThere() {
        List<Fact> facts = facts("c-repatriated", LocalDate.of(2023, 2, 21),
                "Iva Lind, who was detained in Lima on January 23, was repatriated to Chile on February 20.");
        List<Fact> moves = of(facts, "extradited", "lind");
        assertEquals(1, moves.size(), "sent home: " + facts);
        assertEquals("Chile", moves.get(0).place(), moves.toString());
    }

    @Test
    void theLeaderNamedAfterTheBodyHeLeadsIsTheOneHandedOver() {
        List<Fact> facts = facts("c-leader", LocalDate.of(2015, 11, 11),
                "Top Liberation Front of Tarvia leader Anup Varga, a fugitive for two decades, was today handed over to Peru by Chile.");
        assertEquals(1, of(facts, "extradited", "varga").size(), "the leader, not the front, was handed over: " + facts);
    }

    @Test
    void aStayToldWithTheArrestKeepsItsPlaceAndTheArrestItsOwn() {
        List<Fact> facts = facts("c2", LocalDate.of(2023, 9, 20),
                "Nadia Brandt, a nurse, was arrested in Varna in May 2021 "
                + "and has since been held at the Zelen prison in Sofia.");
        List<Fact> arrests = of(facts, "arrested", "brandt");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertEquals("Varna", arrests.get(0).place(), "the prison is where she is held, not where she was arrested");
        assertTrue(of(facts, "held", "brandt").stream().anyMatch(f -> f.place() != null && f.place().contains("Zelen")),
                "held at the prison: " + facts);
    }

    @Test
    void aDatedJailingIsASecondCustodyStepAndALengthOfDetentionIsNoArrest() {
        List<Fact> facts = facts("c3", LocalDate.of(2024, 3, 1),
                "Irena Kovac, a former dancer, was arrested on Jan. 12 in the city of Plovdiv and then jailed "
                + "in early February for organizing protests. "
                + "Kovac was wrongfully detained for over a year, her lawyer said.");
        List<Fact> arrests = of(facts, "arrested", "kovac");
        assertTrue(arrests.stream().anyMatch(f -> "2024-01-12".equals(f.date())), "arrested on Jan. 12: " + arrests);
        assertTrue(arrests.stream().anyMatch(f -> "2024-02".equals(f.date())), "jailed in early February: " + arrests);
        assertEquals(2, arrests.size(), "\"detained for over a year\" tells how long, no third arrest: " + arrests);
    }

    @Test
    void aReleaseInAParticipleClauseConcernsTheMainSubject() {
        List<Fact> facts = facts("c4", LocalDate.of(2025, 4, 11),
                "Lena Ortiz, a chemist, returned home on Thursday after being released from custody "
                + "in a prisoner exchange carried out in Muscat.");
        List<Fact> exchanged = of(facts, "exchanged", "ortiz");
        assertEquals(1, exchanged.size(), "released in an exchange: " + facts);
        assertEquals("Muscat", exchanged.get(0).place());
    }

    @Test
    void everyoneNamedInAListOfTheReleasedIsPartOfTheSwap() {
        List<Fact> facts = facts("c5", LocalDate.of(2024, 6, 8),
                "Marek Halas was arrested in Bishkek in 2021. Ivo Senn was arrested in Almaty in 2022. "
                + "Twelve prisoners were freed in an exchange between Kazakhstan and Poland on Friday. "
                + "Among those released are teacher Marek Halas and engineer Ivo Senn, officials said.");
        assertEquals(1, of(facts, "exchanged", "halas").size(), "Halas is in the list: " + facts);
        assertEquals(1, of(facts, "exchanged", "senn").size(), "Senn is in the list: " + facts);
    }

    @Test
    void plansHopesAndDecisionsAreNoCustodyEvents() {
        List<Fact> facts = facts("c6", LocalDate.of(2022, 10, 3),
                "Pavel Drozd was arrested in Tallinn in 2020. "
                + "Drozd will be moved to a penal colony next month. "
                + "Drozd decided not to appeal, as he hopes to be exchanged. "
                + "On Friday a court in Riga made a decision to extradite Drozd to Canada.");
        assertEquals(List.of(), of(facts, "transferred", "drozd"), "a move announced for next month: " + facts);
        assertEquals(List.of(), of(facts, "exchanged", "drozd"), "only hoped for: " + facts);
        assertEquals(List.of(), of(facts, "extradited", "drozd"), "decided, not carried out: " + facts);
    }

    @Test
    void arrivalAtAPenalColonyAndHouseArrestAreTransfers() {
        List<Fact> facts = facts("c7", LocalDate.of(2020, 8, 5),
                "Oskar Lind was sentenced to ten years on espionage charges in June. "
                + "Lind arrived at a penal colony in Karelia on Monday to serve his sentence, a monitor said. "
                + "Erik Lind, his father, was arrested in 2016. Erik Lind was put under house arrest in 2018.");
        List<Fact> moves = of(facts, "transferred", "oskar");
        assertEquals(1, moves.size(), "arrived at a colony: " + facts);
        assertEquals("Karelia", moves.get(0).place());
        assertEquals("2020-08-03", moves.get(0).date());
        assertTrue(of(facts, "transferred", "erik").stream().anyMatch(f -> "2018".equals(f.date())),
                "house arrest is a move: " + facts);
        assertTrue(of(facts, "arrested", "erik").stream().noneMatch(f -> "2018".equals(f.date())),
                "the word arrest in house arrest is no arrest: " + facts);
    }

    @Test
    void theDayASpokespersonSpokeDoesNotDateTheMoveTheyReport() {
        List<Fact> facts = facts("c8", LocalDate.of(2022, 11, 18),
                "Nadia Brandt, a singer, was arrested in Belgrade in 2021. "
                + "Lawyers for Brandt said in a statement on Thursday "
                + "that Brandt had been taken to a penal colony in the town of Kolpino.");
        List<Fact> moves = of(facts, "transferred", "brandt");
        assertEquals(1, moves.size(), "taken to a colony: " + facts);
        assertEquals("Kolpino", moves.get(0).place());
        assertEquals("2022", moves.get(0).date(), "Thursday is when the lawyers spoke: " + moves);
    }

    @Test
    void aDayWithItsTimeOfDayDatesTheEvent() {
        List<Fact> facts = facts("c8b", LocalDate.of(2024, 9, 13),
                "Greta Lind, a Danish activist, was freed in Gomel on Friday. "
                + "She was handed over to Danish officials at the border on Friday afternoon, the ministry said.");
        List<Fact> moves = of(facts, "extradited", "lind");
        assertEquals(1, moves.size(), "handed over: " + facts);
        assertEquals("2024-09-13", moves.get(0).date(), "Friday afternoon is Friday: " + moves);
    }

    @Test
    void anyCountryOfTheWorldMakesAMoveAcrossABorderAndAUsStateIsNoCountry() {
        List<Fact> facts = facts("c9", LocalDate.of(2021, 2, 1),
                "Jonas Keller, a banker, was transferred to Uruguay in 2020. "
                + "Maria Sola was arrested in the US state of Georgia in September 2019.");
        List<Fact> extradited = of(facts, "extradited", "keller");
        assertEquals(1, extradited.size(), "a move to another country is an extradition: " + facts);
        assertEquals("Uruguay", extradited.get(0).place());
        List<Fact> arrests = of(facts, "arrested", "sola");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Georgia, United States", arrests.get(0).place());
    }

    @Test
    void oneMoveToldTwiceIsOneMoveAndWhereItStartedIsAStay() {
        List<Fact> facts = facts("c10", LocalDate.of(2021, 5, 20),
                "Sara Holm, a journalist, was arrested in Tromso on espionage charges. "
                + "Holm was moved from the Varnes prison to a penal colony in Alta on May 4. "
                + "Holm has arrived at Penal Colony No. 7, her lawyers said.");
        List<Fact> moves = of(facts, "transferred", "holm");
        assertEquals(1, moves.size(), "the arrival is the move told again: " + moves);
        assertTrue(moves.get(0).place().contains("Alta") && moves.get(0).place().contains("Penal Colony No. 7"),
                "to the colony in Alta: " + moves);
        assertEquals("2021-05-04", moves.get(0).date());
        assertTrue(of(facts, "held", "holm").stream().anyMatch(f -> f.place() != null && f.place().contains("Varnes")),
                "held where the move started: " + facts);
    }

    @Test
    void anArrestPlacedOnlyInACountryIsTheArrestTheArticleTellsAtItsCity() {
        List<Fact> facts = facts("c11", LocalDate.of(2018, 12, 20),
                "Diplomats have visited Rui Costa, who was arrested in Spain and is still being held in isolation. "
                + "Costa was arrested in Valencia on July 15.");
        List<Fact> arrests = of(facts, "arrested", "costa");
        assertEquals(1, arrests.size(), "one arrest, told twice: " + arrests);
        assertEquals("Valencia", arrests.get(0).place());
        assertEquals("2018-07-15", arrests.get(0).date());
    }

    @Test
    void aNamedPrisonerSomeoneWasExchangedForWasExchangedToo() {
        List<Fact> facts = facts("c-swap-for", LocalDate.of(2024, 5, 3),
                "Yuri Sokol, a Belarusian smuggler, was arrested in Oslo in 2019. "
                + "Tomas Berg, a Danish engineer, was sentenced to twelve years in Minsk in 2021. "
                + "On Wednesday, Berg was released in exchange for Sokol.");
        assertTrue(of(facts, "exchanged", "berg").stream().anyMatch(f -> "2024-05-01".equals(f.date())), "Berg: " + facts);
        assertTrue(of(facts, "exchanged", "sokol").stream().anyMatch(f -> "2024-05-01".equals(f.date())),
                "the man he was exchanged for: " + facts);
    }

    @Test
    void aCourtExtendingSomeonesDetentionShowsWhereTheyAreHeld() {
        List<Fact> facts = facts("c20", LocalDate.of(2022, 10, 6),
                "A court in the Georgian city of Batumi on Wednesday extended the detention of sailor Oren Tal "
                + "by three months. The court turned down his request to be moved to house arrest.");
        List<Fact> held = of(facts, "held", "tal");
        assertEquals(1, held.size(), "the extension shows him held: " + facts);
        assertEquals("Batumi", held.get(0).place());
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("request") && f.kind().equals("transfer")
                && "refused".equals(f.status())), "a refused request for house arrest: " + facts);
    }

    @Test
    void aStayJoinedToACourtStepSharesItsSubject() {
        List<Fact> facts = facts("c21", LocalDate.of(2022, 10, 6),
                "Greta Holm, a Swedish teacher, was charged with smuggling and has been in Belarusian "
                + "custody since July 3, 2022.");
        assertTrue(of(facts, "arrested", "holm").stream().anyMatch(f -> "2022-07-03".equals(f.date())),
                "in custody since July 3: " + facts);
    }

    @Test
    void aNationalityNounWithAClauseSetOffByCommasIsTheDetaineeNamedBefore() {
        List<Fact> facts = facts("c22", LocalDate.of(2023, 2, 14),
                "Police arrested Dutch engineer Pieter Brandsma at the airport in January. "
                + "The Dutchman, who had worked on a port project for two years, is being held in Kresty prison.");
        assertTrue(of(facts, "held", "brandsma").stream().anyMatch(f -> f.place() != null && f.place().contains("Kresty")),
                "the Dutchman is Brandsma: " + facts);
    }

    @Test
    void theSpeakerNamedAfterAQuoteIsNotTheOneDetained() {
        List<Fact> facts = facts("c23", LocalDate.of(2023, 2, 14),
                "Aid worker Sami Okafor was arrested in Niamey last week. "
                + "Okafor was \u201cunlawfully detained,\u201d insisted Karin Lund.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("lund")), "Lund only spoke: " + facts);
    }

    @Test
    void anArrestToldAfterSinceWithItsOwnPlaceAndDateIsAnArrest() {
        List<Fact> facts = facts("c24", LocalDate.of(2019, 3, 8),
                "Surveyor Hanne Berg was sentenced to nine years in prison on Thursday, "
                + "her fourth hearing since her arrest in Mary on October 2.");
        List<Fact> arrests = of(facts, "arrested", "berg");
        assertEquals(1, arrests.size(), "the arrest is told: " + facts);
        assertEquals("2018-10-02", arrests.get(0).date());
    }

    @Test
    void aReleaseOfSomeoneDescribedInTheSameSentenceIsTheirRelease() {
        List<Fact> facts = facts("c25", LocalDate.of(2019, 3, 8),
                "Hanne Berg, a Danish surveyor, who was detained in Tajikistan for ten months, "
                + "was released on Thursday, her employer said.");
        assertTrue(of(facts, "released", "berg").stream().anyMatch(f -> "2019-03-07".equals(f.date())),
                "released on Thursday: " + facts);
    }

    @Test
    void anAbductionOrAHostageTakingIsAnArrestByWhoeverHoldsThem() {
        List<Fact> facts = facts("c26", LocalDate.of(2023, 6, 1),
                "Engineer Lars Moen was abducted in Bamako in March 2022 by an armed group. "
                + "Moen has been held hostage since then.");
        assertTrue(of(facts, "arrested", "moen").stream().anyMatch(f -> "2022-03".equals(f.date())),
                "the abduction: " + facts);
    }

    @Test
    void aReleaseOnlySupposedIsNoRelease() {
        List<Fact> facts = facts("c-should", LocalDate.of(2022, 5, 6),
                "Ann Lee was sentenced to six years in prison in Tarvos on Friday. "
                + "Should Lee be pardoned, she will still have to pay a large fine.");
        assertTrue(of(facts, "released", "lee").isEmpty(), "'should she be pardoned' supposes a release: " + facts);
    }

    @Test
    void theDateOfWhatCameAfterIsNotTheDateOfTheArrest() {
        List<Fact> facts = facts("c-before", LocalDate.of(2024, 6, 1),
                "Ann Lee's arrest in Tarvos came before the two countries signed an extradition treaty in 2015.");
        List<Fact> arrests = of(facts, "arrested", "lee");
        assertEquals(1, arrests.size(), facts.toString());
        assertTrue(arrests.get(0).date() == null || !arrests.get(0).date().startsWith("2015"),
                "2015 dates the treaty: " + arrests);
    }

    @Test
    void aPrisonOfAPeopleIsInTheirCountry() {
        List<Fact> facts = facts("c-demonym", LocalDate.of(2019, 12, 10),
                "Tom Ash, who was held in an overcrowded Venezuelan prison for two years, was freed on Monday.");
        assertTrue(of(facts, "held", "ash").stream().anyMatch(f -> "Venezuela".equals(f.place())),
                "a Venezuelan prison is in Venezuela: " + facts);
    }

    @Test
    void theStateWhoseAuthoritiesReleaseSomeoneIsWhereTheReleaseHappened() {
        List<Fact> facts = facts("c-state", LocalDate.of(2025, 3, 20),
                "Iranian authorities have released Ann Lee, a French teacher, the president said on Thursday.");
        assertTrue(of(facts, "released", "lee").stream().anyMatch(f -> "Iran".equals(f.place())),
                "released by Iranian authorities: " + facts);
    }

    @Test
    void whatMightHaveBeenInAClauseOfItsOwnDoesNotUndoTheArrestAndThoseDescribedAsDeportedAreNotTheSpeaker() {
        List<Fact> facts = facts("c-modal-clause", LocalDate.of(2023, 2, 10),
                "Tomas Vidal, who was arrested in Managua before he could run in the election, thanked his supporters. "
                + "Judge Karl Ruiz described the prisoners as having been deported.");
        assertEquals(1, of(facts, "arrested", "vidal").size(), "'could' is about running, not the arrest: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("ruiz")), "the judge was not deported: " + facts);
    }

    @Test
    void aStayToldBesideAnEffortIsStillAStay() {
        List<Fact> facts = facts("c-stay-effort", LocalDate.of(2014, 4, 8),
                "Aid worker Karl Brandt, serving a 15-year prison sentence in Havana, went on a hunger strike, his lawyer said Tuesday.");
        assertTrue(of(facts, "held", "brandt").stream().anyMatch(f -> "Havana".equals(f.place())),
                "serving in Havana while striking: " + facts);
    }

    @Test
    void anArrestInAWhereClauseHappenedAtThePlaceItDescribes() {
        List<Fact> facts = facts("c-where", LocalDate.of(2023, 9, 27),
                "Omar Haddad, a soldier, was freed on Monday. On July 18, Haddad joined a tour of the border area. "
                + "During the tour, he ran across the border into Belarus, where he was detained.");
        List<Fact> arrests = of(facts, "arrested", "haddad");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("Belarus", arrests.get(0).place(), "where he was detained: " + arrests);
    }

    @Test
    void aLeadDescribedWithAParticipleIsTheDetaineeNamedAfterTheLawyerAndTwoStatesAreTwoMoves() {
        List<Fact> facts = facts("c-lead-moves", LocalDate.of(2022, 8, 5),
                "Greece extradited to the United States a Russian computer expert convicted of fraud in France "
                + "hours after he was released from prison, his lawyer said Friday. "
                + "According to his lawyer Zoya Brandt, Karl Holm was put on a private jet. "
                + "Holm was handed over to Greece by French authorities on Thursday.");
        List<Fact> moves = of(facts, "extradited", "holm");
        assertTrue(moves.stream().anyMatch(f -> "United States".equals(f.place())), "the expert is Holm: " + facts);
        assertTrue(moves.stream().anyMatch(f -> "Greece".equals(f.place())), "a second move, to Greece: " + moves);
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("brandt")), "the lawyer is no detainee: " + facts);
    }

    @Test
    void aDescribedDetaineeWhoIsMovedIsTransferred() {
        List<Fact> facts = facts("c30", LocalDate.of(2022, 6, 9),
                "A Danish chef held in Peru for two years has been taken to a prison clinic, his brother said. "
                + "Jonas Holm was arrested in Cusco in 2021.");
        assertEquals(1, of(facts, "transferred", "holm").size(), "the chef was moved: " + facts);
    }

    @Test
    void anArrestToldAsYearsBeforeTheNewsTakesNotTheNewsDate() {
        List<Fact> facts = facts("c31", LocalDate.of(2023, 6, 16),
                "The trial of Norwegian sailor Erik Dahl began in Luanda on Monday, three years after he was "
                + "detained at the port of Lobito, his son said. Dahl, 52, is held in a prison in Benguela.");
        List<Fact> arrests = of(facts, "arrested", "dahl");
        assertEquals(1, arrests.size(), "one arrest: " + facts);
        assertTrue(arrests.get(0).date() == null || !arrests.get(0).date().startsWith("2023"),
                "detained three years before Monday, not on Monday: " + arrests);
    }

    @Test
    void namesSetOffByDashesAfterAPluralNounAreThePeopleItCounts() {
        List<Fact> facts = facts("c32", LocalDate.of(2025, 1, 21),
                "The two Canadians – Tom Ash and Bill Lane – were exchanged for a convicted smuggler on Monday.");
        assertEquals(1, of(facts, "exchanged", "ash").size(), "Ash was exchanged: " + facts);
        assertEquals(1, of(facts, "exchanged", "lane").size(), "Lane was exchanged: " + facts);
    }

    @Test
    void anArrestOnArrivalHappenedWhereTheJourneyEnded() {
        List<Fact> facts = facts("c33", LocalDate.of(2025, 1, 21),
                "Bill Lane was detained by police when he returned to Belarus in 2022 to visit his mother. "
                + "Police detained Ann Berg in 2023 before she could return to Sweden.");
        assertEquals("Belarus", of(facts, "arrested", "lane").get(0).place(), "detained on his return: " + facts);
        assertTrue(of(facts, "arrested", "berg").stream().noneMatch(f -> "Sweden".equals(f.place())),
                "she never got to Sweden: " + facts);
    }

    @Test
    void aReleaseThatIsLikelyOrExpectedHasNotHappened() {
        List<Fact> facts = facts("c34", LocalDate.of(2024, 3, 2),
                "Teacher Ana Ruiz was jailed in Caracas in 2022. She is likely to be released in May, her lawyer said. "
                + "Her colleague Tomas Vidal, who was arrested with her, is expected to be freed next week.");
        assertEquals(0, of(facts, "released", "").size(), "two forecasts, no release: " + facts);
    }

    @Test
    void custodyDescribedByAPeoplesAdjectiveIsInTheirCountry() {
        List<Fact> facts = facts("c35", LocalDate.of(2020, 2, 25),
                "Swedish publisher Lars Eklund was arrested in 2018. Eklund remains in Chinese detention, his daughter said. "
                + "Dutch nurse Anna Vos has spent two years in Iranian custody.");
        assertTrue(of(facts, "held", "eklund").stream().anyMatch(f -> "China".equals(f.place())),
                "'Chinese' is China, though Macau's people are called so too: " + facts);
        assertTrue(of(facts, "held", "vos").stream().anyMatch(f -> "Iran".equals(f.place())), "Iranian custody: " + facts);
    }

    @Test
    void aPlaceInTheDescriptionOfTheFreedPersonIsNotWhereTheSwapHappened() {
        List<Fact> facts = facts("c36", LocalDate.of(2023, 5, 12),
                "Ole Berg, the Danish sailor who spent a year in Russian custody, was freed on Thursday "
                + "in a prisoner exchange carried out at an airport in Doha.");
        assertTrue(of(facts, "exchanged", "berg").stream().allMatch(f -> "Doha".equals(f.place())), "swapped in Doha: " + facts);
    }

    @Test
    void aCountryThatOnlyDescribesSomeoneIsNotWhereTheArrestHappened() {
        List<Fact> facts = facts("c37", LocalDate.of(2013, 1, 30),
                "Pastor Jon Ray was arrested in September, though his U.S.-based supporters say he had stopped preaching.");
        assertTrue(of(facts, "arrested", "ray").stream().noneMatch(f -> "United States".equals(f.place())),
                "his supporters are in the US, not his arrest: " + facts);
    }

    @Test
    void aSinceDatesTheDetentionNotTheVerdictTheParserHungItOn() {
        List<Fact> facts = facts("c38", LocalDate.of(2013, 5, 1),
                "An American man detained in Tarvia since last November has been sentenced to 15 years of hard labor, "
                + "state news reported. The man, Jon Ray, was arrested November 3 in the port of Lobo.");
        assertTrue(facts.stream().filter(f -> f.kind().equals("sentenced")).noneMatch(f -> "2012-11".equals(f.date())),
                "not sentenced last November: " + facts);
    }

    @Test
    void anAppealWithADayBeforeItsForAsksForRelease() {
        List<Fact> facts = facts("c39", LocalDate.of(2013, 5, 1),
                "Jon Ray has been held in Tarvia since November. The State Department appealed Monday for Ray's release "
                + "on humanitarian grounds.");
        assertEquals(0, of(facts, "released", "ray").size(), "asked for, not released: " + facts);
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("request") && f.kind().equals("release")), "the appeal: " + facts);
    }

    @Test
    void whereSomeoneFreedIsNowIsNoCustody() {
        List<Fact> facts = facts("c40", LocalDate.of(2022, 9, 20),
                "An American contractor held by rebels in Tarvia for two years was released on Monday in a swap, the president said. "
                + "Jon Ray, 60, a Navy veteran, was abducted in January 2020. The White House confirmed Mr Ray is now in Qatar. "
                + "Teacher Ann Lee, arrested in May, is still in Evin prison, her lawyer said.");
        assertTrue(of(facts, "held", "ray").stream().noneMatch(f -> "Qatar".equals(f.place())), "free in Qatar: " + facts);
        assertEquals(1, of(facts, "held", "lee").size(), "Lee is still held: " + facts);
    }

    @Test
    void whatIsToHappenUponARelease() {
        List<Fact> facts = facts("c41", LocalDate.of(2018, 9, 3),
                "Blogger Ali Nassar was sentenced to ten years in prison in May. "
                + "The court also ordered that he be kept under watch for three years upon his release.");
        assertEquals(0, of(facts, "released", "nassar").size(), "no release yet: " + facts);
    }

    @Test
    void anArrestAJudgeOrderedIsNoArrest() {
        List<Fact> facts = facts("c42", LocalDate.of(2021, 6, 29),
                "Activist Emeka Obi was arrested in October 2015. "
                + "In 2019 a judge ordered his arrest after he failed to attend hearings.");
        assertTrue(of(facts, "arrested", "obi").stream().noneMatch(f -> "2019".equals(f.date())), "ordered, not made: " + facts);
    }

    @Test
    void anArrestByAStatesAuthoritiesHappenedInThatState() {
        List<Fact> facts = facts("c43", LocalDate.of(2020, 6, 4),
                "Jon Ray, a teacher who traveled to Iran to meet a friend, was arrested by Iranian authorities in July 2018.");
        assertTrue(of(facts, "arrested", "ray").stream().anyMatch(f -> "Iran".equals(f.place())), "held by Iran: " + facts);
    }

    @Test
    void aStaySinceADateGoesOnUpToTheNews() {
        List<Fact> facts = facts("c44", LocalDate.of(2013, 5, 1),
                "An American tour guide detained in Tarvia since last November has been sentenced to 15 years of hard labor. "
                + "The man, Jon Ray, was arrested on November 3 in the port of Lobo.");
        assertTrue(of(facts, "held", "ray").stream().anyMatch(f -> "2013-05".equals(f.date())), "held now: " + facts);
    }

    @Test
    void aMoveToAPrisonOfTheCountryItNamesIsATransfer() {
        List<Fact> facts = facts("c45", LocalDate.of(2013, 1, 30),
                "Pastor Jon Ray was sentenced on Sunday. After sentencing, he was sent to Iran's Evin prison, "
                + "where many political prisoners have been held.");
        assertEquals(1, of(facts, "transferred", "ray").size(), "moved within Iran: " + facts);
        assertEquals(0, of(facts, "extradited", "ray").size(), "no border crossed: " + facts);
    }

    @Test
    void aNotOfAVerbJoinedAfterTheReleaseDoesNotUndoIt() {
        List<Fact> facts = facts("c46", LocalDate.of(2021, 6, 29),
                "Separatist leader Emeka Obi was arrested in October 2015. "
                + "He was freed on bail in April 2017 but has not been seen in the country since.");
        assertEquals(1, of(facts, "released", "obi").size(), "freed, then not seen: " + facts);
    }

    @Test
    void twoWhoRemainInPrisonAreHeldAndNotRestingUntilTheyAreFreeAsksForIt() {
        List<Fact> facts = facts("c47", LocalDate.of(2015, 2, 2),
                "Reporters Ana Ruiz and Tom Ash remain in a prison in Cairo. "
                + "\"We will not rest until Ana and Tom also regain their freedom,\" the network's director said on Sunday.");
        assertEquals(1, of(facts, "held", "ruiz").size(), "Ruiz is held: " + facts);
        assertEquals(1, of(facts, "held", "ash").size(), "Ash is held: " + facts);
        assertEquals(2, facts.stream().filter(f -> f.type().equals("request") && f.kind().equals("release")).count(),
                "their freedom asked for: " + facts);
    }

    @Test
    void soldiersWhoCaptureSomeoneAbroadGiveNoPlaceOfTheirOwnState() {
        List<Fact> facts = facts("c48", LocalDate.of(2024, 10, 7),
                "Volunteer Jon Ray had joined a defence unit in the city of Kharkiv in February 2022. "
                + "Ray was detained by Russian soldiers on April 2, 2022 during the fighting for the city.");
        assertTrue(of(facts, "arrested", "ray").stream().noneMatch(f -> "Russia".equals(f.place())), "captured in Ukraine: " + facts);
    }

    @Test
    void aMoveACourtRulesIsMade() {
        List<Fact> facts = facts("c49", LocalDate.of(2018, 7, 25),
                "Pastor Jon Ray has been held in Izmir since October 2016. "
                + "The same court ruled on July 25 to move Ray from prison to house arrest, citing his health.");
        assertEquals(1, of(facts, "transferred", "ray").size(), "moved to house arrest: " + facts);
    }

    @Test
    void twoJailedSinceAYearAreHeldNowAndTheWhenOfTheirArrestIsNoStay() {
        List<Fact> facts = facts("c50", LocalDate.of(2021, 3, 19),
                "Hearings for the Canadians Paul Smith and Mark Jones, jailed in China since 2018, will take place in a matter of days.");
        assertTrue(of(facts, "held", "smith").stream().anyMatch(f -> "China".equals(f.place()) && "2021-03".equals(f.date())),
                "held in China now: " + facts);
        assertTrue(of(facts, "held", "jones").stream().anyMatch(f -> "China".equals(f.place())), "so is Jones: " + facts);

        List<Fact> when = facts("c51", LocalDate.of(2007, 2, 8),
                "Activist Omar Haddad has been in Chinese custody since March, when he was detained in Uzbekistan.");
        assertTrue(of(when, "held", "haddad").stream().noneMatch(f -> "Uzbekistan".equals(f.place())),
                "detained in Uzbekistan, held in China: " + when);
    }

    @Test
    void aCourtThatDecidedAgainstReleasingSomeoneReleasedNoOne() {
        List<Fact> facts = facts("c-decided-against", LocalDate.of(2021, 11, 12),
                "Anna Laine, a Finnish teacher, has been held in Lima since 2019. "
                + "A court in Lima decided against releasing Ms Laine last year.");
        assertEquals(List.of(), of(facts, "released", "laine"), "she is still held: " + facts);
    }

    @Test
    void aLengthTakenWithTheDayItHappenedLeavesTheDay() {
        List<Fact> facts = facts("c-hours-on-day", LocalDate.of(2016, 8, 13),
                "Tom Hart, a reporter, was detained by police for over 24 hours on August 8th and 9th.");
        List<Fact> arrests = of(facts, "arrested", "hart");
        assertEquals(1, arrests.size(), facts.toString());
        assertEquals("2016-08-08", arrests.get(0).date(), "the day, not the article's: " + arrests);
    }

    @Test
    void renderedToACountryIsTakenAcrossItsBorder() {
        List<Fact> facts = facts("c-rendered", LocalDate.of(2016, 11, 15),
                "Tom Hart, a British activist, was kidnapped at an airport in Yemen in 2014 and rendered to Ethiopia.");
        assertEquals(1, of(facts, "extradited", "hart").size(), facts.toString());
    }

    @Test
    void aPlotToExchangeHostagesExchangesNoOneAndAReleaseStaysARelease() {
        List<Fact> facts = facts("c-plot-exchange", LocalDate.of(2010, 11, 9),
                "U.S. citizen Ann Lee was released from a Peruvian prison Monday. Ann Lee and Bo Lin were arrested in Lima "
                + "in 1995. A day after their arrest, police foiled a rebel plot to storm Congress, take lawmakers hostage "
                + "and exchange them for jailed leaders of the group.");
        assertEquals(List.of(), of(facts, "exchanged", "lee"), "a plot, no swap: " + facts);
        assertEquals(1, of(facts, "released", "lee").size(), facts.toString());
    }

    @Test
    void aCourtThatProlongsAnArrestKeepsSomeoneHeldInItsTownAndArrestsNoOne() {
        List<Fact> facts = facts("c60", LocalDate.of(2024, 5, 10),
                "A Lima court on Monday prolonged the arrest of Tom Ash by two months. "
                + "The court extended the detention of Bob Reed, a Canadian pilot, by three months.");
        assertEquals(0, of(facts, "arrested", "ash").size(), "no new arrest: " + facts);
        assertEquals(0, of(facts, "arrested", "reed").size(), "no new arrest: " + facts);
        List<Fact> held = of(facts, "held", "ash");
        assertEquals(1, held.size(), "still held: " + facts);
        assertEquals("Lima", held.get(0).place(), "where the court sits: " + held);
        assertEquals(1, of(facts, "held", "reed").size(), "still held: " + facts);
    }

    @Test
    void aDeathOrANightInACellTellsWhereSomeoneWasHeld() {
        List<Fact> facts = facts("c61", LocalDate.of(2024, 5, 10),
                "Ann Lee, a Thai student, died at an immigration detention centre in Cusco in March. "
                + "Ron Park spent the night in a police station in Tacna after his arrest on Monday. "
                + "Jim Fox was kept at the Arequipa police cells overnight.");
        assertTrue(of(facts, "held", "lee").stream().anyMatch(f -> "Cusco".equals(f.place())), "died in custody there: " + facts);
        assertTrue(of(facts, "held", "park").stream().anyMatch(f -> "Tacna".equals(f.place())), "a night in a station: " + facts);
        assertTrue(of(facts, "held", "fox").stream().anyMatch(f -> f.place() != null && f.place().contains("Arequipa")),
                "kept in the cells: " + facts);
    }

    @Test
    void aMoveIntoAnotherCountrysCustodyIsAnExtraditionAndOneInsideItATransfer() {
        List<Fact> facts = facts("c62", LocalDate.of(2024, 5, 10),
                "Kurdish forces detained Tom Ash, a French citizen, in Syria in 2017. He was transferred to Iraqi authorities in January 2019. "
                + "Ann Lee was arrested in Lima in 2019 and transferred to a prison in Cusco in March.");
        assertEquals(1, of(facts, "extradited", "ash").size(), "from Syria into Iraq's custody: " + facts);
        assertEquals(0, of(facts, "transferred", "ash").size(), "not a move inside one country: " + facts);
        assertEquals(1, of(facts, "transferred", "lee").size(), "Lima to Cusco stays in Peru: " + facts);
    }

    @Test
    void fearsAnArrestSetsOffDoNotUnsayTheArrest() {
        List<Fact> facts = facts("c63", LocalDate.of(2025, 8, 10),
                "Police in Peru detained Tom Ash in May 2025, more than a year after he was deported from neighboring Chile, "
                + "sparking fears that he could face torture or death if returned to his native region.");
        List<Fact> arrests = of(facts, "arrested", "ash");
        assertEquals(1, arrests.size(), "the arrest was made: " + facts);
        assertEquals("Peru", arrests.get(0).place());
    }

    @Test
    void heldForAYearAndAHalfIsNoCharge() {
        List<Fact> facts = facts("c64", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Canadian citizen who was detained for more than a year and a half by rebels in Peru, "
                + "has been released, the minister said on Sunday.");
        assertEquals(1, of(facts, "released", "ash").size(), "released: " + facts);
        assertEquals(0, facts.stream().filter(f -> f.type().equals("legal")).count(), "a length of time is no charge: " + facts);
    }

    @Test
    void aStateThatFreesSomeoneDescribedAsHeldFreesThemInTheExchange() {
        List<Fact> facts = facts("c65", LocalDate.of(2024, 5, 10),
                "Bolivia has freed Jim Fox, a Briton held for two years on spying charges, in exchange for a Bolivian jailed in Britain.");
        assertEquals(1, of(facts, "exchanged", "fox").size(), "freed in a swap: " + facts);
    }

    @Test
    void aWhoClauseInsideADescribedAgeLeavesTheNameTheSubjectOfTheMainVerb() {
        List<Fact> facts = facts("c66", LocalDate.of(2024, 5, 10),
                "Tom Ash, a 24-year-old who held dual British-Peruvian citizenship until Sunday, was released from Lima's "
                + "Lurigancho prison complex and flew home early on Monday morning, according to a rights group.");
        List<Fact> released = of(facts, "released", "ash");
        assertEquals(1, released.size(), "released: " + facts);
        assertTrue(released.get(0).place() != null && released.get(0).place().contains("Lurigancho"), "from the prison: " + released);
    }

    @Test
    void anArticleWithNoDateStillGivesItsFactsWhenAnEventIsCountedBack() {
        List<Fact> facts = facts("c67", null,
                "Tom Ash was freed from a prison in Lima two years after he was arrested in Peru. He flew home to Toronto.");
        assertEquals(1, of(facts, "released", "ash").size(), "released, though nothing dates the article: " + facts);
        assertEquals(1, of(facts, "arrested", "ash").size(), "the arrest, with no date to count back from: " + facts);
    }

    @Test
    void peopleKeptInAPrisonSomewhereAreHeldThere() {
        List<Fact> facts = facts("c68", LocalDate.of(2024, 5, 10),
                "Tom Ash and Ann Lee were arrested in Peru in 2022. Ash and Lee are kept in a prison in Cusco in southern Peru.");
        for (String person : List.of("ash", "lee")) {
            assertTrue(of(facts, "held", person).stream().anyMatch(f -> f.place() != null && f.place().contains("Cusco")),
                    person + " is held in Cusco: " + facts);
        }
    }

    @Test
    void someoneWhoSpeaksFromInsideAPrisonIsHeldThere() {
        List<Fact> facts = facts("c69", LocalDate.of(2024, 5, 10),
                "Tom Ash was arrested in Peru in 2022. His voice is calm as he reads his letter to the Canadian prime minister "
                + "from inside Lima's Lurigancho prison.");
        assertTrue(of(facts, "held", "ash").stream().anyMatch(f -> f.place() != null && f.place().contains("Lurigancho")),
                "held where he speaks from: " + facts);
    }

    @Test
    void someoneFoundNotGuiltyIsReleasedAndNotConvicted() {
        List<Fact> facts = facts("c70", LocalDate.of(2024, 5, 10),
                "Tom Ash was arrested in Lima in 2021. Ash and Bo Lin were found not guilty on 12 charges including "
                + "smuggling in the high court in Lima on May 2.");
        List<Fact> released = of(facts, "released", "ash");
        assertEquals(1, released.size(), "acquitted, so freed: " + facts);
        assertTrue(released.get(0).date() != null && released.get(0).date().endsWith("-05-02"), released.toString());
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("convicted")), "not guilty is no conviction: " + facts);
    }

    @Test
    void peopleNamedAfterATimePhraseAreTheOnesDeportedThere() {
        List<Fact> facts = facts("c71", LocalDate.of(2024, 5, 8),
                "Peru deported on Tuesday morning two of three Chilean suspects Tom Ash and Bo Lin to Chile.");
        for (String person : List.of("ash", "lin")) {
            List<Fact> moved = of(facts, "extradited", person);
            assertEquals(1, moved.size(), person + " was deported: " + facts);
            assertEquals("Chile", moved.get(0).place(), "sent to Chile, a name is never 'to' a place: " + moved);
            assertEquals("2024-05-07", moved.get(0).date(), moved.toString());
        }
    }

    @Test
    void peopleSaidToBeAmongAGroupDetainedWereDetainedWithIt() {
        List<Fact> facts = facts("c72", LocalDate.of(2024, 5, 10),
                "Tom Ash and Bo Lin were sentenced to death in Lima on Tuesday. They are among a group of nine Chileans "
                + "who were detained by the army in Peru in January.");
        for (String person : List.of("ash", "lin")) {
            List<Fact> arrested = of(facts, "arrested", person);
            assertEquals(1, arrested.size(), person + " was detained with the group: " + facts);
            assertEquals("2024-01", arrested.get(0).date(), arrested.toString());
        }
    }

    @Test
    void beingPlacedInCustodyIsAnArrest() {
        List<Fact> facts = facts("c73", LocalDate.of(2024, 5, 10),
                "A court in Lima said on Friday that Tom Ash had been placed in \"extradition custody\" on Wednesday.");
        List<Fact> arrested = of(facts, "arrested", "ash");
        assertEquals(1, arrested.size(), facts.toString());
        assertEquals("2024-05-08", arrested.get(0).date(), arrested.toString());
    }

    @Test
    void aReleaseOnlyIfBailIsPaidHasNotHappened() {
        List<Fact> facts = facts("c74", LocalDate.of(2024, 5, 10),
                "Tom Ash was arrested in Lima in March. A court set bail for Ash at 10,000 soles on the understanding "
                + "that if he pays this and is released, he will not leave Peru.");
        assertEquals(List.of(), of(facts, "released", "ash"), "the release is a condition, not an event");
    }

    @Test
    void theArrestARequestHasGoneOnSinceHappenedWhereAndWhenItSays() {
        List<Fact> facts = facts("c75", LocalDate.of(2024, 5, 10),
                "Tom Ash has been granted a partial release. Chilean politicians welcomed the news after lobbying for "
                + "Ash's release since his arrest in Lima in October 2020.");
        List<Fact> arrested = of(facts, "arrested", "ash");
        assertEquals(1, arrested.size(), facts.toString());
        assertEquals("Lima", arrested.get(0).place(), arrested.toString());
        assertEquals("2020-10", arrested.get(0).date(), arrested.toString());
    }

    @Test
    void anArrestTheRequestFollowedAsSomeoneTellsItHappened() {
        List<Fact> facts = facts("c-plea-after", LocalDate.of(2024, 7, 10),
                "A Canadian man's family is pleading for his release after they say he was wrongfully arrested in Peru "
                + "just days after the election. Tom Ash is a teacher from Toronto.");
        List<Fact> arrested = of(facts, "arrested", "ash");
        assertEquals(1, arrested.size(), "the plea followed his arrest: " + facts);
        assertEquals("Peru", arrested.get(0).place(), facts.toString());
    }
}
