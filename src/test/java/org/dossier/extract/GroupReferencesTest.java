package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * People told of together ("the men", "the six employees", "the two"): a group stands for the
 * detainees named together before it, when it counts as many as were named, and never for people
 * of another role. Sentences written for the tests; names and places invented.
 */
class GroupReferencesTest {

    private static List<Fact> of(List<Fact> facts, String kind, String person) {
        return facts.stream().filter(f -> f.kind().equals(kind) && f.person().equals(person)).toList();
    }

    private static final List<String> CREW = List.of("piet-smit", "lars-holm", "erik-dahl", "nils-berg");

    @Test
    void theMenStandForThoseNamedTogetherBefore() {
        List<Fact> facts = ArticleExtraction.facts("g1", LocalDate.of(2023, 5, 9),
                "Four engineers of a Danish shipping firm were detained in Lagos in March. "
                + "Piet Smit, Lars Holm, Erik Dahl and Nils Berg were hauled away by soldiers at the port. "
                + "The men are awaiting trial on fraud charges.");
        for (String person : CREW) {
            assertEquals(1, of(facts, "arrested", person).size(), person + " hauled away is arrested: " + facts);
            assertEquals(1, of(facts, "charged", person).size(), person + " among the men charged: " + facts);
        }
    }

    @Test
    void membersCountedInALeadAreThePeopleNamedAfter() {
        List<Fact> facts = ArticleExtraction.facts("g-members", LocalDate.of(2020, 8, 8),
                "Two former members of the navy were sentenced to 20 years in prison by a Tarvian court on Friday. "
                + "Jon Ray, 42, and Tom Ash, 34, have been held in Tarvia since their capture on the coast in May.");
        assertEquals(2, facts.stream().filter(f -> f.kind().equals("sentenced")).count(), "both sentenced: " + facts);
    }

    @Test
    void aLeadGroupIsThePeopleNamedNextNotTheOneNamedBesideItInItsOwnSentence() {
        List<Fact> facts = ArticleExtraction.facts("g-beside", LocalDate.of(2021, 7, 8),
                "Two Tarvian citizens have been arrested in connection with the killing of Mayor Juan Mora. "
                + "Tom Ash, 35, and Bo Lin, 55, were shown to reporters on Thursday. "
                + "A judge said the plan had been to arrest Juan Mora, not to kill him.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "arrested", person).size(), person + " is one of the two arrested: " + facts);
        }
    }

