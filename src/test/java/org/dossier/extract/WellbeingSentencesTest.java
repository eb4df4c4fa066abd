package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Health, conditions of detention and contact (rules/extract/wellbeing.drl) on short articles
 * written for the test: invented people and places.
 */
class WellbeingSentencesTest {

    private static List<Fact> facts(String id, LocalDate date, String body) {
        return ArticleExtraction.facts(id, date, body);
    }

    private static List<Fact> of(List<Fact> facts, String type) {
        return facts.stream().filter(f -> f.type().equals(type)).toList();
    }

    private static List<Fact> of(List<Fact> facts, String type, String kind) {
        return facts.stream().filter(f -> f.type().equals(type) && f.kind().equals(kind)).toList();
    }

    @Test
    void anInjuryToldInSeveralWordsIsOneConditionAndEachIllnessIsNamed() {
        List<Fact> facts = facts("w1", LocalDate.of(2024, 3, 12),
                "Tomas Varga, a Hungarian engineer, was arrested in Baku in May 2023. "
                + "Varga was punched in the face by another inmate last week, his sister said. "
                + "She said Varga's injuries were minor. "
                + "Varga also suffers from diarrhea and has a heart condition.");
        List<Fact> health = of(facts, "health", "condition");
        assertEquals(3, health.size(), "the assault and its injuries, diarrhea, a heart condition: " + health);
        assertTrue(health.stream().anyMatch(f -> f.detail().contains("diarrhea")), "diarrhea: " + health);
        assertTrue(health.stream().anyMatch(f -> f.detail().contains("heart condition")), "heart: " + health);
        assertTrue(of(facts, "conditions").isEmpty(), "a fellow inmate's punch is no regime: " + facts);
    }

    @Test
    void aBeatingByPoliceIsIllTreatmentAndAnAssaultByTheDetaineeIsNothing() {
        List<Fact> beaten = facts("w2", LocalDate.of(2022, 6, 1),
                "Ravi Sandhu was arrested in Ludhiana in 2019. "
                + "Sandhu says he was beaten and tortured by police and subjected to a coerced confession.");
        assertEquals(1, of(beaten, "conditions", "regime").size(), "torture by police is a regime: " + beaten);
        assertTrue(of(beaten, "health").isEmpty(), "ill-treatment by police is not an injury among inmates: " + beaten);

        List<Fact> assailant = facts("w3", LocalDate.of(2022, 6, 1),
                "Karl Mertens was jailed in Tallinn in 2020 for assaulting a guard.");
        assertTrue(of(assailant, "health").isEmpty(), "the detainee attacked someone: " + assailant);
    }

    @Test
    void aRelativesIllnessIsNotTheDetaineesAndAnUnnamedIllnessGivesWayToANamedOne() {
        List<Fact> relative = facts("w4", LocalDate.of(2023, 11, 2),
                "Lena Hart was detained in Kazan on October 18. "
                + "Hart, 47, had flown to Kazan in May to look after her elderly father, who was ill.");
        assertTrue(of(relative, "health").isEmpty(), "her father's illness: " + relative);

        List<Fact> named = facts("w5", LocalDate.of(2023, 11, 2),
                "Omar Said was detained in Tripoli in 2021. "
                + "Said has been sick for months, his wife said. "
                + "Prison doctors told her that Said has tuberculosis.");
        List<Fact> health = of(named, "health", "condition");
        assertEquals(1, health.size(), "\"sick\" is the tuberculosis: " + health);
        assertEquals("tuberculosis", health.get(0).detail());
    }

    @Test
    void regimesOfDetentionAndSupervision() {
        List<Fact> quarantine = facts("w6", LocalDate.of(2020, 8, 5),
                "Daniel Brook, who was sentenced to 12 years in prison in Lida, arrived at a penal colony on Monday. "
                + "Brook will spend two weeks in quarantine before being moved to his permanent unit.");
        List<Fact> regime = of(quarantine, "conditions", "regime");
        assertEquals(1, regime.size(), "quarantine in the colony: " + quarantine);
        assertEquals("2020-08", regime.get(0).date(), "a present state takes the article's month");

        List<Fact> tag = facts("w7", LocalDate.of(2020, 3, 17),
                "Mira Koss, who was jailed in Tabriz in 2018, was temporarily released on Tuesday. "
                + "Koss has to wear an ankle tag, and her movements will be restricted to 300 metres from home.");
        assertEquals(1, of(tag, "conditions", "regime").size(), "ankle tag and movement limits: " + tag);
    }

