package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    /** Tuesday. */
    private static final LocalDate ARTICLE = LocalDate.of(2022, 11, 15);

    private static List<String> values(DateResolver r, boolean future, String... specs) {
        return r.resolve(Tokens.sentence(0, specs), future).stream().map(DateResolver.DateMention::value).toList();
    }

    @Test
    void weekdayIsTheLastSuchDayOnOrBeforeTheArticle() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2022-11-14"), values(r, false, "She", "left", "on", "Monday|monday|DATE|2022-11-21"));
        assertEquals(List.of("2022-11-15"), values(r, false, "on", "Tuesday|tuesday|DATE|2022-11-15"));
    }

    @Test
    void aYearOfBackgroundThatGoesOnInThePresentLeavesADayWithoutYearInTheNews() {
        DateResolver r = new DateResolver(LocalDate.of(2023, 5, 17));
        List<org.dossier.nlp.Token> tokens = Tokens.sentence(0, "They|they|||PRP", "signed|sign|||VBD", "a", "treaty", "in",
                "1994|1994|DATE|1994|CD", "and", "co-operate|co-operate|||VBP", "closely").tokens();
        org.dossier.nlp.Sentence background = new org.dossier.nlp.Sentence(0, "", tokens, List.of(
                new org.dossier.nlp.Dependency("root", -1, 1), new org.dossier.nlp.Dependency("conj:and", 1, 7)));
        r.resolve(background, false);
        assertEquals(List.of("2023-05-07"), values(r, false, "He", "was", "handed", "over", "on",
                "May|may|DATE|XXXX-05-07", "7|7|DATE|XXXX-05-07"), "the news, not the treaty's year");

        DateResolver past = new DateResolver(LocalDate.of(2023, 5, 17));
        past.resolve(new org.dossier.nlp.Sentence(0, "", tokens, List.of(new org.dossier.nlp.Dependency("root", -1, 1))), false);
        assertEquals(List.of("1994-05-07"), values(past, false, "He", "was", "handed", "over", "on",
                "May|may|DATE|XXXX-05-07", "7|7|DATE|XXXX-05-07"), "a story told in 1994 goes on in 1994");
    }

    @Test
    void lastWeekdayIsThatDayOfTheWeekBefore() {
        DateResolver r = new DateResolver(ARTICLE); // a Tuesday
        assertEquals(List.of("2022-11-07"), values(r, false, "arrested", "last|last|DATE|2022-11-14", "Monday|monday|DATE|2022-11-14"));
        assertEquals(List.of("2022-11-13"), values(r, false, "arrested", "last|last|DATE|2022-11-13", "Sunday|sunday|DATE|2022-11-13"),
                "last Sunday, seen on a Tuesday, is two days back: already the week before");
        assertEquals(List.of("2022-11-08"), values(r, false, "arrested", "last|last|DATE|2022-11-08", "Tuesday|tuesday|DATE|2022-11-08"),
                "never the article's own day");
    }

    @Test
    void theWeekendIsTheLastOneBeforeTheArticle() {
        DateResolver r = new DateResolver(LocalDate.of(2014, 7, 1)); // a Tuesday; the weekend before was June 28-29
        assertEquals(List.of("2014-06"), values(r, false, "landed", "over", "the|the|DATE|2014-W27-WE", "weekend|weekend|DATE|2014-W27-WE"));
    }

    @Test
    void aCountOfDaysIsNoDate() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of(), values(r, false, "his", "60th|60th|DATE|2023-01-14", "day|day|DATE|2023-01-14", "on", "hunger", "strike"));
    }

    @Test
    void anOffsetOfMoreOrLessThanSomeYearsGivesNoYear() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of(), values(r, false, "a", "crash", "more|more|DATE|2012", "than|than|DATE|2012",
                "a|a|DATE|2012", "decade|decade|DATE|2012", "earlier|earlier|DATE|2012"));
        assertEquals(List.of(), values(r, false, "More|more|DATE|2019", "than|than|DATE|2019", "two|two|DATE|2019",
                "and|and|DATE|2019", "a|a|DATE|2020-05", "half|half|DATE|2020-05", "years|years|DATE|2020-05", "ago|ago|DATE|2020-05"),
                "told in two parts, still more than some years");
        assertEquals(List.of("2020"), values(r, false, "a", "crash", "two|two|DATE|2020", "years|years|DATE|2020",
                "ago|ago|DATE|2020"), "an exact offset keeps its year");
    }

    @Test
    void aMonthsNameBetweenTwoWordsOfANameIsPartOfTheName() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of(), values(r, false, "known", "as", "Pae|pae|O||NNP", "Jun|jun|DATE|XXXX-06|NNP", "Ho|ho|O||NNP"));
        assertEquals(List.of("2022-06"), values(r, false, "freed", "in", "Jun|jun|DATE|XXXX-06|NNP", "."), "a month alone is a month");
    }

    @Test
    void aDateSetWithNoYearIsTheOneNearestTheArticle() {
        DateResolver july = new DateResolver(LocalDate.of(2018, 7, 26));
        assertEquals(List.of("2018-10-12"), values(july, false, "the", "hearing", "scheduled", "for",
                "Oct.|oct.|DATE|XXXX-10-12", "12|12|DATE|XXXX-10-12"), "a hearing to come");
        DateResolver june = new DateResolver(LocalDate.of(2011, 6, 4));
        assertEquals(List.of("2011-05-11"), values(june, false, "the", "session", "scheduled", "for",
                "May|may|DATE|XXXX-05-11", "11|11|DATE|XXXX-05-11", ",", "was", "delayed"), "a session gone by");
    }

    @Test
    void anAsideDoesNotMoveTheNarrative() {
        DateResolver r = new DateResolver(ARTICLE);
        r.resolve(Tokens.sentence(0, "who", "was", "held", "in", "2018|2018|DATE|2018"), token -> false, token -> true);
        assertEquals(List.of("2022-03"), values(r, false, "In", "March|march|DATE|XXXX-03"));
    }

    @Test
    void weekdayInAFutureClauseIsTheNextSuchDay() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2022-11-16"), values(r, true, "He", "will", "go", "on", "Wednesday|wednesday|DATE|2022-11-16"));
    }

    @Test
    void monthDayTakesTheYearTheNarrativeHasReached() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2016-08"), values(r, false, "In", "August|august|DATE|2016-08", "2016|2016|DATE|2016-08"));
        assertEquals(List.of("2017-04-21"), values(r, false, "On", "April|april|DATE|XXXX-04-21", "21|21|DATE|XXXX-04-21"));
    }

    @Test
    void monthDayNeverLandsAfterTheArticle() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2022-02-17"), values(r, false, "on", "Feb.|february|DATE|XXXX-02-17", "17|17|DATE|XXXX-02-17"));
    }

    @Test
    void theFollowingYearCountsFromTheNarrative() {
        DateResolver r = new DateResolver(ARTICLE);
        values(r, false, "In", "2016|2016|DATE|2016");
        assertEquals(List.of("2017"), values(r, false, "the|the|DATE|2017", "following|following|DATE|2017", "year|year|DATE|2017"));
    }

    @Test
    void laterThatYearTaggedAsADurationIsTheNarrativeYear() {
        DateResolver r = new DateResolver(ARTICLE);
        values(r, false, "In", "July|july|DATE|2020-07", "2020|2020|DATE|2020-07");
        assertEquals(List.of("2020"), values(r, false, "upheld", "later", "that", "year|year|DURATION|P1Y"));
    }

    @Test
    void theSameDayAndTheNextDayFollowTheNarrative() {
        DateResolver r = new DateResolver(ARTICLE);
        values(r, false, "on", "March|march|DATE|2022-03-29", "29|29|DATE|2022-03-29", ",|,|DATE|2022-03-29",
                "2022|2022|DATE|2022-03-29");
        assertEquals(List.of("2022-03-29"), values(r, false, "the|the|DATE|2022-11-15", "same|same|DATE|2022-11-15",
                "day|day|DATE|2022-11-15"));
        assertEquals(List.of("2022-03-30"), values(r, false, "the|the|DATE|2022-11-16", "next|next|DATE|2022-11-16",
                "day|day|DATE|2022-11-16"));
    }

    @Test
    void aDateAfterUntilEndsAPeriodAndDatesNothing() {
        DateResolver r = new DateResolver(ARTICLE);
        assertTrue(values(r, false, "held", "until", "Dec.|december|DATE|XXXX-12-05", "5|5|DATE|XXXX-12-05").isEmpty());
    }

    @Test
    void lastAutumnIsTheLatestAutumnBeforeTheArticle() {
        DateResolver r = new DateResolver(LocalDate.of(2025, 2, 12));
        assertEquals(List.of("2024"), values(r, false, "last|last|DATE|2025-FA", "autumn|autumn|DATE|2025-FA"));
    }

    @Test
    void aMonthAfterThisIsInTheArticlesYearWhateverTheNarrativeReached() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2019-12"), values(r, false, "In", "December|december|DATE|2019-12", "2019|2019|DATE|2019-12"));
        assertEquals(List.of("2022-03"), values(r, false, "This|this|DATE|XXXX-03", "March|march|DATE|XXXX-03"));
    }

    @Test
    void monthsOrWeeksAgoIsAMonthNotADay() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2022-09"), values(r, false, "arrested", "two|two|DATE|2022-09-15", "months|month|DATE|2022-09-15",
                "ago|ago|DATE|2022-09-15"));
        assertEquals(List.of("2022-11-12"), values(r, false, "three|three|DATE|2022-11-12", "days|day|DATE|2022-11-12",
                "ago|ago|DATE|2022-11-12"));
    }

    @Test
    void yearsAgoIsAYearNotADay() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2020"), values(r, false, "arrested", "two|two|DATE|2020-11-15", "years|year|DATE|2020-11-15",
                "ago|ago|DATE|2020-11-15"));
    }

    @Test
    void aDayOfThisYearKeepsItsDay() {
        DateResolver r = new DateResolver(ARTICLE);
        assertEquals(List.of("2022-02-01"), values(r, false, "on", "1|1|DATE|XXXX-02-01", "February|february|DATE|XXXX-02-01",
                "this|this|DATE|XXXX-02-01", "year|year|DATE|XXXX-02-01"));
    }

    @Test
    void aBareMonthInASentenceOfTheNewsIsTheLatestSuchMonthNotTheNarratives() {
        DateResolver r = new DateResolver(LocalDate.of(2023, 3, 21));
        values(r, false, "arrested", "in", "2021|2021|DATE|2021");
        assertEquals(List.of("2022-10", "2023-02"), values(r, false, "In", "October|october|DATE|XXXX-10", "a", "court",
                "sentenced", "him", ",", "which", "last|last|DATE|2023-02", "month|month|DATE|2023-02", "grew"));
        DateResolver story = new DateResolver(LocalDate.of(2023, 3, 21));
        values(story, false, "arrested", "in", "2021|2021|DATE|2021");
        assertEquals(List.of("2021-10"), values(story, false, "In", "October|october|DATE|XXXX-10", "he", "was", "charged"),
                "a sentence of the story retold keeps the narrative's year");
    }

    @Test
    void aTimeCountedLaterRunsFromTheStorysLastDateNotFromTheArticle() {
        DateResolver story = new DateResolver(ARTICLE);
        values(story, false, "freed", "in", "May|may|DATE|2022-05");
        assertEquals(List.of("2022-08"), values(story, false, "jailed", "again", "three|three|DATE|2023-02-15",
                "months|months|DATE|2023-02-15", "later|later|DATE|2023-02-15"), "three months after May");
        values(story, false, "arrested", "on", "June|june|DATE|2020-06-02", "2|2|DATE|2020-06-02", ",", "2020|2020|DATE|2020-06-02");
        assertEquals(List.of("2020-06-04"), values(story, false, "charged", "two|two|DATE|2022-11-17",
                "days|days|DATE|2022-11-17", "later|later|DATE|2022-11-17"));
        assertEquals(List.of("2021"), values(story, false, "tried", "a|a|DATE|2023", "year|year|DATE|2023",
                "later|later|DATE|2023"));
    }

    @Test
    void aTimeCountedLaterWithNothingToCountFromOrPastTheArticleIsNoDate() {
        DateResolver fresh = new DateResolver(ARTICLE);
        assertEquals(List.of(), values(fresh, false, "freed", "two|two|DATE|2023-01", "months|months|DATE|2023-01",
                "later|later|DATE|2023-01"));
        values(fresh, false, "arrested", "in", "October|october|DATE|2022-10");
        assertEquals(List.of(), values(fresh, false, "freed", "two|two|DATE|2022-12", "months|months|DATE|2022-12",
                "later|later|DATE|2022-12"), "December is after the article's November");
    }
}