    @Test
    void aRelativeNamedBesideADetaineeIsNoMemberOfThePair() {
        List<Fact> facts = ArticleExtraction.facts("g-kin", LocalDate.of(2021, 7, 8),
                "Tom Ash and Bo Lin were jailed in Peru in 2019. "
                + "Sam Ash tried to see his brother Tom before the transfer but guards denied him entry. "
                + "The pair were flown to Lima on Monday.");
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("sam-ash") && f.type().equals("custody")),
                "the brother who came to visit was not flown anywhere: " + facts);
        assertEquals(1, of(facts, "transferred", "bo-lin").size(), "the pair are the two jailed: " + facts);
    }

    @Test
    void thePeopleThoseDetainedIncludedWereDetained() {
        List<Fact> facts = ArticleExtraction.facts("g-included", LocalDate.of(2019, 4, 5),
                "Police in Tarvia detained six writers on Thursday. "
                + "Those detained included Tom Ash, a dual citizen and the son of a poet, and Bo Lin.");
        assertEquals(1, of(facts, "arrested", "tom-ash").size(), "one of those detained: " + facts);
        assertEquals(1, of(facts, "arrested", "bo-lin").size(), "listed with him: " + facts);
    }

    @Test
    void aGroupOfAnotherCountIsOtherPeople() {
        List<Fact> facts = ArticleExtraction.facts("g2", LocalDate.of(2023, 5, 9),
                "Piet Smit, Jan Holm and Erik Dahl were arrested in Lagos on Monday. "
                + "The two men were later freed on bail.");
        for (String person : List.of("piet-smit", "jan-holm", "erik-dahl")) {
            assertTrue(of(facts, "released", person).isEmpty(), "two are not the three named: " + facts);
        }
    }

    @Test
    void officersAreNoGroupOfDetainees() {
        List<Fact> facts = ArticleExtraction.facts("g3", LocalDate.of(2023, 5, 9),
                "Piet Smit and Jan Holm were sentenced to two years in Lagos for assaulting police officers. "
                + "The police officers were badly injured in the fight.");
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("health")), "the officers' injuries are theirs: " + facts);
    }

    @Test
    void aCoupleNamedTogetherAreBothDetainedWhenTheCoupleIs() {
        List<Fact> facts = ArticleExtraction.facts("g4", LocalDate.of(2022, 5, 6),
                "Ann Lee and her boyfriend, Roman Tarasov, were on a flight to Tarvos in May 2021. "
                + "The couple were detained upon landing in Tarvos.");
        for (String person : List.of("ann-lee", "roman-tarasov")) {
            assertEquals(1, of(facts, "arrested", person).size(), person + " detained with the couple: " + facts);
        }
    }

    @Test
    void twoOtherPeopleAreNotThoseNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("g5", LocalDate.of(2022, 5, 6),
                "Ann Lee was freed on Sunday, her lawyer Tom Ash said after meeting Lee. "
                + "The network hopes the authorities will release two other journalists jailed in the same case.");
        assertTrue(of(facts, "held", "tom-ash").isEmpty() && of(facts, "released", "tom-ash").isEmpty(),
                "the lawyer is none of the two others: " + facts);
    }

    @Test
    void namesAfterAColonSpellOutTheGroupAndCurrentlyDetainedIsAStayNow() {
        List<Fact> facts = ArticleExtraction.facts("g-colon", LocalDate.of(2023, 1, 13),
                "The envoy travelled to Venezuela last month. "
                + "There are at least three Americans currently detained there: Piet Smit, Omar Haddad, and Nils Berg.");
        for (String person : List.of("piet-smit", "omar-haddad", "nils-berg")) {
            List<Fact> held = facts.stream().filter(f -> f.person().equals(person) && f.kind().equals("held")).toList();
            assertEquals(1, held.size(), person + " is held there: " + facts);
            assertEquals("Venezuela", held.get(0).place());
            assertEquals("2023-01", held.get(0).date(), "currently: as the article is written");
            assertTrue(facts.stream().noneMatch(f -> f.person().equals(person) && f.kind().equals("arrested")),
                    "being detained now is no arrest: " + facts);
        }
    }

    @Test
    void theDetaineesAreThoseNamedTogetherBefore() {
        List<Fact> facts = ArticleExtraction.facts("g-detainees", LocalDate.of(2016, 8, 13),
                "Three journalists were detained by police on August 8th. Reporter Ann Lee and visiting journalists "
                + "Tom Hart and Sam Reid were interviewing farmers. The detainees traveled to Awasa under police escort "
                + "on August 9th and were released by the security service on Tuesday evening.");
        for (String who : List.of("ann-lee", "tom-hart", "sam-reid")) {
            assertEquals(1, facts.stream().filter(f -> f.kind().equals("released") && f.person().equals(who)).count(),
                    who + " freed with the others: " + facts);
        }
    }

    @Test
    void thePairIsTwoNotEveryoneNamedBefore() {
        List<Fact> facts = ArticleExtraction.facts("g-pair", LocalDate.of(2009, 11, 26),
                "Anna Laine, Tom Hart and their driver Sam Reid were kidnapped in Mogadishu in 2008. "
                + "The pair were moved from one hideout to another.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("transferred") && f.person().equals("sam-reid")),
                "a pair is two of the three: " + facts);
    }

    @Test
    void aCountedGroupIsThePeopleTheNextSentenceNamesWhenItNamesThatMany() {
        List<Fact> facts = ArticleExtraction.facts("g-next", LocalDate.of(2024, 5, 20),
                "Police in Peru on May 8 arrested three journalists in Tacna. "
                + "Tom Ash and Ann Lee from a Canadian broadcaster and a local reporter, Bo Lin, who was working as a translator, "
                + "were told by police to report to a police station.");
        for (String person : List.of("tom-ash", "ann-lee", "bo-lin")) {
            assertEquals(1, of(facts, "arrested", person).size(), person + " is one of the three: " + facts);
        }
        assertEquals(0, facts.stream().filter(f -> f.type().equals("conditions")).count(), "one summons is no regime: " + facts);
    }

    @Test
    void aCountedGroupIsNotTheOneMemberNamedAfterIt() {
        List<Fact> facts = ArticleExtraction.facts("g-next2", LocalDate.of(2024, 5, 20),
                "Police in Peru on May 8 arrested three journalists in Tacna. "
                + "Their editor, Tom Ash, said the arrests were unjust.");
        assertEquals(0, of(facts, "arrested", "tom-ash").size(), "one named is not three: " + facts);
    }

    @Test
    void oneOfThemOrAmongThemMakesTheNamedPersonAMemberOfTheGroupHeld() {
        String[] bodies = {
            "Peruvian police arrested eight Britons in Lima on Monday. Tom Ash, one of the eight, is a retired teacher.",
            "Eight Britons were arrested in Lima on Monday, among them Tom Ash, a retired teacher from Leeds.",
            "Police in Lima arrested five activists on Monday. One of them, Tom Ash, is a British citizen."};
        for (int i = 0; i < bodies.length; i++) {
            List<Fact> facts = ArticleExtraction.facts("g-one" + i, LocalDate.of(2024, 5, 10), bodies[i]);
            assertEquals(1, of(facts, "arrested", "tom-ash").size(), "a member of the group arrested: " + bodies[i] + " " + facts);
        }
    }

    @Test
    void oneOfThemIsNoMemberOfAGroupOfOfficials() {
        List<Fact> facts = ArticleExtraction.facts("g-one-officials", LocalDate.of(2024, 5, 10),
                "Five Britons were arrested in Lima on Monday. Three judges heard the case; one of them, Tom Ash, said little.");
        assertEquals(0, of(facts, "arrested", "tom-ash").size(), "a judge is no detainee: " + facts);
    }

    @Test
    void peopleAmongAGroupThePoliceArrestedWereArrested() {
        String[] bodies = {
            "Tom Ash and Ann Lee were among eight armed men whom police arrested in Lima on Sunday.",
            "Tom Ash and Ann Lee were among those detained by police in Lima on Sunday.",
        };
        for (int i = 0; i < bodies.length; i++) {
            List<Fact> facts = ArticleExtraction.facts("g-among" + i, LocalDate.of(2024, 5, 10), bodies[i]);
            for (String person : List.of("tom-ash", "ann-lee")) {
                List<Fact> arrests = of(facts, "arrested", person);
                assertEquals(1, arrests.size(), person + " was among those arrested: " + bodies[i] + " " + facts);
                assertEquals("Lima", arrests.get(0).place(), arrests.toString());
            }
        }
    }

    @Test
    void menHandcuffedOnArrivalWereArrested() {
        List<Fact> facts = ArticleExtraction.facts("g-handcuffed", LocalDate.of(2024, 5, 10),
                "Two Canadians, Tom Ash and Bo Lin, were flown back from Peru on Wednesday. On their arrival in Toronto, "
                + "police boarded the plane and handcuffed the men.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "arrested", person).size(), person + " was handcuffed: " + facts);
        }
    }

    @Test
    void aCountedGroupFreedIsThePeopleNamedInTheNextSentence() {
        List<Fact> facts = ArticleExtraction.facts("g-freed-next", LocalDate.of(2024, 5, 10),
                "Peru has released two Canadian teachers held since March. Tom Ash and Bo Lin flew home to Toronto on Friday.");
        for (String person : List.of("tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "released", person).size(), person + " was released: " + facts);
        }
    }

    @Test
    void theMenAfterAPairAndAThirdDetaineeAreAllThree() {
        List<Fact> facts = ArticleExtraction.facts("g-men-three", LocalDate.of(2024, 5, 10),
                "Tom Ash and Bo Lin were captured in Lima in April. Jim Fox, a student arrested in March in Cusco, was also "
                + "convicted. The men now face prison after pleading guilty to smuggling.");
        for (String person : List.of("tom-ash", "bo-lin", "jim-fox")) {
            assertEquals(1, of(facts, "pleaded_guilty", person).size(), person + " pleaded guilty: " + facts);
        }
    }

    @Test
    void aGroupOfWhichSoManyAreNamedIsThoseNamedWhateverItIsCalled() {
        List<Fact> facts = ArticleExtraction.facts("g-some-named", LocalDate.of(2024, 5, 10),
                "The six Britons who have been held in Peru for five weeks have been released. "
                + "Three of the men have been named as Tom Ash, Bo Lin and Ed Marr.");
        for (String person : List.of("tom-ash", "bo-lin", "ed-marr")) {
            assertEquals(1, of(facts, "released", person).size(), person + " was released: " + facts);
            assertEquals(1, of(facts, "held", person).size(), person + " was held: " + facts);
        }
    }

    @Test
    void aCountedGroupIsThoseTheNextNamingListsTwoSentencesOnButNotWhoTellsTheNews() {
        List<Fact> facts = ArticleExtraction.facts("g-listed-later", LocalDate.of(2024, 5, 10),
                "A Lima court has sentenced three Canadian nationals to prison for spying. The sentencing was delivered "
                + "on Monday at the court known as the Old Bailey. The sentences include five years for Tom Ash, four "
                + "years for Bo Lin and two years for Ed Marr.");
        for (String person : List.of("tom-ash", "bo-lin", "ed-marr")) {
            assertEquals(1, of(facts, "sentenced", person).size(), person + " was sentenced: " + facts);
        }
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("bailey")), facts.toString());

        List<Fact> told = ArticleExtraction.facts("g-listed-speaker", LocalDate.of(2024, 5, 10),
                "Police revealed on Monday the arrest of one Chinese national and two Peruvians. They are accused of "
                + "spying. The Chinese national, identified as Li Wen, mapped ports, said army spokesperson Col. Ann Lee.");
        assertTrue(told.stream().noneMatch(f -> f.person().equals("ann-lee")), told.toString());
    }

    @Test
    void aCountedGroupIsThoseTheNextSentenceOpensByNaming() {
        List<Fact> facts = ArticleExtraction.facts("g-listed-next", LocalDate.of(2024, 7, 10),
                "Five Canadian fishermen detained by forces loyal to rebel leader Jorge Vega returned home on Tuesday. "
                + "Tom Ash, Bo Lin, Ed Marr, Jon Ray and Li Wen flew from Lima to Toronto. "
                + "\"We were treated well,\" Tom Ash told reporters. "
                + "On June 27, a spokesman for Jorge Vega said their boat had crossed into the waters of Peru. "
                + "On June 28, the fishermen were released and returned to their boat.");
        for (String person : List.of("tom-ash", "bo-lin", "ed-marr", "jon-ray", "li-wen")) {
            assertEquals(1, of(facts, "released", person).size(), person + " is one of the fishermen released: " + facts);
        }
    }
}