    @Test
    void aRegimeIsNotDatedByWhenItWasReported() {
        List<Fact> facts = facts("w19", LocalDate.of(2021, 11, 6),
                "Evan Marsh, who is serving a nine-year sentence in Russia, has stopped eating to protest "
                + "being put in solitary confinement, his parents said on Friday.");
        List<Fact> regime = of(facts, "conditions", "regime");
        assertEquals(1, regime.size(), "solitary confinement: " + facts);
        assertEquals("2021-11", regime.get(0).date(), "Friday is when the parents spoke");
    }

    @Test
    void contactThatHappened() {
        List<Fact> call = facts("w8", LocalDate.of(2019, 6, 15),
                "Sara Amini has been held in Evin prison since 2017. "
                + "Her brother, Jonas Berg, said: \"Today I received a phone call from Sara in prison.\"");
        List<Fact> allowed = of(call, "contact", "allowed");
        assertEquals(1, allowed.size(), "a phone call from her in prison: " + call);
        assertEquals("2019-06-15", allowed.get(0).date());

        List<Fact> diplomats = facts("w9", LocalDate.of(2019, 12, 3),
                "Ivan Sokol was arrested in Ohio in September. "
                + "The embassy's diplomats are in contact with Ivan Sokol, who is being held in a county jail.");
        assertEquals(1, of(diplomats, "contact", "allowed").size(), "diplomats in contact with him: " + diplomats);

        List<Fact> lawyers = facts("w10", LocalDate.of(2022, 11, 17),
                "Nora Diaz was moved to a penal colony in Perm this month. "
                + "\"We visited her early this week,\" her lawyers Anton Belov and Irina Kim said.");
        assertEquals(1, of(lawyers, "contact", "allowed").size(), "her lawyers visited her: " + lawyers);

        List<Fact> mother = facts("w20", LocalDate.of(2023, 7, 4),
                "Lukas Brenner was arrested in Baku in May. "
                + "His mother said she spoke to him by phone on Sunday for the first time since his arrest.");
        assertEquals(1, of(mother, "contact", "allowed").size(), "his mother spoke to him: " + mother);

        List<Fact> suspect = facts("w11", LocalDate.of(2018, 3, 1),
                "Bal Singh was arrested in Amritsar in 2017. "
                + "Police say Singh was in touch with militant leaders abroad before his arrest.");
        assertTrue(of(suspect, "contact").isEmpty(), "his own contacts before the arrest: " + suspect);
    }

    @Test
    void contactDelayedInterruptedOrLimitedIsRestricted() {
        List<Fact> transfer = facts("w12", LocalDate.of(2022, 11, 17),
                "Nora Diaz was moved to a penal colony in Perm this month. "
                + "The embassy has not been able to communicate with Diaz since the transfer.");
        assertEquals(1, of(transfer, "contact", "restricted").size(), "lost while in transit: " + transfer);
        assertTrue(of(transfer, "contact", "denied").isEmpty(), "not refused: " + transfer);

        List<Fact> court = facts("w13", LocalDate.of(2023, 12, 14),
                "Pavel Orlov was arrested in Bergen in October 2022. "
                + "On December 6, 2023, the district court extended Orlov's detention by eight weeks "
                + "with restrictions on correspondence and visits.");
        List<Fact> restricted = of(court, "contact", "restricted");
        assertEquals(1, restricted.size(), "restrictions on correspondence: " + court);
        assertEquals("2023-12-06", restricted.get(0).date());

        List<Fact> delay = facts("w14", LocalDate.of(2019, 2, 6),
                "Tom Reilly was arrested in Moscow on Dec. 28. "
                + "\"We are concerned about the delay in consular access to Mr. Reilly,\" the spokesperson said.");
        assertEquals(1, of(delay, "contact", "restricted").size(), "access delayed: " + delay);
    }

