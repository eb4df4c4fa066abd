package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/** Diplomatic facts and requests on short articles written for the test (names and places invented). */
class DiplomacySentencesTest {

    private static List<Fact> facts(String id, LocalDate date, String body) {
        return ArticleExtraction.facts(id, date, body);
    }

    private static List<Fact> of(List<Fact> facts, String type, String kind) {
        return facts.stream().filter(f -> f.type().equals(type) && f.kind().equals(kind)).toList();
    }

    private static List<Fact> of(List<Fact> facts, String type, String kind, String personPart) {
        return of(facts, type, kind).stream().filter(f -> f.person().contains(personPart)).toList();
    }

    @Test
    void aThingTheArticleDescribesIsNoStatementButADescriptionBySomeoneIs() {
        List<Fact> described = facts("d-described", LocalDate.of(2024, 5, 10),
                "Tom Ash and Bo Lin were jailed in Peru in May. The inquiry, described as one of the largest in Peruvian "
                + "history, revealed efforts by the defendants to gather secrets.");
        assertEquals(0, of(described, "diplomatic", "statement").size(), described.toString());
        List<Fact> remarked = facts("d-remarked", LocalDate.of(2024, 5, 10),
                "Tom Ash was jailed in Peru in May. The Tarvian ministry described his detention as arbitrary.");
        assertEquals(1, of(remarked, "diplomatic", "statement", "ash").size(), remarked.toString());
    }

    @Test
    void aCallPointedBackToWithNoOfficialIsNoDiplomaticCall() {
        List<Fact> facts = facts("d-that-call", LocalDate.of(2024, 7, 8),
                "Daniel Ortmann was arrested in Texas in May and phoned his sister from the jail. "
                + "Within hours of that call, Ortmann was moved to another prison.");
        assertTrue(of(facts, "diplomatic", "call", "ortmann").stream()
                .noneMatch(f -> f.evidence().stream().anyMatch(e -> e.sentence() == 1)), "a family call, told again: " + facts);
    }

    @Test
    void speakingToANewsSiteWhileSayingSomethingIsNoCall() {
        List<Fact> facts = facts("d-speaking-to", LocalDate.of(2024, 7, 8),
                "Daniel Ortmann was detained in Peru in May. Speaking to a news site on Tuesday, Tom Ortmann, his father, "
                + "said officials had handed him over to the family.");
        assertEquals(0, of(facts, "diplomatic", "call", "ortmann").size(), "the father talked to the press: " + facts);
    }

    @Test
    void theProsecutingSidesAccountIsNoStatementOnTheCase() {
        List<Fact> facts = facts("d-investigators", LocalDate.of(2024, 7, 8),
                "Daniel Ortmann was arrested in Lima in May. The investigating team said Ortmann had flown from Cusco on the same day. "
                + "The court said Ortmann had been carrying cash.");
        assertEquals(0, of(facts, "diplomatic", "statement", "ortmann").size(), "investigators and the court tell their case: " + facts);
    }

    @Test
    void aJudgementIsAStatementOfItsOwnAndEachSpeakerMakesOne() {
        List<Fact> facts = facts("d1", LocalDate.of(2021, 3, 5),
                "Canadian teacher Daniel Ortmann, who was arrested in Varna in 2019, was sentenced on Thursday "
                + "to eight years in prison for fraud. "
                + "The Canadian ambassador, Mark Hollis, condemned the sentencing of Ortmann as a travesty of justice. "
                + "Ortmann denounced the verdict as completely political.");
        List<Fact> statements = of(facts, "diplomatic", "statement", "ortmann");
        assertEquals(2, statements.size(), "the ambassador's and the detainee's own remark: " + statements);
        assertTrue(statements.stream().anyMatch(f -> f.actor() != null && f.actor().contains("Hollis")),
                "the ambassador named beside the subject speaks: " + statements);
    }

    @Test
    void whatAGovernmentSaidItWouldDoIsAPlanAndItsRemarkIsMadeNow() {
        List<Fact> facts = facts("d1b", LocalDate.of(2025, 1, 21),
                "Lena Maris, a Danish teacher, was sentenced to ten years in prison in Hanoi on Monday. "
                + "Foreign Minister Karl Holm said the government was deeply disappointed by the verdict "
                + "and would continue to advocate for her release. "
                + "The ministry said it would also seek her transfer to a Danish prison.");
        List<Fact> remarks = of(facts, "diplomatic", "statement");
        assertEquals(1, remarks.size(), "disappointed: a remark, not a lawyer's ('advocate' is no lawyer here): " + facts);
        assertEquals("done", remarks.get(0).status(), "a remark is made as it is told: " + remarks);
        assertEquals(1, of(facts, "request", "release").size(), "advocating for her release: " + facts);
        assertEquals(1, of(facts, "request", "transfer").size(), "said it would seek her transfer: " + facts);

        List<Fact> guess = facts("d1c", LocalDate.of(2025, 1, 21),
                "Lena Maris, a Danish teacher, was sentenced to ten years in prison in Hanoi on Monday. "
                + "Analysts said a transfer to a Danish prison would be possible if relations improve.");
        assertTrue(of(guess, "request", "transfer").isEmpty(), "a guess is no request: " + guess);
    }

