package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Court history on short articles written for the test: the shapes in which news tells of
 * charges, convictions, sentences and appeals, and what must not be read as one.
 */
class LegalSentencesTest {

    private static List<Fact> facts(String id, LocalDate date, String body) {
        return ArticleExtraction.facts(id, date, body);
    }

    private static List<Fact> of(List<Fact> facts, String kind) {
        return facts.stream().filter(f -> f.type().equals("legal") && f.kind().equals(kind)).toList();
    }

    private static List<Fact> about(List<Fact> facts, String kind, String person) {
        return of(facts, kind).stream().filter(f -> f.person().contains(person)).toList();
    }

    @Test
    void anActAllegedlyDoneIsAChargeButAHarmAllegedlySufferedIsNot() {
        List<Fact> done = facts("l-alleged-act", LocalDate.of(2024, 5, 10),
                "A Lima mother, Ann Lee, has been detained by police for allegedly kidnapping her two children.");
        assertEquals(1, about(done, "charged", "ann-lee").size(), done.toString());
        List<Fact> suffered = facts("l-alleged-harm", LocalDate.of(2024, 5, 10),
                "Tom Ash, allegedly beaten by guards, has been held in a Lima jail since May.");
        assertEquals(0, about(suffered, "charged", "tom-ash").size(), suffered.toString());
    }

    @Test
    void aChargeThatAnArrestOrADetentionRestsOnIsOneChargeHoweverOftenTold() {
        List<Fact> facts = facts("l1", LocalDate.of(2023, 6, 2),
                "Tomas Varga, a software engineer from Brno, was arrested in Minsk in March on espionage charges. "
                + "Varga has been held in a prison in Minsk since March on charges of spying. "
                + "His lawyer said the accusations of espionage were absurd.");
        List<Fact> charged = of(facts, "charged");
        assertEquals(1, charged.size(), "one charge told twice is one fact: " + charged);
        assertNull(charged.get(0).date(), "the month is the arrest's, not the charge's: " + charged);
    }

    @Test
    void anArrestInConnectionWithOrOverAnActTellsOfTheCharge() {
        List<Fact> facts = facts("l-over", LocalDate.of(2023, 6, 2),
                "Tomas Varga was arrested in Minsk in March in connection with the killing of a guard. "
                + "Ivo Brandt was detained in Minsk in May over a post on social media.");
        assertEquals(2, of(facts, "charged").size(), "what each arrest rests on: " + facts);
    }

    @Test
    void aChargeTheDetentionIsForTellsOfTheCharge() {
        List<Fact> facts = facts("l2", LocalDate.of(2024, 2, 20),
                "Lena Moroz was detained in Kazan on suspicion of treason. "
                + "Oskar Lind was jailed in Vilnius for allegedly smuggling weapons.");
        assertEquals(1, about(facts, "charged", "moroz").size(), "on suspicion of treason: " + facts);
        assertEquals(1, about(facts, "charged", "lind").size(), "for allegedly smuggling: " + facts);
    }

    @Test
    void aPersonDescribedAsAccusedOrServingASentenceIsChargedAndSentenced() {
        List<Fact> facts = facts("l3", LocalDate.of(2023, 11, 29),
                "Nora Quist, a former nurse accused by Belarus of espionage, was visited in prison on Monday. "
                + "Karl Brenner is a former pilot serving an 11-year sentence on smuggling charges.");
        assertEquals(1, about(facts, "charged", "quist").size(), "a former nurse accused of espionage: " + facts);
        List<Fact> sentenced = about(facts, "sentenced", "brenner");
        assertEquals(1, sentenced.size(), "serving an 11-year sentence: " + facts);
        assertEquals("P11Y", sentenced.get(0).term());
        assertNull(sentenced.get(0).date(), "a sentence being served is undated: " + sentenced);
        assertEquals(1, about(facts, "charged", "brenner").size(), "on smuggling charges: " + facts);
    }