    @Test
    void contactRefusedIsDeniedAndAnEffortOrAConditionalOfferIsNone() {
        List<Fact> cancelled = facts("w15", LocalDate.of(2019, 2, 6),
                "Tom Reilly was arrested in Moscow on Dec. 28. "
                + "Consular officers had planned to visit Mr. Reilly on Jan. 17, but that meeting was "
                + "abruptly cancelled by officials hours before it was due to take place.");
        List<Fact> denied = of(cancelled, "contact", "denied");
        assertEquals(1, denied.size(), "a visit cancelled at the last moment: " + cancelled);
        assertEquals("2019-01-17", denied.get(0).date(), "the date of the cancelled visit");

        List<Fact> unnamed = facts("w16", LocalDate.of(2022, 10, 20),
                "Pierre Lamy is serving a 20-year sentence in a prison in Ohio. "
                + "\"Three weeks ago, at the last moment, they refused to allow us a meeting,\" the ambassador said.");
        assertEquals(1, of(unnamed, "contact", "denied").size(), "the meeting was with the one detainee: " + unnamed);

        List<Fact> incommunicado = facts("w21", LocalDate.of(2023, 7, 4),
                "Lukas Brenner was arrested in Baku in May. "
                + "Brenner has been held incommunicado since he was detained, his lawyer said.");
        assertEquals(1, of(incommunicado, "contact", "denied").size(), "held incommunicado: " + incommunicado);

        List<Fact> effort = facts("w17", LocalDate.of(2024, 2, 21),
                "Anya Brandt was arrested in Omsk on January 27. "
                + "Diplomats are working to gain access to Brandt, the spokesperson said.");
        assertTrue(of(effort, "contact").isEmpty(), "an effort to gain access is a request: " + effort);

        List<Fact> offer = facts("w18", LocalDate.of(2020, 8, 5),
                "Daniel Brook was sentenced to 12 years in prison in Lida. "
                + "The monitor said he would visit Brook only if a complaint is filed by his family.");
        assertTrue(of(offer, "contact").isEmpty(), "a visit offered on a condition: " + offer);
    }

    @Test
    void anInjuryDeniedForEveryVerbOfAListIsNone() {
        List<Fact> facts = facts("w-not-beaten", LocalDate.of(2021, 11, 16),
                "Lena Brodsky, who was released from a jail in Orsk on Monday, said she was not starved or beaten in custody. "
                + "Olga Petrenko was arrested in Orsk in May. "
                + "Petrenko was beaten by guards last week.");
        assertTrue(of(facts, "health").stream().noneMatch(f -> f.person().equals("lena-brodsky")),
                "'not starved or beaten': " + facts);
        assertEquals(1, of(facts, "conditions").stream().filter(f -> f.person().equals("olga-petrenko")).count(),
                "beaten by guards: " + facts);
    }

    @Test
    void surveillanceAtAHomeIsARegimeOfDetention() {
        List<Fact> facts = facts("w20", LocalDate.of(2021, 2, 3),
                "Writer Chen Mo was detained in Shenyang in January. "
                + "She is under residential surveillance, her husband said.");
        assertEquals(1, of(facts, "conditions", "regime").size(), "a regime: " + facts);
    }

    @Test
    void weightLostInDetentionIsAConditionBesideANamedIllness() {
        List<Fact> facts = facts("w21", LocalDate.of(2021, 2, 3),
                "Teacher Rafael Dunn has been jailed in Caracas since 2019. "
                + "His sister said he has lost 20 kilos and suffers from asthma.");
        assertEquals(2, of(facts, "health", "condition").size(), "weight loss and asthma: " + facts);
    }

    @Test
    void aRelativeEnabledToVisitIsContactAllowed() {
        List<Fact> facts = facts("w22", LocalDate.of(2021, 2, 3),
                "Teacher Rafael Dunn has been jailed in Caracas since 2019. "
                + "The prison service said it had enabled his wife to visit him twice in January.");
        assertEquals(1, of(facts, "contact", "allowed").size(), "the family visit is allowed contact: " + facts);
    }

