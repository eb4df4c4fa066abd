package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Sentence shapes the parser gets wrong in real news (datelines, long descriptions, lists of
 * verbs or names, companions), and people told of by someone else's words. Sentences written for
 * the tests; names and places invented.
 */
class ParsedShapesTest {

    private static List<Fact> of(List<Fact> facts, String kind, String person) {
        return facts.stream().filter(f -> f.kind().equals(kind) && f.person().equals(person)).toList();
    }

    @Test
    void aSurnameWithAParticleIsPartOfTheName() {
        List<Fact> facts = ArticleExtraction.facts("p1", LocalDate.of(2024, 9, 2),
                "Karim al-Nasser, a father-of-three from Leeds, was arrested on 3 May this year while on holiday in Jeddah. "
                + "Mr al-Nasser denies wrongdoing.");
        List<Fact> arrests = of(facts, "arrested", "karim-al-nasser");
        assertEquals(1, arrests.size(), "the whole name, and the arrest told past the description: " + facts);
        assertEquals("2024-05-03", arrests.get(0).date());
        assertEquals("Jeddah", arrests.get(0).place());
    }

    @Test
    void aVerbListedAfterACommaSharesTheSubject() {
        List<Fact> facts = ArticleExtraction.facts("p2", LocalDate.of(2025, 4, 2),
                "Ann and Tom Lee were detained in Iran in January. "
                + "The couple have been separated, are being held in different prisons in Tabriz and have little food.");
        for (String person : List.of("ann-lee", "tom-lee")) {
            assertTrue(of(facts, "held", person).stream().anyMatch(f -> "Tabriz".equals(f.place())),
                    person + " held in Tabriz, told of the couple: " + facts);
        }
    }

    @Test
    void aRelativeWhoSpeaksIsNotTheDetainee() {
        List<Fact> facts = ArticleExtraction.facts("p3", LocalDate.of(2025, 4, 2),
                "Ann Lee was arrested in Iran in January. "
                + "Her brother Jon Ray told the BBC he had been beaten by police at a protest in London.");
        assertTrue(facts.stream().noneMatch(f -> f.type().equals("health")),
                "the brother's own injury is not hers: " + facts);
    }