    @Test
    void aCourtUpholdingSomeonesSentenceDecidesAnAppealAndPassesNoNewSentence() {
        List<Fact> facts = facts("l4", LocalDate.of(2022, 3, 30),
                "On June 4, 2020, the Central District Court sentenced Piotr Adamek to seven years in a penal colony. "
                + "The City Court upheld Adamek's sentence on May 12, 2021.");
        List<Fact> appeals = of(facts, "appeal");
        assertEquals(1, appeals.size(), "upheld his sentence: " + facts);
        assertEquals("2021-05-12", appeals.get(0).date());
        List<Fact> sentenced = of(facts, "sentenced");
        assertEquals(1, sentenced.size(), "the upheld sentence is the one passed before: " + sentenced);
        assertEquals("2020-06-04", sentenced.get(0).date());
        assertEquals("P7Y", sentenced.get(0).term());
    }

    @Test
    void aTermGivenOrReceivedIsASentence() {
        List<Fact> facts = facts("l5", LocalDate.of(2021, 4, 8),
                "Marta Holm, who was given eight years in a penal colony for assaulting a guard, has begun a hunger strike. "
                + "Ivo Rask was arrested in Tabriz in 2019. Rask received a 12-year prison sentence on Tuesday.");
        List<Fact> holm = about(facts, "sentenced", "holm");
        assertEquals(1, holm.size(), "was given eight years: " + facts);
        assertEquals("P8Y", holm.get(0).term());
        List<Fact> rask = about(facts, "sentenced", "rask");
        assertEquals(1, rask.size(), "received a 12-year prison sentence: " + facts);
        assertEquals("P12Y", rask.get(0).term());
        assertEquals("2021-04-06", rask.get(0).date());
    }

    @Test
    void aScheduledSentenceOrAConvictionSupposedIsNoFact() {
        List<Fact> facts = facts("l6", LocalDate.of(2023, 12, 1),
                "Dmitri Sova pleaded guilty on Thursday to two counts of wire fraud in a court in Ohio. "
                + "Sova will be sentenced on April 2, 2024, and faces up to 20 years in prison if convicted.");
        assertEquals(1, of(facts, "pleaded_guilty").size(), "pleaded guilty on Thursday: " + facts);
        assertTrue(of(facts, "sentenced").isEmpty(), "will be sentenced is a plan: " + facts);
        assertTrue(of(facts, "convicted").isEmpty(), "if convicted is a supposition: " + facts);
    }

    @Test
    void aCourtSentencingTwoPeopleSentencesEach() {
        List<Fact> facts = facts("l7", LocalDate.of(2016, 10, 18),
                "A court in Tabriz sentenced Arman Vosk and Elif Saran to ten years in prison on Monday.");
        List<Fact> sentenced = of(facts, "sentenced");
        assertEquals(2, sentenced.size(), "one sentence for each: " + sentenced);
        assertTrue(sentenced.stream().allMatch(f -> "P10Y".equals(f.term())), "ten years each: " + sentenced);
    }

    @Test
    void theOffencesDateIsNotTheVerdicts() {
        List<Fact> facts = facts("l8", LocalDate.of(2021, 12, 16),
                "A court in Graz on Wednesday convicted Janek Wol of stabbing a guard on May 3, 2019.");
        List<Fact> convicted = of(facts, "convicted");
        assertEquals(1, convicted.size(), "convicted: " + facts);
        assertEquals("2021-12-15", convicted.get(0).date(), "the verdict was on Wednesday: " + convicted);
    }

    @Test
    void aChargeInAWhereClauseHappensInThePlaceItDescribes() {
        List<Fact> facts = facts("l9", LocalDate.of(2019, 12, 20),
                "Pavel Lunin was arrested in Rome under a warrant issued by the United States, "
                + "where he is charged with fraud.");
        List<Fact> charged = of(facts, "charged");
        assertEquals(1, charged.size(), "charged with fraud: " + facts);
        assertEquals("United States", charged.get(0).place());
    }

    @Test
    void aSentenceRetoldInARelativeClauseTakesNoDateFromTheClauseAround() {
        List<Fact> facts = facts("l10", LocalDate.of(2020, 8, 5),
                "Omar Selin, who has been sentenced to 13 years in prison in Norland, arrived at a penal colony on Wednesday. "
                + "The Regional Court sentenced Selin to 13 years on June 15.");
        List<Fact> sentenced = of(facts, "sentenced");
        assertEquals(1, sentenced.size(), "one sentence told twice: " + sentenced);
        assertEquals("2020-06-15", sentenced.get(0).date());
    }