    @Test
    void aHungerStrikeWithNoAimToldAsksForSomethingAndOneWithItsAimToldTwiceIsThatOne() {
        List<Fact> facts = ArticleExtraction.facts("w-strike", LocalDate.of(2022, 3, 30),
                "Karl Brandt, a Danish student jailed in Tarvia, has gone on hunger strike again. "
                + "His family said he went on hunger strike to demand his transfer to a hospital. "
                + "Brandt previously went on hunger strike in November of last year.");
        List<Fact> requests = facts.stream().filter(f -> f.type().equals("request")).toList();
        assertEquals(1, requests.stream().filter(f -> f.kind().equals("other") && "2021-11".equals(f.date())).count(),
                "the earlier strike, its aim untold: " + requests);
        assertTrue(requests.stream().noneMatch(f -> f.kind().equals("other") && f.date() != null && f.date().startsWith("2022")),
                "this strike's aim is told: " + requests);
    }

    @Test
    void aHungerStrikeBegunToProtestADenialAsksForWhatWasDeniedAndIsStillOpen() {
        List<Fact> facts = ArticleExtraction.facts("w-protest", LocalDate.of(2023, 6, 2),
                "Tomas Ruiz, a Chilean engineer held in Minsk since January, began a hunger strike in May "
                + "to protest against being denied visits from his lawyers.");
        List<Fact> requests = facts.stream().filter(f -> f.type().equals("request")).toList();
        assertTrue(requests.stream().anyMatch(f -> f.kind().equals("access") && "open".equals(f.status())
                && f.person().equals("tomas-ruiz")), "the strike asks for his lawyers' visits: " + requests);
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("diplomatic")), "a protest by the detainee is no diplomatic step: " + facts);
    }

    @Test
    void aHungerStrikeAgainstTheDetentionItselfAsksForRelease() {
        List<Fact> facts = ArticleExtraction.facts("w-against", LocalDate.of(2023, 6, 2),
                "Chilean engineer Tomas Ruiz has been held in Minsk since January. "
                + "Ruiz went on hunger strike in April to protest his detention.");
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("request") && f.kind().equals("release")),
                "protesting the detention asks for release: " + facts);
    }

    @Test
    void contactDeniedToDiplomatsToALawyerAndToAWifeIsThreeDenials() {
        List<Fact> facts = ArticleExtraction.facts("w-parties", LocalDate.of(2007, 2, 8),
                "Teacher Kemal Arslan has been held in Urumqi since March. China has denied him access to Canadian consular officials. "
                + "His lawyer has been unable to speak with him, and his wife has not seen him in almost a year.");
        List<Fact> denied = facts.stream().filter(f -> f.type().equals("contact") && f.kind().equals("denied")).toList();
        assertEquals(java.util.Set.of("officials", "lawyers", "family"),
                denied.stream().map(Fact::addressee).collect(java.util.stream.Collectors.toSet()), "one denial each: " + denied);
    }

    @Test
    void whatAStateHasDoneInThePastIsNoContactOfThisCase() {
        List<Fact> facts = ArticleExtraction.facts("w-habit", LocalDate.of(2023, 10, 19),
                "Journalist Alsu Varga was detained in Kazan on Wednesday. "
                + "Tarvia has in the past refused to let foreign diplomats visit dual citizens held in its jails.");
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("contact")), "a habit, not her contact: " + facts);
    }

    @Test
    void theNovelCoronavirusIsAnIllness() {
        List<Fact> facts = ArticleExtraction.facts("w-corona", LocalDate.of(2020, 6, 4),
                "Navy veteran Jon Ray, who had contracted the novel coronavirus, has been held in Tarvia for two years.");
        assertEquals(1, facts.stream().filter(f -> f.type().equals("health")).count(), "the coronavirus: " + facts);

        List<Fact> outbreak = ArticleExtraction.facts("w-outbreak", LocalDate.of(2020, 3, 17),
                "Aid worker Ana Lee has been released temporarily by the Tarvian authorities because of the coronavirus outbreak.");
        assertTrue(outbreak.stream().noneMatch(f -> f.type().equals("health")), "the outbreak is not her illness: " + outbreak);
    }

    @Test
    void anAcademicAbleToBeInTouchWithHerFamilyHasContact() {
        List<Fact> facts = ArticleExtraction.facts("w-academic", LocalDate.of(2020, 7, 29),
                "Lena Maris has been moved to a prison in Tabriz, officials said. "
                + "From there the academic had been able to be in phone contact with her family.");
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("contact") && f.kind().equals("allowed")
                && f.person().equals("lena-maris")), "the academic is Maris, in touch with her family: " + facts);

        List<Fact> before = ArticleExtraction.facts("w-touch", LocalDate.of(2017, 11, 20),
                "Omar Haddad was arrested in Jalandhar. Police say Haddad was in touch with a banned group abroad.");
        assertTrue(before.stream().noneMatch(f -> f.type().equals("contact")), "an allegation, not contact while held: " + before);
    }

    @Test
    void emaciationIsWeightLoss() {
        List<Fact> facts = ArticleExtraction.facts("w-emaciation", LocalDate.of(2024, 6, 27),
                "Karl Brandt has been held in Evin prison since 2016. "
                + "A former cellmate noted Brandt's severe emaciation from previous hunger strikes.");
        assertTrue(facts.stream().anyMatch(f -> f.type().equals("health") && f.person().equals("karl-brandt")),
                "emaciation is a health fact: " + facts);
    }

    @Test
    void aCoupleForcedToConfessOnTelevisionAreBothUnderThatTreatment() {
        List<Fact> facts = facts("w-confess", LocalDate.of(2023, 11, 2),
                "Karin Holm and Jens Berg were arrested in Tarvia in 2022. "
                + "On 6 October 2023, they were forced to make forced confessions on state television.");
        List<Fact> regimes = of(facts, "conditions", "regime");
        assertEquals(2, regimes.size(), "one for each of them: " + facts);
        assertTrue(regimes.stream().allMatch(f -> "2023-10-06".equals(f.date())), regimes.toString());
    }

    @Test
    void beingMadeToConfessIsATreatmentInDetention() {
        List<Fact> facts = facts("w-made", LocalDate.of(2023, 11, 2),
                "Tom Ash, who was arrested in Tarvia in 2022, was made to confess his crimes at a news conference on Monday.");
        assertEquals(1, of(facts, "conditions", "regime").size(), "a confession he was made to give: " + facts);
    }

    @Test
    void healthThatHasDeclinedIsAnIllnessLeftUnnamed() {
        List<Fact> facts = ArticleExtraction.facts("w-health-declined", LocalDate.of(2017, 11, 30),
                "Tom Hart was jailed in Lima in 2020. The government called for the release of the missionary, "
                + "whose health has declined since he was jailed.");
        assertEquals(1, facts.stream().filter(f -> f.type().equals("health") && f.person().equals("tom-hart")).count(),
                facts.toString());
    }

    @Test
    void notYetPermittedToSeeALawyerIsContactDenied() {
        List<Fact> facts = ArticleExtraction.facts("w-not-yet-permitted", LocalDate.of(2016, 11, 15),
                "Tom Hart has been held in Ethiopia since 2014. Mr Hart has not yet been permitted to see a lawyer.");
        assertEquals(1, facts.stream().filter(f -> f.type().equals("contact") && f.kind().equals("denied")).count(),
                facts.toString());
    }

    @Test
    void reportingToThePoliceEveryWeekIsARegime() {
        List<Fact> facts = facts("w60", LocalDate.of(2024, 5, 20),
                "Tom Ash, a Briton, was released on bail in Lima on Monday but must report to the police every week.");
        assertEquals(1, of(facts, "conditions", "regime").size(), "weekly check-ins: " + facts);
    }

    @Test
    void aDetaineeAllowedToCallARelativeHasContact() {
        List<Fact> facts = facts("w61", LocalDate.of(2024, 5, 10),
                "Ron Park, an Australian held in Peru, was allowed to call his wife for the first time on Monday.");
        assertEquals(1, of(facts, "contact", "allowed").size(), "a call home: " + facts);
        assertEquals(0, of(facts, "request").size(), "no one asks for anything: " + facts);
    }
}