    @Test
    void sayingWhatHappenedToTheDetaineeIsNoStatement() {
        List<Fact> facts = facts("d2", LocalDate.of(2022, 6, 9),
                "Norwegian engineer Henrik Dalby was arrested in Tbilisi on Monday, the foreign ministry said. "
                + "\"Dalby has arrived at Pretrial Detention Centre No. 5,\" a monitor said.");
        assertEquals(0, of(facts, "diplomatic", "statement").size(), "only vehicles of other facts: " + facts);
    }

    @Test
    void aRequestNamesWhomItIsForAndARemarkInItsClauseIsAStatement() {
        List<Fact> facts = facts("d3", LocalDate.of(2023, 4, 2),
                "Journalist Sofia Marek was detained in Minsk last week. "
                + "Foreign Minister Karl Brandt also sought the release of Jonas Ruud, "
                + "whom the ministry said was wrongfully detained.");
        assertEquals(1, of(facts, "request", "release", "ruud").size(), "the release asked for Ruud: " + facts);
        assertEquals(0, of(facts, "request", "release", "marek").size(), "nobody asked for Marek here: " + facts);
        assertEquals(1, of(facts, "diplomatic", "statement", "ruud").size(), "'wrongfully detained': " + facts);
    }

    @Test
    void aVisitToldTwiceIsOneVisitAndACancelledVisitIsNone() {
        List<Fact> facts = facts("d4", LocalDate.of(2021, 5, 11),
                "Marta Lind, a Swedish teacher, was detained in Riverton on March 2. "
                + "Swedish diplomats visited Lind at a Riverton jail on Sunday. "
                + "\"Our consul saw Marta Lind at the Central Remand Prison on May 9,\" the ministry's spokesman added. "
                + "A second consular visit had been planned for April 20, but prison officials called it off "
                + "the night before.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "lind");
        assertEquals(1, visits.size(), "one visit on May 9 told twice, and none called off: " + visits);
        assertEquals("2021-05-09", visits.get(0).date());
    }

    @Test
    void whatIsAskedDecidesTheKind() {
        List<Fact> facts = facts("d5", LocalDate.of(2018, 12, 20),
                "Irina Volkova, a Latvian nurse, has been held in Riverton since June. "
                + "Consuls from the embassy saw Volkova in jail on Tuesday. "
                + "\"We have asked the governor to give Irina Volkova humane treatment,\" the consul wrote. "
                + "The embassy keeps pressing for information on where Volkova was taken. "
                + "Volkova is trying to keep her spirits up, her sister said.");
        assertEquals(1, of(facts, "request", "conditions", "volkova").size(), "humane treatment: " + facts);
        assertEquals(0, of(facts, "request", "medical").size(), "'treatment' inside 'humane treatment': " + facts);
        assertEquals(1, of(facts, "request", "access", "volkova").size(), "information about her transfer: " + facts);
        assertEquals(0, of(facts, "request", "transfer").size(), "not asked to move her: " + facts);
        assertEquals(0, of(facts, "request", "not_transfer").size(), "her own effort is no request: " + facts);
    }

    @Test
    void theProsecutionAsksNothingOnTheDetaineesBehalfButTheHomeCountryDoes() {
        List<Fact> facts = facts("d6", LocalDate.of(2020, 11, 3),
                "Russian engineer Oleg Vanin was arrested at Lisbon airport in August. "
                + "The police sent a letter to the Russian Embassy requesting confirmation of his identity. "
                + "Russia demands Vanin's extradition.");
        assertEquals(0, of(facts, "diplomatic", "letter").size(), "the police's letter: " + facts);
        assertEquals(0, of(facts, "request", "access").size(), "the police's request: " + facts);
        assertEquals(1, of(facts, "request", "repatriation", "vanin").size(), "asking for him back: " + facts);
    }

    @Test
    void whatSomeoneSaysShouldBeDoneForTheDetaineeIsADemandAndWhatACourtRulesIsNot() {
        List<Fact> facts = facts("d-should", LocalDate.of(2024, 5, 8),
                "Dutch cyclist Pieter Laan has been held in a jail in Quito since March. "
                + "\"He should be set free at once,\" his brother said on Tuesday. "
                + "The Dutch Foreign Ministry said Laan ought to be allowed to see a lawyer.");
        assertEquals(1, of(facts, "request", "release", "laan").size(), "his brother's demand: " + facts);
        assertEquals(1, of(facts, "request", "access", "laan").size(), "the ministry's demand: " + facts);
        assertEquals(0, of(facts, "contact", "allowed").size(), "seeing a lawyer is asked for, not allowed: " + facts);

        List<Fact> ruled = facts("d-ruled", LocalDate.of(2024, 5, 8),
                "Dutch cyclist Pieter Laan has been held in a jail in Quito since March. "
                + "A judge in Quito ruled on Monday that Laan should be extradited to Peru.");
        assertEquals(0, ruled.stream().filter(f -> f.type().equals("request")).count(), "a ruling is no demand: " + ruled);
        assertEquals(0, of(ruled, "custody", "extradited").size(), "the extradition is ruled, not made: " + ruled);
    }

    @Test
    void aCallWithTheDetaineeThatNoOfficialMakesIsNoDiplomaticCall() {
        List<Fact> facts = facts("d-recording", LocalDate.of(2023, 11, 29),
                "Teacher Jon Ray, serving a 16-year sentence in Tarvia, was punched in the face on Tuesday by a fellow inmate, "
                + "according to an audio recording of a phone call with Ray.");
        assertEquals(0, of(facts, "diplomatic", "call").size(), "no diplomat in the call: " + facts);

        List<Fact> consul = facts("d-consul-call", LocalDate.of(2023, 11, 29),
                "Teacher Jon Ray is serving a 16-year sentence in Tarvia. The consul spoke with Ray by phone on Monday.");
        assertEquals(1, of(consul, "diplomatic", "call").size(), "the consul's call: " + consul);
    }

    @Test
    void whatSomeoneIsSaidToHaveDoneIsNobodysRemark() {
        List<Fact> facts = facts("d-hearsay", LocalDate.of(2021, 6, 29),
                "Separatist leader Emeka Obi was arrested on Sunday. Obi was said to have been intercepted by security agents.");
        assertEquals(0, of(facts, "diplomatic", "statement").size(), "hearsay is no statement: " + facts);
    }

    @Test
    void aPleaForReleaseRejectedIsARefusedRequestNotAGuiltyPlea() {
        List<Fact> facts = facts("d-plea", LocalDate.of(2018, 7, 26),
                "Pastor Jon Ray has been held in Izmir since October 2016. The court had rejected Ray's plea for release on July 18.");
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("request") && f.kind().equals("release")
                && "refused".equals(f.status())), "the plea, refused: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("pleaded_guilty")), "no guilty plea: " + facts);
    }

