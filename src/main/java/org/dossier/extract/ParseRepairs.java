package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Sentence;

/**
 * Mends parse errors common in news sentences before anything reads the graph. Each repair takes a
 * sentence and gives it back mended, or the same sentence when there is nothing to mend; the repairs
 * live by what they mend:
 * <ul>
 * <li>{@link NamesAndLists}: people named in a list, beside a description, after the body they lead or spelling out a noun;
 * <li>{@link RelativeClauses}: "who" clauses hung on the wrong word;
 * <li>{@link SharedSubjects}: participles and joined verbs left without the subject they share;
 * <li>{@link ReportsAndWordOrder}: datelines, sources named first, closing reports, passives told subject last, places
 * after dates, company kept taken for identity ("was with an official"), a phrase taken for the closing report's object, headline clauses without "was", a year read as the count of the name after it, a second
 * object hung on the first, an object told after a place, a name taken for an adverb, a date after a participle's place.
 * </ul>
 * {@link ParseGraph} holds what they ask of the graph in common. They run here, in a fixed order.
 */
final class ParseRepairs {

    /** The repairs in the order they run: each reads the graph the ones before it mended. */
    private static final List<UnaryOperator<Sentence>> REPAIRS = List.of(
            NamesAndLists::pronounOpeningANameIsPartOfIt,
            ReportsAndWordOrder::dateSetOffBeforeTheVerbIsNoRoot,
            ReportsAndWordOrder::yearBeforeANameIsNoCountOfIt,
            ReportsAndWordOrder::secondObjectHungOnTheFirst,
            ReportsAndWordOrder::objectToldAfterThePlace,
            ReportsAndWordOrder::nameTakenForAnAdverbIsTheObject,
            ReportsAndWordOrder::headlineParticipleTakesTheNounBeforeIt,
            ReportsAndWordOrder::verbTakenForAParticipleOfTheNameAfterIt,
            ReportsAndWordOrder::participleOnTheSubjectIsNoMainVerb,
            ReportsAndWordOrder::copulaBeforeANounIsNoPassive,
            ReportsAndWordOrder::companyKeptIsNoIdentity,
            ReportsAndWordOrder::sourceNamedFirstIsNoPartOfTheSubject,
            NamesAndLists::nameApposedToAnotherNameNamesTheNounAbove,
            NamesAndLists::nameANounIsIdentifiedAsIsBesideIt,
            NamesAndLists::nameRightAfterItsNounHeadsThePhrase,
            NamesAndLists::nameLeadingTheBodyBeforeItIsTheSubject,
            NamesAndLists::peopleAmongAGroupShareWhatHappensToIt,
            NamesAndLists::peopleAGroupIncludesShareWhatHappensToIt,
            NamesAndLists::listedNamesAreConjoined,
            NamesAndLists::nameOpeningAListIsListed,
            NamesAndLists::nameJoinedToAVerbIsListedWithTheObject,
            NamesAndLists::describedLastNameIsListed,
            NamesAndLists::namedRootIsTheSubject,
            NamesAndLists::subjectlessPassiveTakesTheNameBeforeIt,
            RelativeClauses::whoClausesOfTheNamedPerson,
            RelativeClauses::whoClausesOfTheNameRightBefore,
            RelativeClauses::whoClausesOfTheNearestNoun,
            RelativeClauses::relativeClausesReattached,
            RelativeClauses::clauseWithoutThatOnTheNounBefore,
            RelativeClauses::whoTheSpeakerSaidDidIsTheOneDescribed,
            RelativeClauses::pluralWhoClauseTellsOfTheWholeList,
            SharedSubjects::nameBeforeADescribedParticipleIsTheObject,
            SharedSubjects::participleAfterTheObjectDescribesIt,
            SharedSubjects::participleAfterANameDescribesIt,
            SharedSubjects::participleAfterAPersonOfAPhraseDescribesThem,
            SharedSubjects::participleSubjectsUndergo,
            SharedSubjects::phraseAfterTheSecondJoinedVerbIsIts,
            SharedSubjects::stateSetOffAfterTheSubjectIsTheSubjects,
            SharedSubjects::participleComplementsShareTheSubject,
            SharedSubjects::listedVerbsShareTheSubject,
            NamesAndLists::describedNamesShareTheSubject,
            NamesAndLists::partnerNamedBesideTheSubjectSharesIt,
            NamesAndLists::namesRightAfterTheirNounShareItsPart,
            ReportsAndWordOrder::datelineIsNoSubject,
            ReportsAndWordOrder::pronounBeforeACountOfTimesIsTheVerbs,
            SharedSubjects::companionsShareTheSubject,
            RelativeClauses::mainVerbAfterARelativeClause,
            RelativeClauses::wordsEndingARelativeClauseAreNoSubject,
            ReportsAndWordOrder::phraseTakenForTheObjectOfTheClosingReport,
            ReportsAndWordOrder::objectsTakenForSubjectsOfTheReport,
            ReportsAndWordOrder::invertedPassivesUndergone,
            ReportsAndWordOrder::clausesBeforeTheClosingReport,
            NamesAndLists::namesSpellingOutANoun,
            SharedSubjects::joinedParticipleHungInsideTheClauseBefore,
            SharedSubjects::participleHungOnItsTimeWord,
            SharedSubjects::participleAfterAJoinedTimeIsAVerb,
            SharedSubjects::participleTakenForAnAdjectivesModifier,
            SharedSubjects::participlesJoinedToTheVerb,
            ReportsAndWordOrder::placeAfterADateIsTheVerbs,
            ReportsAndWordOrder::dateAfterAParticiplesPlaceIsItsOwn,
            SharedSubjects::joinedVerbsShareTheirSubjects,
            SharedSubjects::joinedVerbsShareTheObjectAfterThem,
            SharedSubjects::gappedNameSharesTheVerb,
            SharedSubjects::timeClauseOnANounIsTheVerbs,
            SharedSubjects::adverbialParticiplesShareTheSubject,
            RelativeClauses::whoClauseOfTheFirstListedName);

    private ParseRepairs() {
    }

    static AnnotatedArticle repaired(AnnotatedArticle article) {
        List<Sentence> sentences = new ArrayList<>(article.sentences().size());
        boolean changed = false;
        for (Sentence s : article.sentences()) {
            Sentence r = s;
            for (UnaryOperator<Sentence> repair : REPAIRS) {
                r = repair.apply(r);
            }
            changed |= r != s;
            sentences.add(r);
        }
        return changed ? new AnnotatedArticle(article.article(), sentences) : article;
    }
}
