package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.junit.jupiter.api.Test;

/** Repairs of parses as CoreNLP gives them for real news, on hand-made parses. */
class ParseRepairsTest {

    private static Sentence parsed(String[][] words, Dependency... deps) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String[] w : words) {
            tokens.add(new Token(tokens.size(), w[0], w.length > 3 ? w[3] : w[0].toLowerCase(), w[1], w.length > 2 ? w[2] : "O", null, at, at + w[0].length()));
            at += w[0].length() + 1;
        }
        return new Sentence(0, "", tokens, List.of(deps));
    }

    @Test
    void aWhoClauseHungFromAThingMovesToThePersonNamedBeforeTheComma() {
        // "the fate of Lee, who was held": the parser made "fate" the one held
        Sentence s = parsed(new String[][] {{"the", "DT"}, {"fate", "NN"}, {"of", "IN"}, {"Lee", "NNP", "PERSON"},
                {",", ","}, {"who", "WP"}, {"was", "VBD"}, {"held", "VBN"}},
                new Dependency("det", 1, 0), new Dependency("case", 3, 2), new Dependency("nmod:of", 1, 3),
                new Dependency("punct", 1, 4), new Dependency("ref", 1, 5), new Dependency("aux:pass", 7, 6),
                new Dependency("acl:relcl", 1, 7), new Dependency("nsubj:pass", 7, 1));
        List<Dependency> repaired = RelativeClauses.whoClausesOfTheNamedPerson(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 7, 3)), "Lee is the one held: " + repaired);
        assertTrue(repaired.contains(new Dependency("acl:relcl", 3, 7)), repaired.toString());
        assertFalse(repaired.contains(new Dependency("nsubj:pass", 7, 1)), "the fate is held by no one: " + repaired);
    }

    @Test
    void aNameParsedAsAnAdverbOfTheVerbBeforeItIsItsObject() {
        // "Guards had moved Jerce from the camp": the rare name read as an adverb
        Sentence s = parsed(new String[][] {{"Guards", "NNS"}, {"had", "VBD"}, {"moved", "VBN"}, {"Jerce", "RB", "PERSON"},
                {"from", "IN"}, {"the", "DT"}, {"camp", "NN"}},
                new Dependency("nsubj", 2, 0), new Dependency("aux", 2, 1), new Dependency("advmod", 2, 3),
                new Dependency("case", 6, 4), new Dependency("det", 6, 5), new Dependency("obl:from", 2, 6));
        List<Dependency> repaired = ReportsAndWordOrder.nameTakenForAnAdverbIsTheObject(s).dependencies();
        assertTrue(repaired.contains(new Dependency("obj", 2, 3)), "Jerce is the one moved: " + repaired);
        assertFalse(repaired.contains(new Dependency("advmod", 2, 3)), repaired.toString());

        // "'It was a shock,' said Jerce": the speaker after a verb with no subject stays as parsed
        Sentence said = parsed(new String[][] {{"said", "VBD"}, {"Jerce", "RB", "PERSON"}}, new Dependency("advmod", 0, 1));
        assertFalse(ReportsAndWordOrder.nameTakenForAnAdverbIsTheObject(said).dependencies().contains(new Dependency("obj", 0, 1)));
    }

    @Test
    void aWhoClauseOfAPersonStaysWithThem() {
        // "the lawyer of Lee, who said ...": the parser's choice of a person is kept
        Sentence s = parsed(new String[][] {{"the", "DT"}, {"lawyer", "NN"}, {"of", "IN"}, {"Lee", "NNP", "PERSON"},
                {",", ","}, {"who", "WP"}, {"said", "VBD"}},
                new Dependency("det", 1, 0), new Dependency("case", 3, 2), new Dependency("nmod:of", 1, 3),
                new Dependency("punct", 1, 4), new Dependency("ref", 1, 5), new Dependency("acl:relcl", 1, 6),
                new Dependency("nsubj", 6, 1));
        assertTrue(RelativeClauses.whoClausesOfTheNamedPerson(s).dependencies().contains(new Dependency("nsubj", 6, 1)));
    }

    @Test
    void aNameInAListTakenForAnotherNameOfTheFirstIsOneMoreOfTheList() {
        // "Smit, Holm, Dahl and Berg were detained": the parser made Holm another name of Smit
        Sentence s = parsed(new String[][] {{"Smit", "NNP", "PERSON"}, {",", ","}, {"Holm", "NNP", "PERSON"}, {",", ","},
                {"Dahl", "NNP", "PERSON"}, {"and", "CC"}, {"Berg", "NNP", "PERSON"}, {"were", "VBD"}, {"detained", "VBN"}},
                new Dependency("nsubj:pass", 8, 0), new Dependency("appos", 0, 2), new Dependency("appos", 0, 4),
                new Dependency("cc", 6, 5), new Dependency("appos", 0, 6), new Dependency("conj:and", 4, 6),
                new Dependency("aux:pass", 8, 7), new Dependency("root", -1, 8));
        List<Dependency> repaired = NamesAndLists.listedNamesAreConjoined(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 2)), "Holm was detained too: " + repaired);
        assertFalse(repaired.contains(new Dependency("appos", 0, 2)), repaired.toString());
    }

    @Test
    void anAppositionThatEndsNoListStays() {
        // "Smit, Holm's lawyer, said": no list of names goes on after the second name
        Sentence s = parsed(new String[][] {{"Smit", "NNP", "PERSON"}, {",", ","}, {"Holm", "NNP", "PERSON"}, {"said", "VBD"}},
                new Dependency("nsubj", 3, 0), new Dependency("appos", 0, 2), new Dependency("root", -1, 3));
        assertTrue(NamesAndLists.listedNamesAreConjoined(s).dependencies().contains(new Dependency("appos", 0, 2)));
    }

    @Test
    void aPersonTakenForASecondSubjectOfTheReportIsWhatTheVerbBeforeThemActsOn() {
        // "Tarvia freed teacher Berg, who was jailed, the ministry said": the parser made Berg say it
        Sentence s = parsed(new String[][] {{"Tarvia", "NNP", "LOCATION"}, {"freed", "VBD"}, {"teacher", "NN"},
                {"Berg", "NNP", "PERSON"}, {",", ","}, {"who", "WP"}, {"was", "VBD"}, {"jailed", "VBN"}, {",", ","},
                {"the", "DT"}, {"ministry", "NN"}, {"said", "VBD", "O", "say"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("compound", 3, 2),
                new Dependency("nsubj", 11, 3), new Dependency("ref", 3, 5), new Dependency("aux:pass", 7, 6),
                new Dependency("acl:relcl", 3, 7), new Dependency("det", 10, 9), new Dependency("nsubj", 11, 10),
                new Dependency("ccomp", 1, 11));
        List<Dependency> repaired = ReportsAndWordOrder.objectsTakenForSubjectsOfTheReport(s).dependencies();
        assertTrue(repaired.contains(new Dependency("obj", 1, 3)), "Berg is the one freed: " + repaired);
        assertFalse(repaired.contains(new Dependency("nsubj", 11, 3)), "the ministry said it, not Berg: " + repaired);
        assertTrue(repaired.contains(new Dependency("nsubj", 11, 10)), repaired.toString());
    }

    @Test
    void aReportWithOneSubjectKeepsIt() {
        // "Berg, who was jailed, said": one subject, nothing to mend
        Sentence s = parsed(new String[][] {{"Berg", "NNP", "PERSON"}, {",", ","}, {"who", "WP"}, {"was", "VBD"},
                {"jailed", "VBN"}, {",", ","}, {"said", "VBD", "O", "say"}},
                new Dependency("nsubj", 6, 0), new Dependency("acl:relcl", 0, 4), new Dependency("root", -1, 6));
        assertTrue(ReportsAndWordOrder.objectsTakenForSubjectsOfTheReport(s).dependencies().contains(new Dependency("nsubj", 6, 0)));
    }

    @Test
    void aPassiveToldSubjectLastIsUndergoneByEachPersonNamed() {
        // "Detained were Lee and director Ash": the parser made "Detained" the subject of "were Lee"
        Sentence s = parsed(new String[][] {{"Detained", "VBN"}, {"were", "VBD"}, {"Lee", "NNP", "PERSON"}, {"and", "CC"},
                {"director", "NN"}, {"Ash", "NNP", "PERSON"}},
                new Dependency("nsubj", 2, 0), new Dependency("cop", 2, 1), new Dependency("root", -1, 2),
                new Dependency("cc", 4, 3), new Dependency("conj:and", 2, 4), new Dependency("dep", 4, 5));
        List<Dependency> repaired = ReportsAndWordOrder.invertedPassivesUndergone(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 0, 2)), "Lee was detained: " + repaired);
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 0, 5)), "Ash was detained: " + repaired);
    }

    @Test
    void aParticipleWithAnObjectIsAPastTenseWhoseSubjectActs() {
        // "Tarvia released veteran Lee", "released" tagged a participle: Tarvia still does the releasing
        Sentence s = parsed(new String[][] {{"Tarvia", "NNP", "LOCATION"}, {"released", "VBN"}, {"veteran", "NN"}, {"Lee", "NNP", "PERSON"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("obj", 1, 3),
                new Dependency("compound", 3, 2));
        assertTrue(SharedSubjects.participleSubjectsUndergo(s).dependencies().contains(new Dependency("nsubj", 1, 0)));

        // "A teacher detained in May ...": a bare participle, undergone
        Sentence bare = parsed(new String[][] {{"teacher", "NN"}, {"detained", "VBN"}, {"in", "IN"}, {"May", "NNP", "DATE"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("obl:in", 1, 3));
        assertTrue(SharedSubjects.participleSubjectsUndergo(bare).dependencies().contains(new Dependency("nsubj:pass", 1, 0)));
    }

    @Test
    void aParticipleRightAfterAnOfPhraseTellsOfItsNoun() {
        // "The wife of a citizen sentenced to eight years": the citizen was sentenced, not the wife
        Sentence s = parsed(new String[][] {{"The", "DT"}, {"wife", "NN"}, {"of", "IN"}, {"a", "DT"}, {"citizen", "NN"},
                {"sentenced", "VBN"}, {"to", "TO"}, {"years", "NNS"}},
                new Dependency("det", 1, 0), new Dependency("nmod:of", 1, 4), new Dependency("case", 4, 2),
                new Dependency("det", 4, 3), new Dependency("nsubj", 5, 1), new Dependency("root", -1, 5),
                new Dependency("obl:to", 5, 7));
        List<Dependency> repaired = SharedSubjects.participleSubjectsUndergo(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 5, 4)), "the citizen undergoes it: " + repaired);
        assertFalse(repaired.stream().anyMatch(d -> d.governor() == 5 && d.dependent() == 1 && d.relation().startsWith("nsubj")),
                "the wife does not: " + repaired);
    }

    @Test
    void aParticipleSetOffRightAfterNamesDescribesThem() {
        // "The trials for Lee and Ash, jailed in X, ...": the parser hung "jailed" on "trials"
        Sentence s = parsed(new String[][] {{"The", "DT"}, {"trials", "NNS"}, {"for", "IN"}, {"Lee", "NNP", "PERSON"},
                {"and", "CC"}, {"Ash", "NNP", "PERSON"}, {",", ","}, {"jailed", "VBN"}, {"in", "IN"}, {"Tarvia", "NNP", "LOCATION"}},
                new Dependency("det", 1, 0), new Dependency("nmod:for", 1, 3), new Dependency("case", 3, 2),
                new Dependency("conj:and", 3, 5), new Dependency("cc", 5, 4), new Dependency("acl", 1, 7),
                new Dependency("obl:in", 7, 9), new Dependency("case", 9, 8));
        List<Dependency> repaired = SharedSubjects.participleAfterANameDescribesIt(s).dependencies();
        assertTrue(repaired.contains(new Dependency("acl", 5, 7)), "Ash was jailed: " + repaired);
        assertTrue(repaired.contains(new Dependency("acl", 3, 7)), "so was Lee: " + repaired);
        assertFalse(repaired.contains(new Dependency("acl", 1, 7)), "not the trials: " + repaired);
    }

    @Test
    void aParticipleBeforeAnOrdinaryCopulaStaysAsItIs() {
        // "Lee was a detained man": nothing told subject last
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"a", "DT"}, {"detained", "VBN"}, {"man", "NN"}},
                new Dependency("nsubj", 4, 0), new Dependency("cop", 4, 1), new Dependency("det", 4, 2),
                new Dependency("amod", 4, 3), new Dependency("root", -1, 4));
        assertTrue(ReportsAndWordOrder.invertedPassivesUndergone(s).dependencies().stream().noneMatch(d -> d.relation().equals("nsubj:pass")));
    }

    @Test
    void aClauseBeforeTheClosingReportGoesBackToTheVerbItFollows() {
        // "Lee returned after being released, Ash said": the parser hung "released" on "said"
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"returned", "VBD"}, {"after", "IN"}, {"being", "VBG"},
                {"released", "VBN"}, {",", ","}, {"Ash", "NNP", "PERSON"}, {"said", "VBD", "O", "say"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("mark", 4, 2),
                new Dependency("aux:pass", 4, 3), new Dependency("advcl:after", 7, 4), new Dependency("nsubj", 7, 6),
                new Dependency("parataxis", 1, 7));
        List<Dependency> repaired = ReportsAndWordOrder.clausesBeforeTheClosingReport(s).dependencies();
        assertTrue(repaired.contains(new Dependency("advcl:after", 1, 4)), "released, then returned: " + repaired);
        assertFalse(repaired.contains(new Dependency("advcl:after", 7, 4)), repaired.toString());
    }

    @Test
    void aParticipleJoinedToTheNounBeforeItIsJoinedToTheVerb() {
        // "He was accused of spying and later sentenced": the parser joined "sentenced" to "spying"
        Sentence s = parsed(new String[][] {{"He", "PRP"}, {"was", "VBD"}, {"accused", "VBN"}, {"of", "IN"}, {"spying", "NN"},
                {"and", "CC"}, {"later", "RB"}, {"sentenced", "VBN"}},
                new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:of", 2, 4), new Dependency("cc", 7, 5),
                new Dependency("advmod", 7, 6), new Dependency("conj:and", 4, 7));
        List<Dependency> repaired = SharedSubjects.participlesJoinedToTheVerb(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 7, 0)), "he was sentenced: " + repaired);
        assertTrue(repaired.contains(new Dependency("conj:and", 2, 7)), repaired.toString());
    }

    @Test
    void aPlaceHungOnADateIsWhereTheVerbHappened() {
        // "detained since May in Laos": the parser gave the month a place
        Sentence s = parsed(new String[][] {{"detained", "VBN"}, {"since", "IN"}, {"May", "NNP", "DATE"}, {"in", "IN"},
                {"Laos", "NNP", "LOCATION"}},
                new Dependency("root", -1, 0), new Dependency("obl:since", 0, 2), new Dependency("case", 2, 1),
                new Dependency("nmod:in", 2, 4), new Dependency("case", 4, 3));
        List<Dependency> repaired = ReportsAndWordOrder.placeAfterADateIsTheVerbs(s).dependencies();
        assertTrue(repaired.contains(new Dependency("obl:in", 0, 4)), "detained in Laos: " + repaired);
        assertFalse(repaired.contains(new Dependency("nmod:in", 2, 4)), repaired.toString());
    }

    @Test
    void aDateInsideADateStaysWithIt() {
        // "in May of last year": one date
        Sentence s = parsed(new String[][] {{"detained", "VBN"}, {"in", "IN"}, {"May", "NNP", "DATE"}, {"of", "IN"},
                {"last", "JJ", "DATE"}, {"year", "NN", "DATE"}},
                new Dependency("root", -1, 0), new Dependency("obl:in", 0, 2), new Dependency("case", 2, 1),
                new Dependency("nmod:of", 2, 5), new Dependency("case", 5, 3), new Dependency("amod", 5, 4));
        assertTrue(ReportsAndWordOrder.placeAfterADateIsTheVerbs(s).dependencies().contains(new Dependency("nmod:of", 2, 5)));
    }

    @Test
    void namesTheParserMadeTheRootAreTheSubjectOfTheVerbLeftWithout() {
        // "Lee and Ash, held on charges they deny, are jailed": the parser gave up on the sentence
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"and", "CC"}, {"Ash", "NNP", "PERSON"}, {",", ","},
                {"they", "PRP"}, {"deny", "VBP"}, {",", ","}, {"are", "VBP"}, {"jailed", "VBN"}},
                new Dependency("root", -1, 0), new Dependency("conj:and", 0, 2), new Dependency("cc", 2, 1),
                new Dependency("dep", 0, 5), new Dependency("nsubj", 5, 4), new Dependency("dep", 5, 8),
                new Dependency("aux:pass", 8, 7));
        List<Dependency> repaired = NamesAndLists.namedRootIsTheSubject(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 0)), "Lee is jailed: " + repaired);
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 2)), "so is Ash: " + repaired);
        assertFalse(repaired.contains(new Dependency("nsubj:pass", 5, 0)), "deny has its subject: " + repaired);
        assertTrue(repaired.contains(new Dependency("root", -1, 8)), "jailed heads the sentence: " + repaired);
        assertFalse(repaired.contains(new Dependency("dep", 5, 8)), "no longer hangs from deny: " + repaired);
    }

    @Test
    void aSecondJoinedVerbTakesAllTheFirstOnesSubjects() {
        // "kin and Lee was arrested and charged": the parser gave "charged" only the first subject
        Sentence s = parsed(new String[][] {{"kin", "NN"}, {"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"arrested", "VBN"},
                {"and", "CC"}, {"charged", "VBN"}},
                new Dependency("nsubj:pass", 3, 0), new Dependency("nsubj:pass", 3, 1), new Dependency("aux:pass", 3, 2),
                new Dependency("root", -1, 3), new Dependency("conj:and", 3, 5), new Dependency("cc", 5, 4),
                new Dependency("nsubj:pass", 5, 0));
        List<Dependency> repaired = SharedSubjects.joinedVerbsShareTheirSubjects(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 5, 1)), "Lee was charged: " + repaired);
    }

    @Test
    void aSecondJoinedVerbWithASubjectOfItsOwnKeepsIt() {
        // "Lee was arrested and Ash was freed": two clauses, two subjects
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"arrested", "VBN"}, {"and", "CC"},
                {"Ash", "NNP", "PERSON"}, {"was", "VBD"}, {"freed", "VBN"}},
                new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2),
                new Dependency("conj:and", 2, 6), new Dependency("cc", 6, 3), new Dependency("nsubj:pass", 6, 4),
                new Dependency("aux:pass", 6, 5));
        assertFalse(SharedSubjects.joinedVerbsShareTheirSubjects(s).dependencies().contains(new Dependency("nsubj:pass", 6, 0)));
    }

    @Test
    void aPassiveParticipleClauseWithoutASubjectHappensToTheMainSubject() {
        // "Lee was sentenced after being arrested": Lee was arrested
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"sentenced", "VBN"}, {"after", "IN"},
                {"being", "VBG"}, {"arrested", "VBN"}},
                new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2),
                new Dependency("advcl:after", 2, 5), new Dependency("mark", 5, 3), new Dependency("aux:pass", 5, 4));
        assertTrue(SharedSubjects.adverbialParticiplesShareTheSubject(s).dependencies().contains(new Dependency("nsubj:pass", 5, 0)));
    }

    @Test
    void aClauseOfWhatWasNotDoneGetsNoSubject() {
        // "Lee decided against appealing": no appeal
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"decided", "VBD"}, {"against", "IN"}, {"appealing", "VBG"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("advcl:against", 1, 3),
                new Dependency("case", 3, 2));
        assertFalse(SharedSubjects.adverbialParticiplesShareTheSubject(s).dependencies().contains(new Dependency("nsubj", 3, 0)));
    }

    @Test
    void aWhoClauseRightAfterAnOfPhraseDescribesItsNoun() {
        // "the wife of a national who has been jailed": the national was jailed
        Sentence s = parsed(new String[][] {{"the", "DT"}, {"wife", "NN"}, {"of", "IN"}, {"a", "DT"}, {"national", "NN"},
                {"who", "WP"}, {"has", "VBZ"}, {"been", "VBN"}, {"jailed", "VBN"}},
                new Dependency("det", 1, 0), new Dependency("nmod:of", 1, 4), new Dependency("case", 4, 2),
                new Dependency("det", 4, 3), new Dependency("ref", 1, 5), new Dependency("acl:relcl", 1, 8),
                new Dependency("obj", 8, 1), new Dependency("aux", 8, 6), new Dependency("aux:pass", 8, 7));
        List<Dependency> repaired = RelativeClauses.whoClausesOfTheNearestNoun(s).dependencies();
        assertTrue(repaired.contains(new Dependency("acl:relcl", 4, 8)), "the national's clause: " + repaired);
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 4)), "the national was jailed: " + repaired);
        assertFalse(repaired.contains(new Dependency("obj", 8, 1)), "not the wife: " + repaired);
    }

    @Test
    void namesHangingFromTheNounBeforeThemHaveItsPart() {
        // "Tarvia freed French prisoners Ann Lee and Tom Ash": the names are what was freed
        Sentence s = parsed(new String[][] {{"Tarvia", "NNP", "LOCATION"}, {"freed", "VBD"}, {"prisoners", "NNS", "O", "prisoner"},
                {"Ann", "NNP", "PERSON"}, {"Lee", "NNP", "PERSON"}, {"and", "CC"}, {"Tom", "NNP", "PERSON"}, {"Ash", "NNP", "PERSON"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("iobj", 1, 2),
                new Dependency("dep", 2, 4), new Dependency("dep", 2, 7), new Dependency("compound", 4, 3),
                new Dependency("conj:and", 4, 7), new Dependency("cc", 7, 5), new Dependency("compound", 7, 6));
        List<Dependency> repaired = NamesAndLists.namesRightAfterTheirNounShareItsPart(s).dependencies();
        assertTrue(repaired.contains(new Dependency("obj", 1, 4)), "Lee was freed: " + repaired);
        assertTrue(repaired.contains(new Dependency("obj", 1, 7)), "so was Ash: " + repaired);
    }

    @Test
    void aNameAfterANounForAnOfficeKeepsItsPlace() {
        // "urged his counterpart Ann Lee to free them": Lee is spoken to, not freed
        Sentence s = parsed(new String[][] {{"Ash", "NNP", "PERSON"}, {"urged", "VBD"}, {"counterpart", "NN"},
                {"Ann", "NNP", "PERSON"}, {"Lee", "NNP", "PERSON"}},
                new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("iobj", 1, 2),
                new Dependency("dep", 2, 4), new Dependency("compound", 4, 3));
        assertFalse(NamesAndLists.namesRightAfterTheirNounShareItsPart(s).dependencies().contains(new Dependency("obj", 1, 4)));
    }

    @Test
    void aParticipleAfterACommaAndAdverbsDescribesEveryoneListedBeforeIt() {
        // "tensions, with Ann Lee and her partner Tom Ash, still detained": both are detained
        Sentence s = parsed(new String[][] {{"tensions", "NNS"}, {"with", "IN"}, {"Ann", "NNP", "PERSON"}, {"Lee", "NNP", "PERSON"},
                {"and", "CC"}, {"her", "PRP$"}, {"partner", "NN"}, {"Tom", "NNP", "PERSON"}, {"Ash", "NNP", "PERSON"}, {",", ","},
                {"still", "RB"}, {"detained", "VBN"}},
                new Dependency("nmod:with", 0, 3), new Dependency("compound", 3, 2), new Dependency("conj:and", 3, 6),
                new Dependency("cc", 6, 4), new Dependency("nmod:poss", 6, 5), new Dependency("dep", 6, 8),
                new Dependency("compound", 8, 7), new Dependency("acl", 0, 11), new Dependency("advmod", 11, 10));
        List<Dependency> repaired = SharedSubjects.participleAfterANameDescribesIt(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 11, 8)), "Ash is detained: " + repaired);
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 11, 3)), "so is Lee: " + repaired);
        assertFalse(repaired.contains(new Dependency("acl", 0, 11)), "not the tensions: " + repaired);
    }

    @Test
    void aPassiveWithoutASubjectTakesTheNameTheParserHungOnANounBeforeIt() {
        // "... the release of her mother, Lee was arrested": the parser set Lee beside "mother"
        Sentence s = parsed(new String[][] {{"the", "DT"}, {"release", "NN"}, {"of", "IN"}, {"her", "PRP$"},
                {"mother", "NN"}, {",", ","}, {"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"arrested", "VBN"}},
                new Dependency("det", 1, 0), new Dependency("case", 4, 2), new Dependency("nmod:poss", 4, 3),
                new Dependency("nmod:of", 1, 4), new Dependency("punct", 4, 5), new Dependency("appos", 4, 6),
                new Dependency("aux:pass", 8, 7), new Dependency("root", -1, 8), new Dependency("obl", 8, 1));
        List<Dependency> repaired = NamesAndLists.subjectlessPassiveTakesTheNameBeforeIt(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 6)), "Lee was arrested: " + repaired);
        assertFalse(repaired.contains(new Dependency("appos", 4, 6)), repaired.toString());
    }

    @Test
    void aPassiveWithItsOwnSubjectKeepsIt() {
        // "the mother of Lee, Ann was arrested" with Ann already the subject: nothing changes
        Sentence s = parsed(new String[][] {{"Lee", "NNP", "PERSON"}, {"was", "VBD"}, {"arrested", "VBN"}},
                new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1), new Dependency("root", -1, 2));
        assertTrue(NamesAndLists.subjectlessPassiveTakesTheNameBeforeIt(s) == s);
    }

    @Test
    void aPassiveWhoClauseThatTookTheThingForItsObjectIsAboutThePerson() {
        // "the family of Lee, who has been detained": the parser made "family" the object of "detained"
        Sentence s = parsed(new String[][] {{"the", "DT"}, {"family", "NN"}, {"of", "IN"}, {"Lee", "NNP", "PERSON"},
                {",", ","}, {"who", "WP"}, {"has", "VBZ"}, {"been", "VBN"}, {"detained", "VBN"}},
                new Dependency("det", 1, 0), new Dependency("case", 3, 2), new Dependency("nmod:of", 1, 3),
                new Dependency("punct", 1, 4), new Dependency("ref", 1, 5), new Dependency("aux", 8, 6),
                new Dependency("aux:pass", 8, 7), new Dependency("acl:relcl", 1, 8), new Dependency("obj", 8, 1));
        List<Dependency> repaired = RelativeClauses.whoClausesOfTheNamedPerson(s).dependencies();
        assertTrue(repaired.contains(new Dependency("nsubj:pass", 8, 3)), "Lee is the one detained: " + repaired);
        assertFalse(repaired.contains(new Dependency("obj", 8, 1)), repaired.toString());
    }

    @Test
    void aSecondObjectHungOnTheFirstBecomesTheVerbsObject() {
        // "handed Ash a sentence": the parser made "Ash" the object and hung "sentence" on him
        Sentence s = parsed(new String[][] {{"court", "NN"}, {"handed", "VBD"}, {"Ash", "NNP", "PERSON"},
                {"a", "DT"}, {"sentence", "NN"}},
                new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2), new Dependency("det", 4, 3),
                new Dependency("dep", 2, 4));
        List<Dependency> repaired = ReportsAndWordOrder.secondObjectHungOnTheFirst(s).dependencies();
        assertTrue(repaired.contains(new Dependency("iobj", 1, 2)), "Ash is the one given it: " + repaired);
        assertTrue(repaired.contains(new Dependency("obj", 1, 4)), "the sentence is what is given: " + repaired);
        assertFalse(repaired.contains(new Dependency("dep", 2, 4)), repaired.toString());
    }
}