    @Test
    void aPronounIsNoActorABriefCanShow() {
        List<Fact> facts = facts("d-he", LocalDate.of(2024, 8, 2),
                "Jon Ray was held in Tarvia until August. He had urged Tarvia to free teacher Ann Lee, who is still jailed there.");
        assertTrue(facts.stream().noneMatch(f -> "He".equals(f.actor())), "no 'He' as an actor: " + facts);
    }

    @Test
    void consularAccessADiplomatObtainsIsAVisit() {
        List<Fact> facts = facts("d-access", LocalDate.of(2022, 3, 7),
                "Tomas Berg, a Danish engineer, has been held in Minsk since 2021. "
                + "Denmark's consul Anna Lund obtained consular access to Berg on Friday, the ministry said.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "berg");
        assertEquals(1, visits.size(), "the consul obtained access: " + facts);
        assertEquals("2022-03-04", visits.get(0).date());
        assertTrue(of(facts, "diplomatic", "statement", "berg").isEmpty(), "'the ministry said' only carries it: " + facts);
    }

    @Test
    void aVisitToThePrisonByTheJudiciaryIsNoConsularVisit() {
        List<Fact> facts = facts("d-judiciary", LocalDate.of(2020, 11, 25),
                "Ruth Adler, a Canadian lecturer, was arrested in Shiraz in 2018. "
                + "Last month, two senior judiciary officials visited the prison and spoke to inmates about their conditions.");
        assertTrue(of(facts, "diplomatic", "visit").isEmpty(), "the detaining side's visit: " + facts);
        assertEquals(1, of(facts, "custody", "arrested", "adler").size(), "the arrest: " + facts);
    }

    @Test
    void consularAccessGrantedOnADayIsAConsularVisitThen() {
        List<Fact> facts = facts("d20", LocalDate.of(2022, 6, 30),
                "Engineer Lotte Vink has been detained in Baku since May. "
                + "\"We were granted consular access to Ms Vink on 21 June,\" the foreign ministry said.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "vink");
        assertEquals(1, visits.size(), "one consular visit: " + facts);
        assertEquals("2022-06-21", visits.get(0).date());
    }

    @Test
    void wordsInAnOrganisationsNameTellNoEvent() {
        List<Fact> facts = facts("d21", LocalDate.of(2022, 6, 30),
                "Trader Omar Haddad was arrested in Doha in May. "
                + "The Ministry of Economy and Trade said Haddad was questioned about his accounts.");
        assertTrue(of(facts, "custody", "exchanged").isEmpty(), "'Trade' in a ministry's name is no swap: " + facts);
    }

    @Test
    void aJudgementOnTheVerdictInAnArticleAboutOneDetaineeIsAStatementAboutThem() {
        List<Fact> facts = facts("d22", LocalDate.of(2019, 3, 8),
                "Surveyor Hanne Berg was sentenced to nine years in prison in Ashgabat on Thursday. "
                + "\"We are appalled by the verdict,\" the foreign minister said.");
        assertEquals(1, of(facts, "diplomatic", "statement", "berg").size(), "a statement on the verdict: " + facts);
    }

    @Test
    void notingSomethingOrADetaineesOwnNotesIsNoDiplomaticNote() {
        List<Fact> facts = facts("d23", LocalDate.of(2019, 3, 8),
                "Geologist Ivo Marsh was arrested in Dushanbe in May. The ministry said he was well, "
                + "noting that he had seen a doctor. The court examined Marsh's notes from his field trips.");
        assertTrue(of(facts, "diplomatic", "note").isEmpty(), "no diplomatic note: " + facts);
        List<Fact> sent = facts("d24", LocalDate.of(2019, 3, 8),
                "Geologist Ivo Marsh was arrested in Dushanbe in May. "
                + "The embassy sent a note to the foreign ministry about Marsh on Monday.");
        assertEquals(1, of(sent, "diplomatic", "note").size(), "a note sent: " + sent);
    }

    @Test
    void urgingAFairTrialForADetaineeIsARequest() {
        List<Fact> facts = facts("d25", LocalDate.of(2019, 3, 8),
                "Geologist Ivo Marsh was arrested in Dushanbe in May. "
                + "The foreign minister urged the authorities to give Marsh a fair trial.");
        assertEquals(1, of(facts, "request", "other", "marsh").size(), "a request for a fair trial: " + facts);
    }

    @Test
    void whatTheStatePressSaysIsNoStatementOfAParty() {
        List<Fact> facts = ArticleExtraction.facts("d-press", LocalDate.of(2024, 3, 2),
                "Ann Lee was arrested in Tarvos in January. "
                + "State television said last week that Lee had been living in the port city since 2019.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("statement")), "the news told, no statement: " + facts);
    }

    @Test
    void aLetterIsDatedByTheParticipleOnItAndRaisedConcernsAreAConsultation() {
        List<Fact> facts = facts("d-letter-date", LocalDate.of(2023, 10, 11),
                "Ann Lee was detained in Beijing in 2020. "
                + "In a letter released publicly in August 2023, Lee wrote of missing her children. "
                + "Canada had repeatedly raised concerns about her detention.");
        List<Fact> letters = of(facts, "diplomatic", "letter");
        assertEquals(1, letters.size(), facts.toString());
        assertEquals("2023-08", letters.get(0).date(), "the letter was released in August: " + letters);
        assertEquals(1, of(facts, "diplomatic", "consultation").size(), "raised concerns: " + facts);
    }

    @Test
    void speakingWithReportersIsNoCallOnTheCase() {
        List<Fact> facts = facts("d-reporters", LocalDate.of(2018, 10, 12),
                "A court in Izmir released pastor Karl Holm on Friday. "
                + "While speaking with reporters later on Friday, the president said that Holm is on a plane to Germany.");
        assertTrue(of(facts, "diplomatic", "call").isEmpty(), "talking to the press: " + facts);
    }

    @Test
    void aVisitStillToComeInAMonthOfNoYearIsNotLastYears() {
        List<Fact> facts = facts("d30", LocalDate.of(2022, 3, 4),
                "Mira Kallio was detained in Minsk in 2021. "
                + "Finnish consular officers are due to visit Kallio on March 18, the ministry said.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "kallio");
        assertEquals(1, visits.size(), "one visit to come: " + facts);
        assertEquals("2022-03-18", visits.get(0).date(), "still to come, not in the narrative's 2021");
    }

    @Test
    void aVisitAndACallBesideARequestAreStepsOfTheirOwn() {
        List<Fact> facts = facts("d31", LocalDate.of(2023, 12, 16),
                "Ines Rocha and Pavel Duda were detained in Dakar in 2022. "
                + "The Czech consul visited the two men in October, and the prime minister phoned "
                + "Senegal's president last week to urge their release.");
        assertEquals(1, of(facts, "diplomatic", "visit", "rocha").size(), "the consul visited them: " + facts);
        assertEquals(1, of(facts, "diplomatic", "visit", "duda").size(), "the consul visited them: " + facts);
        assertEquals(1, of(facts, "diplomatic", "call", "duda").size(), "the prime minister phoned: " + facts);
        assertEquals(1, of(facts, "request", "release", "duda").size(), "and asked for the release: " + facts);
    }

    @Test
    void aVisitAskedForIsNoVisit() {
        List<Fact> facts = facts("d32", LocalDate.of(2023, 12, 16),
                "Ines Rocha was detained in Dakar in 2022. The embassy has asked to visit Rocha in prison.");
        assertTrue(of(facts, "diplomatic", "visit", "rocha").isEmpty(), "only asked for: " + facts);
    }

    @Test
    void aGangCalledByANameCallsNoOne() {
        List<Fact> facts = facts("d-called-name", LocalDate.of(2021, 11, 12),
                "Anna Laine, a Finnish teacher, was sentenced to 20 years in prison in 2019 for her role in a smuggling "
                + "ring called the Serpents.");
        assertEquals(List.of(), of(facts, "diplomatic", "call"), "a ring named, not a phone call: " + facts);
        assertEquals(1, of(facts, "legal", "sentenced").size(), facts.toString());
    }

    @Test
    void aJudgementOnAVerdictJustToldIsAboutThoseItWasPassedOn() {
        List<Fact> facts = facts("d-verdict-judged", LocalDate.of(2022, 6, 10),
                "Two British men were yesterday sentenced to death by a court in the east. "
                + "The foreign secretary condemned the sham judgment handed down after a three-day trial. "
                + "Tom Hart and Sam Reid were captured in April. Ann Lee, a student, was also convicted.");
        assertEquals(1, of(facts, "diplomatic", "statement", "hart").size(), facts.toString());
        assertEquals(1, of(facts, "diplomatic", "statement", "reid").size(), facts.toString());
        assertEquals(List.of(), of(facts, "diplomatic", "statement", "lee"), "not hers: " + facts);
    }

    @Test
    void officialsPermittedToCheckOnADetaineeVisitHim() {
        List<Fact> facts = facts("d-check-on", LocalDate.of(2016, 11, 15),
                "Tom Hart has been held in Ethiopia since 2014. "
                + "British officials were finally permitted to check on him last Friday.");
        List<Fact> visits = of(facts, "diplomatic", "visit", "hart");
        assertEquals(1, visits.size(), facts.toString());
        assertEquals("2016-11-11", visits.get(0).date(), visits.toString());
    }

    @Test
    void whatADetaineeSaysInTheDockIsNoStatementButAConsulsWordsToTheCourtAre() {
        List<Fact> facts = facts("d60", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Briton held in Lima, was sentenced to death on Monday. "
                + "\"I admit to having joined the group,\" he told the court, saying he was paid. "
                + "In his final statement to the court last week, Ash, who comes from Leeds, said he was sorry.");
        assertEquals(0, of(facts, "diplomatic", "statement", "ash").size(), "testimony: " + facts);
        List<Fact> consul = facts("d61", LocalDate.of(2024, 5, 10),
                "Tom Ash, a Briton held in Lima, was sentenced to death on Monday. "
                + "The British consul told the court that the trial of Ash was unfair.");
        assertEquals(1, of(consul, "diplomatic", "statement", "ash").size(), "the consul's remark: " + consul);
    }

    @Test
    void activistsWhoVisitADetaineeMakeNoConsularVisit() {
        List<Fact> facts = facts("d62", LocalDate.of(2024, 5, 10),
                "Ann Lee, a Thai student, has been held in a Lima detention centre since March. "
                + "According to activists who visited her, her health has worsened.");
        assertEquals(0, of(facts, "diplomatic", "visit", "lee").size(), "activists are no consuls: " + facts);
    }
}