    @Test
    void aDatelineIsNotTheSubjectOfTheStory() {
        List<Fact> facts = ArticleExtraction.facts("p4", LocalDate.of(2021, 3, 1),
                "LIMA (Wire) \u2013 Dutch engineer Piet Smit, who works for a mining firm, has been released from a prison "
                + "in Peru, a police source said Sunday.");
        List<Fact> released = of(facts, "released", "piet-smit");
        assertEquals(1, released.size(), "the release told after the dateline: " + facts);
        assertEquals("2021-02-28", released.get(0).date());
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("statement")), "a source is no diplomat: " + facts);
    }

    @Test
    void companionsOfTheSubjectShareWhatHappenedToIt() {
        List<Fact> facts = ArticleExtraction.facts("p5", LocalDate.of(2021, 3, 1),
                "Piet Smit was arrested in Lima in June 2019 together with two colleagues \u2013 Belgian Ali Haddad "
                + "and Dutch Peter Brink \u2013 and accused of spying.");
        for (String person : List.of("piet-smit", "ali-haddad", "peter-brink")) {
            List<Fact> arrests = of(facts, "arrested", person);
            assertEquals(1, arrests.size(), person + " arrested with him: " + facts);
            assertEquals("2019-06", arrests.get(0).date());
        }
    }

    @Test
    void aPlaceTalkedAboutIsNotWhereItHappened() {
        List<Fact> facts = ArticleExtraction.facts("p6", LocalDate.of(2024, 9, 2),
                "Karim Nasser was arrested in Riyadh in 2023. "
                + "He was sentenced to ten years in prison in May on charges over posts about Sudan, Chad and Libya.");
        List<Fact> sentenced = of(facts, "sentenced", "karim-nasser");
        assertEquals(1, sentenced.size(), facts.toString());
        assertNotEquals("Libya", sentenced.get(0).place(), "the posts were about Libya: " + sentenced);
        assertNotEquals("Sudan", sentenced.get(0).place(), "the posts were about Sudan: " + sentenced);
    }

    @Test
    void aCountryThatOwnsWhatFollowsIsNoPartOfThePlaceBeforeIt() {
        List<Fact> facts = ArticleExtraction.facts("p6b", LocalDate.of(2024, 9, 2),
                "Nils Berg, a Polish trucker, has been held for a year in a prison in Gomel, Poland's foreign ministry said on Monday.");
        List<Fact> held = of(facts, "held", "nils-berg");
        assertEquals(1, held.size(), facts.toString());
        assertEquals("Gomel", held.get(0).place(), "Gomel is not in Poland; the ministry is: " + held);
    }

    @Test
    void aNameAfterANationalityIsAWholeNameEvenIfItsLastWordIsAnotherOnesFirstName() {
        List<Fact> facts = ArticleExtraction.facts("p7", LocalDate.of(2021, 3, 1),
                "Omar Said and Egyptian Karim Omar were arrested in Cairo in May.");
        assertEquals(1, of(facts, "arrested", "karim-omar").size(), "Karim Omar is his own person: " + facts);
        assertEquals(1, of(facts, "arrested", "omar-said").size(), facts.toString());
    }

    @Test
    void theMainVerbAfterADescriptionWithARelativeClauseHappensToTheOneNamed() {
        List<Fact> facts = ArticleExtraction.facts("p8", LocalDate.of(2020, 10, 9),
                "Omar Diallo, a popular mayor who served as a minister in the 1990s, was kidnapped by gunmen "
                + "while campaigning in the northern region of Kidal in March.");
        List<Fact> seized = of(facts, "arrested", "omar-diallo");
        assertEquals(1, seized.size(), "kidnapped, told after the description: " + facts);
        assertEquals("2020-03", seized.get(0).date());
        assertEquals("Kidal region", seized.get(0).place(), "the region of Kidal, as a brief names it: " + seized);
    }

    @Test
    void aTownNamedAfterCityOfIsAPlaceNotAPerson() {
        List<Fact> facts = ArticleExtraction.facts("p9", LocalDate.of(2020, 10, 9),
                "Anne Morel, who ran a clinic for children, was abducted near the northern city of Gao in late 2016.");
        List<Fact> seized = of(facts, "arrested", "anne-morel");
        assertEquals(1, seized.size(), facts.toString());
        assertEquals("Gao", seized.get(0).place(), "the city of Gao: " + seized);
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("gao")), "Gao is no one: " + facts);
    }

    @Test
    void whereSomeoneComesFromOrLivesIsNotWhereTheEventHappened() {
        List<Fact> facts = ArticleExtraction.facts("p10", LocalDate.of(2001, 8, 3),
                "Tom Hale was freed on parole from a prison in Russia today. "
                + "The 24-year-old from Ohio was arrested in January. "
                + "Officials said on Friday that Tom Hale's release was good news, said Ann Hale, his mother, who lives in Toledo.");
        List<Fact> arrests = of(facts, "arrested", "tom-hale");
        assertEquals(1, arrests.size(), "the 24-year-old is the one named before: " + facts);
        assertEquals("2001-01", arrests.get(0).date());
        assertNotEquals("Ohio", arrests.get(0).place(), "he comes from Ohio: " + arrests);
        assertTrue(facts.stream().noneMatch(f -> "Toledo".equals(f.place())), "his mother lives in Toledo: " + facts);
    }

    @Test
    void aReleaseThatRaisesHopesOfASwapIsNoSwap() {
        List<Fact> facts = ArticleExtraction.facts("p11", LocalDate.of(2020, 10, 9),
                "Anne Morel and Omar Diallo were freed on Thursday. "
                + "Their release follows days in which reports of freed militants fueled expectations of an imminent prisoner swap.");
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("exchanged")), "a swap still expected: " + facts);
        assertEquals(1, of(facts, "released", "anne-morel").size(), facts.toString());
    }

    @Test
    void whatTheMediaSayIsNoStatementAndAWishIsNoMove() {
        List<Fact> facts = ArticleExtraction.facts("p12", LocalDate.of(2020, 8, 7),
                "Ottawa is concerned about a Canadian citizen sentenced to death on Thursday in China, a spokesman says. "
                + "A court in Harbin announced Li Ming's penalty on Thursday. "
                + "Local media said Li Ming had stored the drugs at his home. "
                + "The U.S. wants him extradited to face fraud charges.");
        assertEquals(1, of(facts, "sentenced", "li-ming").size(), "the citizen sentenced is the one whose penalty was announced: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("statement") && f.evidence().get(0).sentence() == 2),
                "the media are no party: " + facts);
        assertTrue(of(facts, "sentenced", "li-ming").stream().noneMatch(f -> "Ottawa".equals(f.place())),
                "Ottawa is where the concern is, not the court: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.kind().equals("extradited")), "wanted, not done: " + facts);
    }

    @Test
    void aCountedGroupOfNationalsIsThePeopleNamedBeforeAndRespectiveTermsAreNobodysInParticular() {
        List<Fact> facts = ArticleExtraction.facts("p13", LocalDate.of(2025, 11, 4),
                "\u201cAnne Morel and Paul Girard have been freed from prison,\u201d the president said. "
                + "In October, a court sentenced the two French nationals to 21 and 22 years in prison, respectively, on charges of spying.");
        for (String person : List.of("anne-morel", "paul-girard")) {
            List<Fact> sentenced = of(facts, "sentenced", person);
            assertEquals(1, sentenced.size(), person + " is one of the two nationals: " + facts);
            assertEquals("2025-10", sentenced.get(0).date());
            assertEquals(null, sentenced.get(0).term(), "whose term is which is not told: " + sentenced);
        }
    }

    @Test
    void aLeadToldBeforeTheNameMakesTheOneNamedAfterADetainee() {
        List<Fact> facts = ArticleExtraction.facts("p14", LocalDate.of(2021, 4, 19),
                "Norway's government said Monday it is asking Peru to release a Norwegian journalist who was arrested "
                + "by police in Lima the previous day. "
                + "Foreign Minister Erik Dahl told reporters that his government is asking for an explanation. "
                + "Local media said he is Lars Berg, a freelance reporter based in Lima. "
                + "The ministry said the journalist is being detained at a police station in Lima.");
        List<Fact> arrests = of(facts, "arrested", "lars-berg");
        assertEquals(1, arrests.size(), "the journalist of the lead is the one named after, not the minister: " + facts);
        assertEquals("2021-04-18", arrests.get(0).date());
        assertTrue(facts.stream().noneMatch(f -> f.person().equals("erik-dahl")), "the minister is no detainee: " + facts);
        assertTrue(of(facts, "held", "lars-berg").size() == 1, "being detained is being held: " + facts);
    }

    @Test
    void underArrestTheDetentionOfAndJudgesInACityAreCustodyAndCourtWords() {
        List<Fact> facts = ArticleExtraction.facts("p15", LocalDate.of(2017, 5, 29),
                "Officials may visit journalist Eva Lind, who has been under arrest in Ankara since April 30. "
                + "Relations soured over the detention of Lind and fellow reporter Omar Haddad on similar charges. "
                + "In 2018, Lind was sentenced to six years in prison by three judges in Izmir on Friday.");
        assertTrue(of(facts, "held", "eva-lind").stream().anyMatch(f -> "Ankara".equals(f.place())), "under arrest in Ankara: " + facts);
        assertEquals(1, of(facts, "arrested", "omar-haddad").size(), "the detention of Haddad: " + facts);
        assertTrue(of(facts, "sentenced", "eva-lind").stream().anyMatch(f -> "Izmir".equals(f.place())),
                "the judges sat in Izmir: " + facts);
    }

    @Test
    void aHyphenatedGivenNameAfterTheFamilyNameIsOneNameAndTheFamilyNameStandsForItsFirstBearer() {
        List<Fact> facts = ArticleExtraction.facts("p16", LocalDate.of(2018, 5, 10),
                "The first to be arrested, Park Dong-hyun, was detained in October 2015 on charges of espionage. "
                + "Park had been sentenced to 10 years of hard labor in April 2016. "
                + "American teacher Robert Park was arrested in April and May of 2017.");
        assertEquals(1, of(facts, "arrested", "park-dong-hyun").size(), "Park Dong-hyun, whole: " + facts);
        assertEquals(1, of(facts, "sentenced", "park-dong-hyun").size(),
                "'Park' is the Park whose family name it is and who was named first, not Robert Park: " + facts);
        assertTrue(of(facts, "sentenced", "robert-park").isEmpty(), facts.toString());
    }

    @Test
    void aMonthJoinedToADatedMonthTakesItsYear() {
        List<Fact> facts = ArticleExtraction.facts("p17", LocalDate.of(2018, 5, 10),
                "Ann Lee was sentenced to ten years in April 2016. "
                + "Tom Ash and Bo Lin were arrested in quick succession in April and May of 2017.");
        List<Fact> arrests = facts.stream().filter(f -> f.kind().equals("arrested")).toList();
        assertTrue(!arrests.isEmpty() && arrests.stream().allMatch(f -> f.date() != null && f.date().startsWith("2017")),
                "April of 2017, not of the year the story had reached: " + arrests);
    }

    @Test
    void aFurloughOrParoleIsARelease() {
        List<Fact> facts = ArticleExtraction.facts("p18", LocalDate.of(2020, 3, 20),
                "Tom Ash was arrested in Minsk in 2018. "
                + "Belarus granted a medical furlough to Tom Ash on Thursday. "
                + "Ann Lee was arrested in Minsk in 2019. A court granted parole to Ann Lee on Friday.");
        assertEquals(1, of(facts, "released", "tom-ash").size(), "a furlough: " + facts);
        assertEquals(1, of(facts, "released", "ann-lee").size(), "parole: " + facts);
    }

    @Test
    void aStayToldWithoutAPlaceIsInTheOneCountryTheArticlePutsThePersonInCustody() {
        List<Fact> facts = ArticleExtraction.facts("p19", LocalDate.of(2025, 8, 5),
                "Ann Lee was detained in Iran in January. "
                + "Ann Lee is being held in a prison far from her lawyer.");
        assertTrue(of(facts, "held", "ann-lee").stream().anyMatch(f -> "Iran".equals(f.place())),
                "held, in the country she was detained in: " + facts);
        List<Fact> moved = ArticleExtraction.facts("p20", LocalDate.of(2025, 8, 5),
                "Tom Ash was arrested in Peru in January and extradited to Chile in May. "
                + "Tom Ash is being held in a prison far from his lawyer.");
        assertTrue(of(moved, "held", "tom-ash").stream().noneMatch(f -> "Peru".equals(f.place())),
                "moved to another state: no longer held where he was arrested: " + moved);
    }

    @Test
    void aStayToldFromADateOnBeganWithAnArrestThen() {
        List<Fact> facts = ArticleExtraction.facts("p21", LocalDate.of(2022, 8, 5),
                "Tom Ash has been in custody since April 2, 2022, his family said. "
                + "Officials have given no details of the circumstances of Tom Ash's arrest.");
        List<Fact> arrests = of(facts, "arrested", "tom-ash");
        assertEquals(1, arrests.size(), "in custody since a day: arrested that day: " + facts);
        assertEquals("2022-04-02", arrests.get(0).date());
        List<Fact> dated = ArticleExtraction.facts("p22", LocalDate.of(2022, 8, 5),
                "Tom Ash was arrested on March 30, 2022. He has been in custody since April 2, 2022.");
        assertEquals(List.of("2022-03-30"), of(dated, "arrested", "tom-ash").stream().map(Fact::date).toList(),
                "an arrest the article dates is the arrest: " + dated);
    }

    @Test
    void aCountedGroupToldBeforeAnyNameIsThePeopleNamedOneByOneAfter() {
        List<Fact> facts = ArticleExtraction.facts("p23", LocalDate.of(2018, 5, 10),
                "North Korea has freed three Americans who had been imprisoned in Pyongyang. "
                + "The first to be arrested, Ann Lee, was detained in October 2015. "
                + "The other two, Tom Ash and Bo Lin, were arrested in 2017.");
        for (String person : List.of("ann-lee", "tom-ash", "bo-lin")) {
            assertEquals(1, of(facts, "released", person).size(), person + " is one of the three freed: " + facts);
        }
        List<Fact> others = ArticleExtraction.facts("p24", LocalDate.of(2018, 5, 10),
                "North Korea has freed three Americans. Ann Lee and Tom Ash were arrested in 2017.");
        assertTrue(others.stream().noneMatch(f -> f.kind().equals("released")), "two named are not the three: " + others);
    }

    @Test
    void aMonthToldAfterTheNewsIsBackInThePresentIsTheArticlesRecentPast() {
        List<Fact> facts = ArticleExtraction.facts("p20", LocalDate.of(2019, 12, 10),
                "Ann Lee was arrested in Minsk in November 2017. "
                + "She is still awaiting trial. "
                + "A senator called for her release in April.");
        List<Fact> asked = of(facts, "release", "ann-lee");
        assertEquals(1, asked.size(), "the call for her release: " + facts);
        assertEquals("2019-04", asked.get(0).date(), "April of the news, not the April after the arrest");
    }

    @Test
    void aCountryOnWhoseBehalfSomeoneActsIsNotWhereItHappened() {
        List<Fact> facts = ArticleExtraction.facts("p21", LocalDate.of(2024, 6, 8),
                "Ann Lee was detained on March 17 along the border with Laos. "
                + "The Swedish ambassador visited her on behalf of Canada last week.");
        assertTrue(facts.stream().noneMatch(f -> "Canada".equals(f.place())), "Canada is no place of hers: " + facts);
    }

    @Test
    void aNameThatOnlyQualifiesAThingIsNotTheOneALeadDescribes() {
        List<Fact> facts = ArticleExtraction.facts("p22", LocalDate.of(2024, 6, 8),
                "A Canadian teacher who had been held in Egypt for two years returned home on Friday. "
                + "The case had troubled the Johnson administration for months. "
                + "Ann Lee, 30, was arrested in Cairo in 2022.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("johnson")), "an administration is no detainee: " + facts);
        assertTrue(facts.stream().anyMatch(f -> f.person().equals("ann-lee") && f.kind().equals("held")
                && "Egypt".equals(f.place())), "the teacher of the lead is the one named after: " + facts);
    }

    @Test
    void aWhoClauseAfterANameIsAboutThePersonNotTheThingBeforeIt() {
        List<Fact> facts = ArticleExtraction.facts("p23", LocalDate.of(2022, 5, 6),
                "Ann Lee was sentenced to six years in prison on Friday. "
                + "Her government has said little about the fate of Ann Lee, who has been held in Tarvos since June 2021.");
        assertTrue(of(facts, "held", "ann-lee").stream().anyMatch(f -> "Tarvos".equals(f.place())),
                "held in Tarvos, told in the who clause: " + facts);
    }

    @Test
    void houseArrestIsNoArrest() {
        List<Fact> facts = ArticleExtraction.facts("p24", LocalDate.of(2022, 5, 6),
                "Ann Lee, who was detained in Tarvos in March 2021, is now held under house arrest in the capital.");
        List<Fact> arrests = of(facts, "arrested", "ann-lee");
        assertEquals(1, arrests.size(), "one arrest, in March 2021: " + facts);
        assertEquals("2021-03", arrests.get(0).date());
    }

    @Test
    void verbsJoinedAfterARelativeClauseEndingInAQuoteShareItsName() {
        List<Fact> facts = ArticleExtraction.facts("p-quote-relcl", LocalDate.of(2021, 9, 21),
                "Ana Brell, who inspired the film ‘Blue Nile,’ has been convicted of fraud and sentenced to 25 years "
                + "in prison by a court in Kigali on Monday. Brell has been found guilty of leading a gang.");
        List<Fact> sentenced = of(facts, "sentenced", "ana-brell");
        assertEquals(1, sentenced.size(), "convicted and sentenced: " + facts);
        assertEquals("P25Y", sentenced.get(0).term());
        assertTrue(of(facts, "convicted", "ana-brell").stream().allMatch(f -> "Kigali".equals(f.place())),
                "the conviction, told twice, was in Kigali: " + facts);
    }
}