    @Test
    void aChargeGivenAsAReasonOrAnAllegationIsACharge() {
        List<Fact> facts = facts("l11", LocalDate.of(2019, 12, 20),
                "Anton Rusak was arrested in Naples in August. "
                + "Russia demands his extradition, because he is accused of fraud. "
                + "Bela Kroll was detained in Sofia last year. "
                + "The central allegation is that Kroll transferred money to a militant group.");
        assertEquals(1, about(facts, "charged", "rusak").size(), "because he is accused of fraud: " + facts);
        assertEquals(1, about(facts, "charged", "kroll").size(), "the allegation is that he ...: " + facts);
    }

    @Test
    void chargesADetaineeDeniesOrIsClearedOfAndAnAllegedRole() {
        List<Fact> facts = facts("l12", LocalDate.of(2017, 11, 29),
                "Ruben Ostrow was arrested on November 4 by the regional police for his alleged role in a bombing. "
                + "Ida Fenn was released on bail and a court later cleared her of all charges.");
        assertEquals(1, about(facts, "charged", "ostrow").size(), "his alleged role: " + facts);
        assertEquals(1, about(facts, "charged", "fenn").size(), "cleared her of all charges: " + facts);
    }

    @Test
    void whatWasAllegedlyDoneToADetaineeIsNoChargeAgainstThem() {
        List<Fact> facts = facts("l14", LocalDate.of(2022, 5, 20),
                "Mara Dunn was arrested in Minsk in May. Dunn was allegedly beaten by guards last week.");
        assertTrue(of(facts, "charged").isEmpty(), "allegedly beaten is no accusation: " + facts);
    }

    @Test
    void aSentenceTheArticleOpensWithIsOfTheArticlesYear() {
        List<Fact> facts = facts("l13", LocalDate.of(2016, 10, 18),
                "Farid Kamali received a ten-year prison sentence for collaborating with a foreign government, "
                + "local media reported. Kamali was arrested in Tehran in 2015.");
        List<Fact> sentenced = of(facts, "sentenced");
        assertEquals(1, sentenced.size(), "received a ten-year prison sentence: " + facts);
        assertTrue(sentenced.get(0).date() != null && sentenced.get(0).date().startsWith("2016"), "the news of 2016: " + sentenced);
    }

