package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.facts.Fact;
import org.dossier.facts.Person;
import org.dossier.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Who the people of an article are, and which of their mentions reach them (sentences written for the test). */
class PeopleSentencesTest {

    private static Extractor.Result extract(String id, LocalDate date, String body) {
        return ArticleExtraction.extract(id, date, body);
    }

    private static Person person(Extractor.Result r, String id) {
        return r.people().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static List<Fact> of(Extractor.Result r, String person, String type, String kind) {
        return r.facts().stream().filter(f -> f.person().equals(person) && f.type().equals(type) && f.kind().equals(kind)).toList();
    }

    // --- names as the tagger gives them (hand-made tokens, no CoreNLP) ---

    @Test
    void aHyphenatedSurnameIsOneWordAndTitlesAndNationalitiesAreNoPartOfAName() {
        List<NameSpan> spans = PeopleFinder.nameSpans("a", Tokens.sentence(0,
                "Mrs|mrs|PERSON", "Kovacs|kovacs|PERSON", "-|-|PERSON", "Lindqvist|lindqvist|PERSON", "met",
                "Estonian|estonian|PERSON", "-|-|PERSON", "Canadian|canadian|PERSON", "Tomas|tomas|PERSON",
                "Haddad|haddad|PERSON", "."));
        assertEquals(List.of("Kovacs-Lindqvist"), spans.get(0).words(), "Mrs dropped, the double surname kept whole");
        assertEquals(List.of("Tomas", "Haddad"), spans.get(1).words(), "the nationality glued before the name dropped");
    }

    @Test
    void untaggedWordsEndingInAParticleLeadIntoTheTaggedNameAfterThem() {
        Sentence s = Tokens.sentence(0, "Emir|emir|O||NN", "of", "Qatar|qatar|LOCATION||NNP", "Omar|omar|O||NNP",
                "Bin|bin|O||NNP", "Salem|salem|PERSON||NNP", "Al|al|PERSON||NNP", "Kuwari|kuwari|PERSON||NNP", "spoke", ".");
        List<NameSpan> spans = PeopleFinder.nameSpans("a", s, Set.of("Kuwari", "Bin"));
        assertEquals(List.of(List.of("Omar", "Bin", "Salem", "Al", "Kuwari")), spans.stream().map(NameSpan::words).toList());
    }

    @Test
    void anOutletTheTaggerTookIntoTheNameAfterItIsNoPartOfIt() {
        List<Sentence> sentences = List.of(
                Tokens.sentence(0, "Aya|aya|PERSON||NNP", "Lee|lee|PERSON||NNP", "was", "freed", ",", "her", "lawyer",
                        "told", "NPR|npr|ORGANIZATION||NNP", "."),
                Tokens.sentence(1, "A", "spokesman", "tells", "NPR|npr|PERSON||NNP", "Lee|lee|PERSON||NNP", "landed", "."));
        org.dossier.ingest.Article article = new org.dossier.ingest.Article("a", "", LocalDate.of(2017, 4, 21), false,
                null, null, null, null, null);
        PeopleFinder found = PeopleFinder.find(List.of(new org.dossier.nlp.AnnotatedArticle(article, sentences)));
        assertEquals(Set.of("aya-lee"), found.people().keySet(), "NPR Lee is Aya Lee, spoken of to NPR");
    }

    @Test
    void aCreditLineInCapitalsNamesNoOne() {
        assertTrue(PeopleFinder.nameSpans("a", Tokens.sentence(0, "--", "BERNAMA|bernama|PERSON")).isEmpty(),
                "the agency that sent the story");
        assertEquals(1, PeopleFinder.nameSpans("a", Tokens.sentence(0, "--", "Bernard|bernard|PERSON", "said")).size(),
                "a name written as a name is still one");
    }

    @Test
    void aCaptionGivesNoPeopleAndANationalityAloneIsNoName() {
        assertTrue(PeopleFinder.nameSpans("a", Tokens.sentence(0, "Photo", ":", "Free|free|PERSON", "Haddad|haddad|PERSON")).isEmpty());
        assertTrue(PeopleFinder.nameSpans("a", Tokens.sentence(0, "The", "Estonian|estonian|PERSON", "smiled")).isEmpty());
    }

    @Test
    void anAliasIsAnotherNameOfThePersonBeforeIt() {
        List<NameSpan> spans = PeopleFinder.nameSpans("a", Tokens.sentence(0,
                "Ravi|ravi|PERSON", "Dhillon|dhillon|PERSON", "alias", "Bobby|bobby|PERSON", "Dhillon|dhillon|PERSON", "left"));
        assertEquals(2, spans.size());
        assertEquals(spans.get(0), spans.get(1).aliasOf());
    }

    @Test
    void aNameTaggedAPlaceIsANameWhenTheArticleTagsItsSurnameAPersonElsewhere() {
        Sentence lead = Tokens.sentence(0, "Nadia|nadia|LOCATION||NNP", "al|al|LOCATION||NNP", "-|-|LOCATION||HYPH",
                "Rashed|rashed|LOCATION||NNP", ",", "an", "activist", ",", "was", "jailed");
        assertEquals(List.of(List.of("Nadia", "al-Rashed")),
                PeopleFinder.nameSpans("a", lead, Set.of("Rashed")).stream().map(NameSpan::words).toList());
        assertTrue(PeopleFinder.nameSpans("a", lead, Set.of()).isEmpty(), "tagged a place and never a person: no name");

        Sentence country = Tokens.sentence(0, "South|south|LOCATION||NNP", "Sudan|sudan|LOCATION||NNP", "jailed", "him");
        assertTrue(PeopleFinder.nameSpans("a", country, Set.of("Sudan")).isEmpty(), "a country is no name");
    }

    @Test
    void aNameTaggedABodyIsANameWhenSetBesideTheOtherOfSomeNationality() {
        List<org.dossier.nlp.Token> tokens = Tokens.sentence(0, "a", "pardon", "for", "Bo|bo|ORGANIZATION||NNP",
                "Lin|lin|ORGANIZATION||NNP", "Varez|varez|ORGANIZATION||NNP", ",", "the", "other", "Tarvian|tarvian|||JJ",
                "opponent", ",", "was", "asked").tokens();
        List<org.dossier.nlp.Dependency> parse = List.of(new org.dossier.nlp.Dependency("appos", 5, 10),
                new org.dossier.nlp.Dependency("det", 10, 7), new org.dossier.nlp.Dependency("amod", 10, 8),
                new org.dossier.nlp.Dependency("amod", 10, 9));
        Sentence s = new Sentence(0, "a pardon for Bo Lin Varez , the other Tarvian opponent , was asked", tokens, parse);
        assertEquals(List.of(List.of("Bo", "Lin", "Varez")), PeopleFinder.nameSpans("a", s).stream().map(NameSpan::words).toList());
        Sentence body = new Sentence(0, s.text(), tokens, List.of(new org.dossier.nlp.Dependency("appos", 5, 10),
                new org.dossier.nlp.Dependency("det", 10, 7)));
        assertTrue(PeopleFinder.nameSpans("a", body).isEmpty(), "\"X, the opponent\" may be a party, not a person");
    }

    @Test
    void aFamilyWordBeforeANameGivesItsBearersGender() {
        Sentence s = Tokens.sentence(0, "Ann|ann|PERSON||NNP", "Holm|holm|PERSON||NNP", "heard", "from", "her", "brother",
                "Jerce|jerce|PERSON||NNP", ".");
        org.dossier.ingest.Article article = new org.dossier.ingest.Article("a", "", LocalDate.of(2020, 3, 2), false,
                null, null, null, null, null);
        PronounGenders genders = PronounGenders.of(new org.dossier.nlp.AnnotatedArticle(article, List.of(s)),
                List.of(new PersonMention("a", 0, 6, 7, 6, "jerce", "Jerce", false)));
        assertTrue(genders.contradicts("jerce", "she"), "a brother is no \"she\"");
        assertTrue(genders.agrees("jerce", "he"));
    }

    @Test
    void untaggedWordsAfterAnOccupationAreANameUnlessTheyEndLikeAFirmsName() {
        Sentence firm = Tokens.sentence(0, "the", "boss", "of", "gold", "miner|miner|O||NN", "Tarvo|tarvo|O||NNP",
                "Mining|mining|O||NNP", "is", "held");
        assertTrue(PeopleFinder.nameSpans("a", firm).isEmpty(), "a mining firm is no person");
        Sentence dealer = Tokens.sentence(0, "the", "gold", "miner|miner|O||NN", "Tarvo|tarvo|O||NNP",
                "Menning|menning|O||NNP", "is", "held");
        assertEquals(List.of(List.of("Tarvo", "Menning")), PeopleFinder.nameSpans("a", dealer).stream().map(NameSpan::words).toList());
    }

    private static PeopleFinder peopleOf(List<Sentence> sentences) {
        org.dossier.ingest.Article article = new org.dossier.ingest.Article("a", "", LocalDate.of(2020, 3, 2), false,
                null, null, null, null, null);
        return PeopleFinder.find(List.of(new org.dossier.nlp.AnnotatedArticle(article, sentences)));
    }

    @Test
    void anUntaggedSurnameAfterATaggedNameIsPartOfItWhenTheArticleUsesItAlone() {
        Sentence named = Tokens.sentence(0, "Ivo|ivo|PERSON||NNP", "Marek|marek|PERSON||NNP", "Tollan|tollan|O||NNP", "was", "freed", ".");
        Sentence again = Tokens.sentence(1, "Tollan|tollan|O||NNP", "flew", "home", ".");
        Sentence later = Tokens.sentence(2, "Police", "said", "Tollan|tollan|O||NNP", "was", "ill", ".");
        PeopleFinder found = peopleOf(List.of(named, again, later));
        assertEquals(Set.of("ivo-tollan"), found.people().keySet());
        assertEquals("Ivo Marek Tollan", found.people().get("ivo-tollan").full());
        assertEquals(Set.of(0, 1, 2), found.mentions().stream().filter(m -> m.person().equals("ivo-tollan"))
                .map(PersonMention::sentence).collect(java.util.stream.Collectors.toSet()), "the lone surname is him too");

        PeopleFinder once = peopleOf(List.of(named, Tokens.sentence(1, "He", "flew", "home", ".")));
        assertEquals(Set.of("ivo-marek"), once.people().keySet(), "a word used only after the name may be anything");
    }

    @Test
    void aGivenNameAndTheFirstOfTwoSurnamesIsTheSamePersonWhicheverComesFirst() {
        Sentence full = Tokens.sentence(0, "Luis|luis|PERSON||NNP", "Ortega|ortega|PERSON||NNP", "Varela|varela|PERSON||NNP",
                ",", "61", ",", "died", ".");
        Sentence shortened = Tokens.sentence(1, "Luis|luis|PERSON||NNP", "Ortega|ortega|PERSON||NNP", "was", "held", ".");
        for (List<Sentence> order : List.of(List.of(full, shortened), List.of(shortened, full))) {
            PeopleFinder found = peopleOf(order);
            assertEquals(1, found.people().size(), order.get(0).text());
            assertEquals("Luis Ortega Varela", found.people().values().iterator().next().full(), order.get(0).text());
        }
    }

    @Test
    void aNameEndingInAWordForAPlaceOfStudyOrWorkNamesThePlace() {
        Sentence s = Tokens.sentence(0, "Tom|tom|PERSON||NNP", "Ash|ash|PERSON||NNP", ",", "who", "attends",
                "Tarvia|tarvia|PERSON||NNP", "University|university|PERSON||NNP", ",", "and", "Ann|ann|PERSON||NNP",
                "Lee|lee|PERSON||NNP", "of", "Lima|lima|PERSON||NNP", "Hospital|hospital|PERSON||NNP", "were", "held", ".");
        assertEquals(Set.of("tom-ash", "ann-lee"), peopleOf(List.of(s)).people().keySet());
    }

    @Test
    void aFirstNameAndAWordTaggedAPlaceListedBesideANameIsAName() {
        Sentence listed = Tokens.sentence(0, "Three", "citizens", "are", "held", ":", "Jacques|jacques|LOCATION||NNP",
                "Lyon|lyon|LOCATION||NNP", ",", "Ann|ann|PERSON||NNP", "Lee|lee|PERSON||NNP", "and", "Bo|bo|PERSON||NNP",
                "Lin|lin|PERSON||NNP", ".");
        assertEquals(Set.of("jacques-lyon", "ann-lee", "bo-lin"), peopleOf(List.of(listed)).people().keySet());
        Sentence place = Tokens.sentence(0, "Ann|ann|PERSON||NNP", "Lee|lee|PERSON||NNP", "flew", "to",
                "Jacques|jacques|LOCATION||NNP", "Lyon|lyon|LOCATION||NNP", ".");
        assertEquals(Set.of("ann-lee"), peopleOf(List.of(place)).people().keySet(), "a place not set in a list of names");
    }

    // --- whole articles (CoreNLP) ---

    @Test
    void aSheAfterAWomanWhoIsNoDetaineeIsNotTheManDetained() {
        Extractor.Result r = extract("p-she", LocalDate.of(2015, 2, 2),
                "Peter Novak, a teacher, was freed from a prison in Cairo on Sunday. "
                + "His colleague Maria Lopez welcomed the news. She went on hunger strike in May, her lawyer said.");
        assertTrue(r.facts().stream().noneMatch(f -> f.person().equals("peter-novak") && f.type().equals("request")),
                "the strike is not his: " + r.facts());
    }


    @Test
    void aWifeWithADoubleSurnameAndHerHusbandAreTwoPeopleAndOnlySheIsDetained() {
        Extractor.Result r = extract("p1", LocalDate.of(2021, 4, 2),
                "Mara Kovacs-Lindqvist, a British aid worker, was arrested at the airport in Tarvia in 2019. "
                + "Her husband, Erik Lindqvist, has campaigned for her release since then. "
                + "Lindqvist said on Thursday that he would write to the prime minister.");
        Person wife = person(r, "mara-kovacs-lindqvist");
        assertNotNull(wife, "the double surname names her: " + r.people());
        assertTrue(wife.roles().contains("detainee"), wife.toString());
        Person husband = person(r, "erik-lindqvist");
        assertNotNull(husband, r.people().toString());
        assertFalse(husband.roles().contains("detainee"), "the husband is not detained: " + husband);
        assertEquals(1, of(r, "mara-kovacs-lindqvist", "custody", "arrested").size(), r.facts().toString());
    }

    @Test
    void theElderOfTwoRelativesWithOneSurnameIsTheParent() {
        Extractor.Result r = extract("p2", LocalDate.of(2020, 6, 1),
                "Karim Farahani, an engineer, was arrested in Velora in March. "
                + "His father, Dariush Farahani, was detained in April when he came to ask for his son's release. "
                + "The elder Farahani was released on bail last week because of his poor health.");
        Person father = person(r, "dariush-farahani");
        assertNotNull(father, r.people().toString());
        assertTrue(father.roles().contains("detainee"), "his father, X, was detained: " + father);
        assertEquals(1, of(r, "dariush-farahani", "custody", "released").size(), "the elder Farahani: " + r.facts());
        assertTrue(of(r, "karim-farahani", "custody", "released").isEmpty(), r.facts().toString());
    }

    @Test
    void everyoneListedAmongThoseFreedIsADetainee() {
        Extractor.Result r = extract("p3", LocalDate.of(2024, 3, 8),
                "Eleven prisoners were freed in an exchange on Thursday. "
                + "Among those released are teacher Lena Ostrova and former soldier Piotr Zalewski, the ministry said.");
        for (String id : List.of("lena-ostrova", "piotr-zalewski")) {
            Person p = person(r, id);
            assertNotNull(p, r.people().toString());
            assertTrue(p.roles().contains("detainee"), p.toString());
        }
    }

    @Test
    void aNounForAnAgeOrAnOccupationReachesTheDetaineeNamedBefore() {
        Extractor.Result r = extract("p4", LocalDate.of(2022, 9, 20),
                "Police in Corvin detained Sofia Brandt, a dancer, on September 12. "
                + "Her mother said she had not been allowed to call home. "
                + "The 34-year-old was charged with espionage on Monday.");
        assertEquals(1, of(r, "sofia-brandt", "legal", "charged").size(), "the 34-year-old: " + r.facts());
    }

    @Test
    void aNameGivenWithANationalityBeforeItIsThePersonNotTheNationality() {
        Extractor.Result r = extract("p5", LocalDate.of(2019, 2, 4),
                "A court in Velora sentenced Lebanese-American Tomas Haddad to eight years in prison on Sunday.");
        assertTrue(r.people().stream().noneMatch(p -> p.name().contains("Lebanese") || p.name().contains("American")),
                r.people().toString());
        assertEquals(1, of(r, "tomas-haddad", "legal", "sentenced").size(), r.facts().toString());
    }

    @Test
    void someoneAPassiveClauseSaysWasJailedIsADetainee() {
        Extractor.Result r = extract("p6", LocalDate.of(2024, 5, 3),
                "Officials in Varna confirmed the deal on Friday. "
                + "Also part of the deal is Belgian engineer Tomasz Wilk, who was jailed in Varna in 2021.");
        Person p = person(r, "tomasz-wilk");
        assertNotNull(p, r.people().toString());
        assertTrue(p.roles().contains("detainee"), "who was jailed: " + p);
    }

    @Test
    void anOccupationTheGazetteerOnlyListsInLongerTitlesStillDescribesTheDetainee() {
        Extractor.Result r = extract("p7", LocalDate.of(2020, 2, 11),
                "Clara Moss was arrested at the airport in Varna in 2018. "
                + "Her brother said the family had heard nothing from the authorities. "
                + "The British aid worker was sentenced to five years in prison in 2019.");
        assertEquals(1, of(r, "clara-moss", "legal", "sentenced").size(), "the aid worker: " + r.facts());
    }

    @Test
    void theyAfterASentenceNamingTwoDetaineesIsEachOfThemOnlyWhenACourtOrCustodyWordHappensToThem() {
        Extractor.Result r = extract("p-plural", LocalDate.of(2021, 4, 2),
                "Teacher Anton Varga and engineer Lena Brodsky have been held in Orsk since March 2020. "
                + "They were charged with smuggling in January. "
                + "Their families say they are innocent.");
        assertEquals(1, of(r, "anton-varga", "legal", "charged").size(), "they were charged: " + r.facts());
        assertEquals(1, of(r, "lena-brodsky", "legal", "charged").size(), "they were charged: " + r.facts());
        assertTrue(r.facts().stream().noneMatch(f -> f.type().equals("diplomatic")),
                "'they are innocent' is the families' word, not the detainees': " + r.facts());
    }

    @Test
    void theManIdentifiedAsANameIsThatPerson() {
        Extractor.Result r = extract("p-identified", LocalDate.of(2023, 12, 1),
                "A Latvian man pleaded guilty on Thursday to running a botnet. "
                + "The man, identified as 41-year-old Pavel Ozols, was extradited from Chile to the United States last year.");
        List<Fact> moves = of(r, "pavel-ozols", "custody", "extradited");
        assertEquals(1, moves.size(), "what is said of the man is said of him: " + r.facts());
        assertEquals("United States", moves.get(0).place());
    }

    @Test
    void theyAfterAFatherAndHisSonAreBothOfThem() {
        Extractor.Result r = extract("p-plural-kin", LocalDate.of(2020, 6, 1),
                "Daniel Roth, a German trader, was detained in Baku in 2017. "
                + "Months later, his father, Paul Roth, was detained after coming to visit his jailed son. "
                + "They were both sentenced in 2018 to eight years in prison.");
        assertEquals(1, of(r, "daniel-roth", "legal", "sentenced").size(), "the son: " + r.facts());
        assertEquals(1, of(r, "paul-roth", "legal", "sentenced").size(), "the father: " + r.facts());
    }

    @Test
    void aNameSomeoneIsKnownByElsewhereIsTheSamePerson() {
        List<org.dossier.facts.Fact> facts = ArticleExtraction.facts("p30", java.time.LocalDate.of(2023, 5, 4),
                "Police in Minsk detained a Chicago nurse, known in Canada as Irina Stone, on suspicion of smuggling. "
                + "Irina Volkova, 41, was arrested on April 28 as she tried to board a flight to Vilnius.");
        assertTrue(facts.stream().noneMatch(f -> f.person().contains("stone")), "one woman, two names: " + facts);
        assertTrue(facts.stream().anyMatch(f -> f.kind().equals("arrested") && f.person().contains("volkova")
                && "2023-04-28".equals(f.date())), "arrested as she tried to leave: " + facts);
    }

    @Test
    void aPronounReachesOnlySomeoneWhoseFirstNameAgreesWithIt() {
        Extractor.Result r = extract("p-gender-speaker", LocalDate.of(2024, 3, 5),
                "Omar Haddad, a Canadian teacher, was arrested in Vella in May. "
                + "His wife Sara Lind told reporters on Monday that the family had not been allowed to see him. "
                + "\"He has lost a lot of weight and suffers from asthma,\" she said.");
        assertEquals(1, of(r, "omar-haddad", "health", "condition").stream()
                .filter(f -> f.detail().contains("asthma")).count(), "he is not his wife, who speaks: " + r.facts());

        Extractor.Result two = extract("p-gender-pair", LocalDate.of(2024, 3, 5),
                "Ana Ruiz and Tomas Vidal were detained in Vella in May. "
                + "He was moved to a prison in Kora in June.");
        assertEquals(1, of(two, "tomas-vidal", "custody", "transferred").size(), "he is Tomas Vidal: " + two.facts());
        assertTrue(of(two, "ana-ruiz", "custody", "transferred").isEmpty(), "not Ana Ruiz: " + two.facts());
    }

    @Test
    void aDiplomatHeldForYearsIsADetaineeAndAParticipleInAnotherOnesDescriptionIsTheirsAlone() {
        Extractor.Result r = extract("p-diplomat", LocalDate.of(2024, 6, 16),
                "Hours later, Erik Lund, an EU diplomat, and Omar Haddad, a Dutch national arrested in Belarus in May 2023, "
                + "landed in Copenhagen. "
                + "Lund, a 33-year-old EU diplomat, had been held in Belarus since April 2022 accused of espionage.");
        assertTrue(of(r, "erik-lund", "custody", "held").stream().anyMatch(f -> "Belarus".equals(f.place())),
                "a diplomat can be held too: " + r.facts());
        assertTrue(of(r, "erik-lund", "custody", "arrested").stream().noneMatch(f -> "2023-05".equals(f.date())),
                "the arrest in May 2023 is Haddad's: " + r.facts());
        assertEquals(1, of(r, "omar-haddad", "custody", "arrested").size(), r.facts().toString());
    }

    @Test
    void aDescriptionWithItsFieldIsThePersonNamedBefore() {
        Extractor.Result r = extract("p-field", LocalDate.of(2020, 7, 29),
                "Officials confirmed that Lena Maris has been moved to a prison in Tabriz. "
                + "The former lecturer in Islamic studies is serving a 10-year sentence for espionage.");
        assertEquals(1, of(r, "lena-maris", "legal", "sentenced").size(), "the lecturer is Maris: " + r.facts());
    }

    @Test
    void aLeadToldAfterACaptionNamedThePersonIsTheArticlesDetainee() {
        Extractor.Result r = extract("p-lead-after", LocalDate.of(2019, 11, 6),
                "Tomas Vidal, of Leeds, has been accused of plotting against the government. His family denies it. "
                + "A British citizen from Leeds serving a 12-year prison sentence in Vietnam was denied an appeal for a shorter term.");
        assertEquals(1, of(r, "tomas-vidal", "legal", "sentenced").size(), "the citizen is Vidal: " + r.facts());
        assertTrue(of(r, "tomas-vidal", "custody", "held").stream().anyMatch(f -> "Vietnam".equals(f.place())), r.facts().toString());
    }

    @Test
    void aRetiredOfficerIsNoOfficialOfTheCase() {
        Extractor.Result r = extract("pp-retired", LocalDate.of(2013, 11, 26),
                "Retired police officer Tom Ash, 65, vanished during a business trip to Tarvia in March 2007. "
                + "Serving officer Ann Lee said on Monday that the search goes on.");
        assertFalse(person(r, "tom-ash").roles().contains("official"), "retired: " + person(r, "tom-ash"));
        assertTrue(person(r, "ann-lee").roles().contains("official"), "still serving: " + person(r, "ann-lee"));
    }

    @Test
    void aNameSetBesideAnOccupationByACommaIsAWholeNameThoughItsLastWordIsAnothersFirst() {
        Extractor.Result r = extract("pp-producer", LocalDate.of(2015, 2, 1),
                "The reporter Tom Ash was detained along with two colleagues, Canadian-Egyptian Mohamed Fahmy and an Egyptian producer, "
                + "Baher Mohamed, in December 2013. Baher Mohamed and Mohamed Fahmy remain behind bars at Tora prison in Cairo.");
        assertTrue(person(r, "baher-mohamed").roles().contains("detainee"), person(r, "baher-mohamed").toString());
        List<Fact> held = of(r, "baher-mohamed", "custody", "held");
        assertEquals(1, held.size(), r.facts().toString());
        assertNull(held.get(0).actor(), "held beside Fahmy, not by him: " + held);
    }

    @Test
    void aNameWrittenApartOrJoinedIsOnePersonNamedWithItsPartsApart() {
        Extractor.Result r = extract("p40", LocalDate.of(2022, 5, 31),
                "Activist Ana Abdel Salam speaks at her home in Cairo in 2019.\n\n"
                + "As activist Ana Abdelsalam nears her 60th day on hunger strike, pressure grows on the government. "
                + "Ana was arrested in 2019 in Cairo.");
        List<Person> anas = r.people().stream().filter(p -> p.name().startsWith("Ana")).toList();
        assertEquals(1, anas.size(), "one person: " + r.people());
        assertEquals("Ana Abdel Salam", anas.get(0).name());
        assertEquals(1, of(r, anas.get(0).id(), "custody", "arrested").size(), "her arrest: " + r.facts());
    }

    @Test
    void aLeadDescriptionIsNotThePresidentNamedLaterInItsSentence() {
        Extractor.Result r = extract("p41", LocalDate.of(2012, 5, 7),
                "An Irish aid worker kidnapped last year from his home in Kano has appeared in a video, saying his captors "
                + "will kill him if President Alan Reed does not meet their demands. "
                + "Liam Byrne, 64, was abducted from his home last August. "
                + "Addressing his wife, Mary, Byrne said he was fine. "
                + "He urged Reed to move quickly to secure his release.");
        assertFalse(person(r, "alan-reed").roles().contains("detainee"), "the president is no detainee: " + r.people());
        assertTrue(r.facts().stream().noneMatch(f -> f.person().equals("alan-reed")), r.facts().toString());
        assertFalse(of(r, "liam-byrne", "custody", "arrested").isEmpty(), "the aid worker is Byrne: " + r.facts());
    }

    @Test
    void whoeverIsUrgedToActForADetaineeIsNoDetainee() {
        Extractor.Result r = extract("p42", LocalDate.of(2021, 11, 12),
                "Ann Lee was arrested in Lima in May. "
                + "Her brother urged Tom Hart to move quickly to secure her release.");
        assertFalse(person(r, "tom-hart").roles().contains("detainee"), "asked to act, not moved: " + r.people());
        assertTrue(r.facts().stream().noneMatch(f -> f.person().equals("tom-hart")), r.facts().toString());
    }

    @Test
    void aGivenNameInBracketsCompletesTheSurnameAfterIt() {
        Extractor.Result r = extract("p43", LocalDate.of(2013, 12, 9),
                "Ann Lee flew home on Saturday. The official added that \"all efforts are now on (Tomas) Varga,\" "
                + "another citizen held in Laos. Varga, a missionary, was convicted by a court in Vientiane in May. "
                + "He has been serving a ten-year sentence.");
        assertTrue(r.people().stream().anyMatch(p -> p.name().equals("Tomas Varga")), "one name: " + r.people());
        assertEquals(1, of(r, "tomas-varga", "legal", "convicted").size(), r.facts().toString());
        assertTrue(r.facts().stream().noneMatch(f -> f.person().equals("ann-lee")), "his sentence, not hers: " + r.facts());
    }

    @Test
    void aPresidentWhoAppealsToAnotherToPardonSomeoneIsNoDetainee() {
        Extractor.Result r = extract("p44", LocalDate.of(2019, 10, 13),
                "President Alan Reed on Sunday appealed to his counterpart Ivan Petrov to pardon an American "
                + "jailed for smuggling. Ann Lee, 26, was sentenced to seven years in jail on Friday.");
        assertFalse(person(r, "alan-reed").roles().contains("detainee"), "a plea, no court appeal: " + r.people());
        assertTrue(r.facts().stream().noneMatch(f -> f.person().equals("alan-reed")), r.facts().toString());
    }

    @Test
    void aPronounInAClauseBeforeTheMainOneStandsForTheNameAfterIt() {
        Extractor.Result r = extract("p45", LocalDate.of(2013, 1, 24),
                "Tom Hart was arrested in Lima in 2005. "
                + "Nearly seven years after she was imprisoned in Mexico on kidnapping charges, Anna Laine, a French "
                + "citizen, is to be freed.");
        List<Fact> held = of(r, "anna-laine", "custody", "held");
        assertEquals(1, held.size(), r.facts().toString());
        assertEquals("Mexico", held.get(0).place(), held.toString());
        assertTrue(of(r, "tom-hart", "custody", "held").isEmpty(), "not the man named before: " + r.facts());
    }

    @Test
    void aNameSetOffAfterAnotherPersonsNameNamesTheOneDescribed() {
        Extractor.Result r = extract("pe40", LocalDate.of(2024, 5, 10),
                "(AFP) A Lima court has prolonged the arrest of Canadian-Peruvian billionaire and critic of Prime Minister "
                + "Jo Ruiz, Sam Cole, by two months, despite a recent ruling declaring his detention unlawful.");
        assertEquals(1, of(r, "sam-cole", "custody", "held").size(), "the billionaire is Sam Cole: " + r.facts());
        assertEquals(0, r.facts().stream().filter(f -> f.person().equals("jo-ruiz")).count(), "the minister is no detainee: " + r.facts());
    }

    @Test
    void aRelativeWhoSharesATwoWordSurnameIsSomeoneElse() {
        Extractor.Result r = extract("pe41", LocalDate.of(2024, 5, 10),
                "Peruvian police arrested the Canadian activist Ana San Martin in Lima on Monday. "
                + "The Canadian consul met her daughter, Lucia San Martin, on Friday.");
        assertEquals(1, of(r, "ana-martin", "custody", "arrested").size(), "the activist was arrested: " + r.facts());
        assertTrue(r.people().stream().anyMatch(p -> p.name().equals("Lucia San Martin")), "the daughter is a person of her own: " + r.people());
    }

    @Test
    void aPrimeMinisterCalledPmIsAnOfficial() {
        Extractor.Result r = extract("pe42", LocalDate.of(2024, 5, 10),
                "Canadian PM Jo Ruiz spoke with his Peruvian counterpart about Tom Ash, who was arrested in Lima in May.");
        assertTrue(r.people().stream().anyMatch(p -> p.id().equals("jo-ruiz") && p.roles().contains("official")),
                "the prime minister: " + r.people());
        assertEquals(1, of(r, "tom-ash", "custody", "arrested").size(), r.facts().toString());
    }

    @Test
    void aFullNameTaggedOnceIsThatNameWhereverItIsWritten() {
        Extractor.Result r = extract("pe43", LocalDate.of(2024, 5, 8),
                "Two Burmese workers, Aung Lin and Win Zaw Lwin, were sentenced to death in 2015. \"The appeal is important,\" "
                + "an official said of the defendants, Aung Lin and Win Zaw Lwin. Embassy staff will visit Win Zaw Lwin and "
                + "Aung Lin next Friday.");
        List<String> named = r.people().stream().map(p -> p.name()).filter(n -> n.endsWith("Lwin")).toList();
        assertEquals(List.of("Win Zaw Lwin"), named, "one person, named in full: " + r.people());
        assertTrue(r.facts().stream().anyMatch(f -> f.kind().equals("visit") && f.person().equals("win-lwin")),
                "the visit is his, and no 'win' is read as a verb in his name: " + r.facts());
    }

    @Test
    void someoneWhoFacesChargesOrServesASentenceIsADetainee() {
        Extractor.Result r = extract("pe44", LocalDate.of(2024, 5, 8),
                "Two Peruvians were stopped at the border. The first man, Tom Ash, 52, faces charges of fraud and forgery. "
                + "His friend Bo Lin is serving a six-year sentence in Lima.");
        assertNotNull(person(r, "tom-ash"), "Tom Ash is found: " + r.people());
        assertTrue(person(r, "tom-ash").isDetainee(), "one who faces charges is held: " + r.people());
        assertFalse(of(r, "tom-ash", "legal", "charged").isEmpty(), "his charge is in the brief: " + r.facts());
        assertTrue(person(r, "bo-lin").isDetainee(), "one serving a sentence is held: " + r.people());
    }

    @Test
    void aLeadOfOneNationalityIsNotSomeoneCalledByItsNounWithAnother() {
        Extractor.Result r = extract("pe45", LocalDate.of(2024, 5, 10),
                "A German citizen arrested in Peru three years ago has been freed, her daughter said on Tuesday. "
                + "Ann Lee, who also has Peruvian citizenship, was freed from a Lima prison. Lee, who was detained "
                + "together with British citizen Bo Lin, was accused of spying.");
        assertEquals(List.of(), of(r, "bo-lin", "custody", "released"), "the German citizen freed is not the British one: " + r.facts());
        assertFalse(of(r, "ann-lee", "custody", "released").isEmpty(), r.facts().toString());
    }

    @Test
    void aCrownPrinceMediatingIsAnOfficialNotADetainee() {
        Extractor.Result r = extract("pe46", LocalDate.of(2024, 5, 10),
                "Tom Ash was freed from a Lima jail on Monday. Chile's Crown Prince Bo Lin had been in direct contact with "
                + "Peru as part of the mediation efforts for the release of the prisoners, according to state media.");
        assertEquals(List.of("official"), person(r, "bo-lin").roles(), r.people().toString());
        assertTrue(person(r, "tom-ash").isDetainee(), r.people().toString());
    }

    @Test
    void aNameSetOffAfterTheBodyALeaderLedIsTheLeader() {
        Extractor.Result r = extract("pe46", LocalDate.of(2024, 5, 10),
                "The former president of the Tarvia Republic, Aram Tevosyan, was sentenced to life in prison.");
        assertEquals(1, of(r, "aram-tevosyan", "legal", "sentenced").size(), "the president is the one named: " + r.facts());
    }

    @Test
    void theManIsTheOneALeadDescribed() {
        Extractor.Result r = extract("pe47", LocalDate.of(2024, 7, 10),
                "A court in Lima sentenced a Canadian man to eight months in prison on Monday. "
                + "The man, arrested in June by the police, received the sentence for entering Peru without a visa. "
                + "The suspect, identified as Tom Ash, said he had fled from Chile.");
        assertEquals(1, of(r, "tom-ash", "custody", "arrested").size(), "the man arrested is Tom Ash: " + r.facts());
    }

    @Test
    void aNameSetOffAfterAPlaceOfTheBodyALeaderLedIsTheLeader() {
        Extractor.Result r = extract("pe48", LocalDate.of(2024, 8, 10),
                "The director of the International Fishing Safety Organization (IFSO) in Sierra Leone, French national "
                + "Jean-Marc Ledoux, was detained by the country\u2019s State Security Service on July 28 on suspicion of "
                + "espionage and has since been held at an undisclosed location.");
        assertEquals(1, of(r, "jean-marc-ledoux", "custody", "arrested").size(), "the director is the one named: " + r.facts());
    }

    @Test
    void peopleAmongAGroupAndOneMoreShareWhatHappensToThem() {
        Extractor.Result r = extract("pe49", LocalDate.of(2024, 8, 10),
                "Yanis Belkadi and Loris Marchetti were among 11 Belgian nationals and one Tunisian handed over to "
                + "Peruvian authorities in January by a US-backed militia.");
        for (String person : List.of("yanis-belkadi", "loris-marchetti")) {
            assertEquals(1, of(r, person, "custody", "extradited").size(), person + " was handed over: " + r.facts());
        }
    }
}