    @Test
    void someoneHeldWithoutChargeHasNoCharge() {
        List<Fact> facts = facts("l20", LocalDate.of(2021, 4, 2),
                "Pilot Anton Reyes was detained in Tbilisi on March 3. He has been held without charge since then.");
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("custody")), "the detention is told: " + facts);
        assertTrue(of(facts, "charged").isEmpty(), "held without charge is no charge: " + facts);
    }

    @Test
    void aNameClosingALongDescriptionBeforeTheVerbIsItsSubject() {
        List<Fact> facts = facts("l21", LocalDate.of(2021, 4, 2),
                "Veteran union organiser and founder of the Harbour Workers League, Tomas Ek was convicted "
                + "of sabotage on Thursday and sentenced to nine years in prison.");
        assertEquals(1, of(facts, "convicted").size(), "Ek was convicted: " + facts);
    }

    @Test
    void theCourtThatConvictedIsWhereTheSentenceWasPassed() {
        List<Fact> facts = facts("l-court", LocalDate.of(2022, 5, 6),
                "A court has sentenced student Ann Lee to six years in prison, a rights group said Friday. "
                + "The Tarvos Regional Court found Lee guilty of inciting hatred, the group said.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P6Y", sentenced.get(0).term());
        assertTrue(sentenced.get(0).place() != null && sentenced.get(0).place().contains("Tarvos"),
                "the court named for the verdict: " + sentenced);
    }

    @Test
    void aPlaceOutsideTheClauseThatTellsTheSentenceIsNotWhereItWasPassed() {
        List<Fact> facts = facts("l-relcl", LocalDate.of(2022, 11, 15),
                "Her lawyer said Ann Lee, who was sentenced to ten years in prison in 2019, is a victim of the 2011 bombing in Morocco.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(1, sentenced.size(), facts.toString());
        assertTrue(!"Morocco".equals(sentenced.get(0).place()), "the bombing's place is not the court's: " + sentenced);
    }

    @Test
    void aPlaceInWhatTheSentenceIsForIsNotWhereItWasPassed() {
        List<Fact> facts = ArticleExtraction.facts("l-reason", LocalDate.of(2024, 6, 16),
                "Karl Holm was sentenced to life in prison in July 2022 for his role in mass killings in Iranian jails in 1988.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(1, sentenced.size(), facts.toString());
        assertNotEquals("Iran", sentenced.get(0).place(), "the killings were in Iran, not the sentencing: " + sentenced);
    }

    @Test
    void yearsBeingServedAreTheSentenceAndAnAgedDescriptionIsThePersonNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("l-serving", LocalDate.of(2023, 12, 19),
                "Officials called for the release of jailed publisher Tom Reyes. "
                + "The 76-year-old British citizen is facing charges of colluding with foreign forces. "
                + "Reyes was already serving five years and nine months for fraud.");
        List<Fact> sentenced = about(facts, "sentenced", "tom-reyes");
        assertEquals(1, sentenced.size(), "serving years: " + facts);
        assertEquals("P5Y9M", sentenced.get(0).term());
        assertEquals(1, about(facts, "charged", "tom-reyes").size(), "the British citizen is Reyes: " + facts);

        List<Fact> held = ArticleExtraction.facts("l-held-years", LocalDate.of(2023, 12, 19),
                "Tom Reyes has been held in Minsk for more than four years.");
        assertTrue(of(held, "sentenced").isEmpty(), "years held are no sentence: " + held);

        List<Fact> toServe = ArticleExtraction.facts("l-to-serve", LocalDate.of(2019, 12, 2),
                "Tom Reyes, who has been sentenced to serve 27 years in a US prison, is ill.");
        assertEquals("P27Y", of(toServe, "sentenced").get(0).term(), "sentenced to serve: " + toServe);
    }

    @Test
    void aSentenceReducedOnAppealIsAnAppealAndAHalfYearCounts() {
        List<Fact> facts = ArticleExtraction.facts("l-reduced", LocalDate.of(2025, 4, 7),
                "Karl Holm was sentenced to three years and nine months in prison in June 2024. "
                + "On Monday, the judge in the court of cassation agreed to reduce his sentence to three years in prison.");
        assertEquals(1, about(facts, "appeal", "karl-holm").size(), "a reduced sentence is an appeal decided: " + facts);
        assertEquals(1, about(facts, "sentenced", "karl-holm").size(), "no new sentencing: " + facts);

        List<Fact> half = ArticleExtraction.facts("l-half", LocalDate.of(2025, 4, 7),
                "Omar Haddad, 72, was handed a 3 1/2-year sentence after being found guilty of assaulting a police officer.");
        assertEquals("P3Y6M", of(half, "sentenced").get(0).term(), half.toString());
    }

    @Test
    void aVerbJoinedToTheSentenceTellsTheSameHearing() {
        List<Fact> facts = ArticleExtraction.facts("l-joined", LocalDate.of(2021, 8, 12),
                "Canadian national Ana Lind was sentenced to 11 years in prison and had 50,000 yuan of her property "
                + "confiscated by a court in Liaoning Province on Wednesday.");
        List<Fact> sentenced = of(facts, "sentenced");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("2021-08-11", sentenced.get(0).date(), "Wednesday: " + sentenced);
        assertEquals("Liaoning Province", sentenced.get(0).place());
    }

    @Test
    void theCourtThatConvictsIsWhereTheConvictionHappened() {
        List<Fact> facts = ArticleExtraction.facts("l-by-court", LocalDate.of(2021, 8, 12),
                "Ana Lind was found guilty of espionage by the Intermediate People's Court of Dandong City in Liaoning.");
        List<Fact> convicted = of(facts, "convicted");
        assertEquals(1, convicted.size(), facts.toString());
        assertTrue(String.valueOf(convicted.get(0).place()).contains("Court"), "the court that convicted her: " + convicted);
    }

    @Test
    void aSentenceToldInThePresentIsTheNewsNotTheYearTheStoryHadReached() {
        List<Fact> facts = ArticleExtraction.facts("l-present", java.time.LocalDate.of(2013, 5, 1),
                "Tour guide Jon Ray was detained in Tarvia in November 2012. His family runs a bakery in Ohio. "
                + "The family hired a lawyer. Ray, known as Ray Jin in Tarvia, is sentenced, state media reports.");
        assertTrue(facts.stream().filter(f -> f.kind().equals("sentenced")).noneMatch(f -> "2012".equals(f.date())),
                "sentenced now, not in 2012: " + facts);
    }

    @Test
    void howLongSomethingElseLastsIsNoTermOfTheSentence() {
        List<Fact> facts = ArticleExtraction.facts("l-watch", LocalDate.of(2018, 9, 3),
                "On May 29, blogger Ali Nassar was sentenced to ten years in prison. In addition to the prison sentence, "
                + "the court also fined him and ordered that he be put under surveillance for three years.");
        assertTrue(facts.stream().noneMatch(f -> "P3Y".equals(f.term())), "the watch is no sentence: " + facts);
    }


    @Test
    void aSentenceToldAgainWithoutItsLengthTakesTheCourtOfTheConviction() {
        List<Fact> facts = ArticleExtraction.facts("l-court", LocalDate.of(2018, 9, 3),
                "On May 29, blogger Ali Nassar was sentenced to ten years in prison. "
                + "In a trial by the State Security Court, Nassar was convicted of insulting the state. "
                + "In addition to the prison sentence, the court also fined him one million dinars.");
        assertTrue(facts.stream().filter(f -> f.kind().equals("sentenced"))
                .allMatch(f -> f.place() != null && f.place().contains("State Security Court")), "the court of the hearing: " + facts);
    }

    @Test
    void aTrialStillToComeAfterAnArrestSettlesTheRules() {
        // the charge it rests on was made, then taken back as still to come, without end
        List<Fact> facts = ArticleExtraction.facts("l-future-trial", LocalDate.of(2021, 11, 12),
                "Tom Ash was arrested in May and will face a new trial for terrorism.");
        assertEquals(1, facts.stream().filter(f -> f.kind().equals("arrested")).count(), facts.toString());
    }

    @Test
    void jailedForAStatedNumberOfYearsIsTheSentenceButNotWhileAwaitingTrial() {
        List<Fact> facts = ArticleExtraction.facts("l-jailed-for", LocalDate.of(2021, 11, 12),
                "Bo Lin has been jailed for 12 years for spying. Ali Kaya has been jailed for two years awaiting trial. "
                + "Tom Ash was jailed for nine weeks last spring.");
        List<Fact> sentenced = facts.stream().filter(f -> f.kind().equals("sentenced")).toList();
        assertEquals(1, sentenced.size(), "only Lin's years are a sentence: " + facts);
        assertEquals("P12Y", sentenced.get(0).term(), sentenced.toString());
    }

    @Test
    void sentToPrisonForYearsIsASentenceNotAMove() {
        List<Fact> facts = ArticleExtraction.facts("l-sent-years", LocalDate.of(2021, 7, 19),
                "Tom Hart was sentenced to 13 years in prison on drug charges on July 18. Anna Laine, his co-defendant, "
                + "was also convicted on drug charges and sent to prison for eight years. "
                + "Ann Lee was sent to a prison in Omsk in 2019.");
        assertTrue(facts.stream().anyMatch(f -> f.kind().equals("sentenced") && f.person().equals("anna-laine")
                && "P8Y".equals(f.term())), "eight years: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("transferred") && f.person().equals("anna-laine")),
                "no move: " + facts);
        assertTrue(facts.stream().anyMatch(f -> f.kind().equals("transferred") && f.person().equals("ann-lee")),
                "a move with no years is a move: " + facts);
    }

    @Test
    void aVerdictToldWithoutAPlaceIsPassedInTheCountryThatHoldsThePerson() {
        List<Fact> facts = ArticleExtraction.facts("l-verdict-country", LocalDate.of(2018, 8, 31),
                "Tom Hart, a film maker, has been held in Cambodia since June 2017. "
                + "On Friday a judge convicted Hart of espionage.");
        List<Fact> convicted = about(facts, "convicted", "tom-hart");
        assertEquals(1, convicted.size(), facts.toString());
        assertEquals("Cambodia", convicted.get(0).place(), "the country that holds him: " + convicted);
    }

    @Test
    void aSentenceOfYearsAndAHalfPassedByACourtOfACountry() {
        List<Fact> facts = ArticleExtraction.facts("l-half-court", LocalDate.of(2019, 10, 12),
                "Ann Lee, 26, was sentenced to seven-and-a-half years in jail by a Russian court on Friday. "
                + "Tom Hart was convicted by a German court in Koblenz in June.");
        List<Fact> lee = about(facts, "sentenced", "ann-lee");
        assertEquals(1, lee.size(), facts.toString());
        assertEquals("P7Y6M", lee.get(0).term(), lee.toString());
        assertEquals("Russia", lee.get(0).place(), "the court's country: " + lee);
        assertEquals("Koblenz", about(facts, "convicted", "tom-hart").get(0).place(), "the court's city: " + facts);
    }

    @Test
    void aDescribedDoctorACourtSentencesAfterACaptionNamedHimIsTheOneDetainee() {
        List<Fact> facts = ArticleExtraction.facts("l-lead-object", LocalDate.of(2020, 12, 9),
                "A photograph of Dr. Omar Haddad beside his son at a news conference in 2019.\n\n"
                + "BEIRUT - A Saudi court sentenced a prominent Saudi American doctor to six years in prison on Tuesday. "
                + "The doctor, Omar Haddad, was convicted on charges that included criticizing officials online.");
        List<Fact> sentenced = about(facts, "sentenced", "haddad");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P6Y", sentenced.get(0).term(), sentenced.toString());
        assertEquals("Saudi Arabia", sentenced.get(0).place(), "the court's country, not the dateline: " + sentenced);
    }

    @Test
    void aJudgeWhoUpholdsARulingIsNoAppellantAndTimeServedIsNoSentence() {
        List<Fact> facts = ArticleExtraction.facts("l-judge-upholds", LocalDate.of(2010, 11, 9),
                "Tom Hart, an American, was arrested in Lima in 1995. Judge Ana Ruiz upheld her own earlier decision "
                + "to parole Hart. Hart was released from prison on Monday after serving nearly 15 years on a conviction "
                + "for aiding rebels.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("ruiz")), "the judge: " + facts);
        assertEquals(List.of(), about(facts, "sentenced", "hart"), "the time served: " + facts);
    }

    @Test
    void aSentenceImposedOnPeopleNamedBeforeTheClosingReportIsTheirs() {
        List<Fact> facts = facts("l40", LocalDate.of(2024, 5, 10),
                "LIMA, May 9 (AP) - The Peruvian supreme appeals court has upheld the 75-month prison sentence imposed on "
                + "two Canadians, Tom Ash and Ann Lee, who were punished for smuggling, Canadian Foreign Ministry "
                + "spokeswoman Jo Ruiz told AP on Monday.");
        for (String person : List.of("ash", "lee")) {
            List<Fact> sentenced = about(facts, "sentenced", person);
            assertEquals(1, sentenced.size(), person + " was sentenced: " + facts);
            assertEquals("P75M", sentenced.get(0).term(), sentenced.toString());
            assertEquals(1, about(facts, "appeal", person).size(), person + "'s sentence was upheld: " + facts);
        }
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("ruiz")), "the spokeswoman: " + facts);
    }

    @Test
    void laterJailedForYearsAfterAnAccusationIsTheSentence() {
        List<Fact> facts = facts("l41", LocalDate.of(2024, 5, 10),
                "Tom Ash was visiting his sister in Lima in May 2021 when he was arrested, accused of spying for Chile and later "
                + "jailed for ten years, his family says.");
        List<Fact> sentenced = about(facts, "sentenced", "ash");
        assertEquals(1, sentenced.size(), "jailed for ten years: " + facts);
        assertEquals("P10Y", sentenced.get(0).term(), sentenced.toString());
    }

    @Test
    void twoTermsForTwoPeopleGiveNeitherTheFirstTerm() {
        List<Fact> facts = facts("l42", LocalDate.of(2024, 5, 10),
                "A court in Lima has convicted two Canadians, Tom Ash and Bo Lin, of smuggling and sentenced them to "
                + "10 years and 20 years in prison. Ash was given a 10-year sentence on Friday.");
        List<Fact> lin = about(facts, "sentenced", "lin");
        assertEquals(1, lin.size(), "Lin was sentenced: " + facts);
        assertNull(lin.get(0).term(), "which of the two terms is Lin's the sentence does not say: " + lin);
        List<Fact> ash = about(facts, "sentenced", "ash");
        assertEquals(1, ash.size(), "one sentencing of Ash: " + facts);
        assertEquals("P10Y", ash.get(0).term(), ash.toString());
    }

    @Test
    void aSentenceHandedDownToSomeoneIsTheirs() {
        List<Fact> facts = facts("l43", LocalDate.of(2024, 5, 10),
                "A court in Lima upheld a death sentence handed down to Tom Ash for a 2014 murder.");
        assertEquals(1, about(facts, "sentenced", "ash").size(), "the sentence is his: " + facts);
    }

    @Test
    void defendantsNamedAfterTheirCountedGroupShareItsSentence() {
        List<Fact> facts = facts("l44", LocalDate.of(2024, 5, 10),
                "A Peruvian court upheld a death sentence handed down to two Chilean migrants for a 2014 murder. "
                + "\"The appeal is very important for them,\" an official said of the defendants, Tom Ash and Bo Lin.");
        for (String person : List.of("ash", "lin")) {
            assertEquals(1, about(facts, "sentenced", person).size(), person + " is one of the two sentenced: " + facts);
        }
    }

    @Test
    void everyoneListedAsGivenTheSameSentenceSharesIt() {
        // the regionʼs: one outlet's apostrophe look-alike, read as an apostrophe
        List<Fact> facts = facts("l45", LocalDate.of(2024, 7, 10),
                "A court in Lima on Monday sentenced the former leaders of a rebel group. "
                + "Its former president Ara Petrosyan was sentenced to life in prison. "
                + "The same sentence was given to former Navy Commander Aram Tevosyan, his deputy Gor Sarkisov, "
                + "and the region\u2019s former \"finance minister\" Vardan Melkonyan.");
        for (String person : List.of("petrosyan", "tevosyan", "sarkisov", "melkonyan")) {
            assertEquals(1, about(facts, "sentenced", person).size(), person + " was given the sentence: " + facts);
        }
    }

    @Test
    void aDateSetOffBeforeTheVerbDatesTheSentenceOfTheCourtBeforeIt() {
        List<Fact> facts = facts("l46", LocalDate.of(2022, 1, 14),
                "At the end of a long trial, the High Regional Court of Lima, Peru, on Thursday, January 13, sentenced "
                + "Canadian colonel Tom Ash to ten years in prison.");
        List<Fact> sentenced = about(facts, "sentenced", "ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("2022-01-13", sentenced.get(0).date(), "the day set off before the verb: " + facts);
        assertTrue(sentenced.get(0).place() != null && sentenced.get(0).place().contains("Court"), "the court that sentenced him: " + facts);
    }

    @Test
    void aJailingForMonthsToldAsDoneIsASentenceButNotAStaySoFar() {
        List<Fact> facts = facts("l47", LocalDate.of(2022, 2, 8),
                "Tom Ash, 37, was jailed for four months and two weeks in June last year for assaulting a police officer.");
        List<Fact> sentenced = about(facts, "sentenced", "ash");
        assertEquals(1, sentenced.size(), facts.toString());
        assertEquals("P4M14D", sentenced.get(0).term(), facts.toString());

        List<Fact> sofar = facts("l48", LocalDate.of(2022, 2, 8), "Bo Lin has been jailed for four months in Lima.");
        assertTrue(about(sofar, "sentenced", "lin").isEmpty(), "four months so far is a stay: " + sofar);
    }

    @Test
    void aSentenceSuspendedWasPassedButOneOnlyNamedWasNot() {
        List<Fact> facts = facts("ls-suspended", LocalDate.of(2011, 5, 19),
                "Tom Ash and Bo Lin were freed in Lima on Monday. Ash said that both had been charged with entering "
                + "the country illegally but that their sentence had been suspended.");
        assertEquals(1, about(facts, "sentenced", "tom-ash").size(), facts.toString());
        assertEquals(1, about(facts, "sentenced", "bo-lin").size(), facts.toString());
        List<Fact> named = facts("ls-named", LocalDate.of(2011, 5, 19),
                "Tom Ash was arrested in Lima in 2010. His sentence has been the subject of talks between the two countries.");
        assertEquals(0, about(named, "sentenced", "tom-ash").size(), named.toString());
    }
}
