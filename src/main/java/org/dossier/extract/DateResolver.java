package org.dossier.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Turns the DATE expressions of an article's sentences into ISO dates at the precision the
 * text supports (GUIDELINES rule 7). SUTime's values are used where they are absolute; the
 * cases it gets wrong for news are resolved here:
 * <ul>
 * <li>a weekday ("on Monday") is the last such day on or before the article's date, unless the
 * sentence speaks of the future; "last Monday" is the Monday of the week before the article's;</li>
 * <li>a month and day without a year take the year the narrative has reached, and never a
 * date after the article's; "this March" is the article's year;</li>
 * <li>"the following year", "later that year", "this year", "last year" count from the
 * narrative's or the article's year; "the same day" ("later in the day") is the day the narrative last named and
 * "the next day" the day after it;</li>
 * <li>a date after "until" ends a period and dates nothing.</li>
 * </ul>
 * Construct one per article and call {@link #resolve} on its sentences in order.
 */
public final class DateResolver {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?");
    private static final Pattern MONTH_DAY = Pattern.compile("^(?:XXXX|\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_ONLY = Pattern.compile("^(?:XXXX|\\d{4})-(\\d{2})$");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");

    private final LocalDate articleDate;
    private LocalDate narrative;
    /**
     * A sentence in the present tense came after the narrative's last date: a month with no year
     * is again the article's recent past ("in April"); "the following year" still counts from the narrative.
     */
    private boolean backAtNews;

    /** The year the narrative has reached through the dates named so far, or null before any. */
    public Integer yearReached() {
        return narrative == null ? null : narrative.getYear();
    }
    private String lastValue;
    /** The last whole day the narrative named. */
    private String lastDay;
    /** Months named without a year ("in January"), by month number, as first resolved in the article. */
    private final java.util.Map<String, String> monthsTold = new java.util.HashMap<>();
    /** The last date the narrative reached, as precise as it was told. */
    private String narrativeValue;

    public DateResolver(LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    /** A date expression found in a sentence. */
    public record DateMention(int start, int end, String text, String value, boolean approx) {
    }

    /** Resolves the date expressions of the next sentence of the article. */
    public List<DateMention> resolve(Sentence sentence, boolean future) {
        return resolve(sentence, token -> future);
    }

    /**
     * Resolves the date expressions of the next sentence of the article; {@code futureAt} says
     * whether the clause of a token speaks of the future ("we will hear from her").
     */
    public List<DateMention> resolve(Sentence sentence, java.util.function.IntPredicate futureAt) {
        return resolve(sentence, futureAt, token -> false);
    }

    /**
     * As {@link #resolve(Sentence, java.util.function.IntPredicate)}; {@code asideAt} says whether a
     * token is in an aside about someone ("Ann Lee, who was arrested in 2018, ..."), whose dates
     * do not move the narrative on: the news around it stays in its own time.
     */
    public List<DateMention> resolve(Sentence sentence, java.util.function.IntPredicate futureAt,
                                     java.util.function.IntPredicate asideAt) {
        List<DateMention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        if (speaksOfNow(sentence)) {
            backAtNews = true; // "The men are awaiting trial": the background told, the news is back at its own time
        }
        newsTime = NEWS_TIME.matcher(PhraseMatcher.text(tokens, 0, tokens.size()).toLowerCase(Locale.ROOT)).find();
        int i = 0;
        while (i < tokens.size()) {
            if (isBirthDate(tokens, i)) {
                i = endOfBirthDate(tokens, i);
                continue;
            }
            DayInWords day = dayInWords(tokens, i, futureAt);
            if (day != null) {
                if (day.value() != null) {
                    found.add(new DateMention(i, day.end(), PhraseMatcher.text(tokens, i, day.end()), day.value(), false));
                    remember(day.value(), asideAt.test(i));
                }
                i = day.end();
                continue;
            }
            if (!"DATE".equals(tokens.get(i).ner())) {
                String year = yearAfterWord(tokens, i);
                String bare = year == null ? bareYear(tokens, i) : null;
                if (bare != null) {
                    found.add(new DateMention(i, i + 1, tokens.get(i).word(), bare, false));
                    remember(bare, asideAt.test(i) || startsASpanToNow(tokens, i));
                    i++;
                    continue;
                }
                if (year != null && !yearOfTheMonthBefore(tokens, i - 1, found)) {
                    found.add(new DateMention(i - 1, i + 1, PhraseMatcher.text(tokens, i - 1, i + 1), year, false));
                    remember(year, asideAt.test(i) || startsASpanToNow(tokens, i - 1));
                }
                i++;
                continue;
            }
            if (aMarchNotAMonth(tokens, i)) {
                i++;
                continue;
            }
            int start = i;
            String norm = tokens.get(i).normalized();
            while (i < tokens.size() && "DATE".equals(tokens.get(i).ner())
                    && java.util.Objects.equals(norm, tokens.get(i).normalized())) {
                i++;
            }
            int run = i;
            while (run < tokens.size() && "DATE".equals(tokens.get(run).ner())) {
                run++;
            }
            int month = firstDayOrMonthWord(tokens, start, run);
            if (month > start && HOURS.matcher(PhraseMatcher.text(tokens, start, month).toLowerCase(Locale.ROOT)).find()) {
                // "for over 24 hours on August 8", "10 hours on Friday": the length, then the day it happened
                start = month;
                norm = tokens.get(start).normalized();
                i = start;
                while (i < run && java.util.Objects.equals(norm, tokens.get(i).normalized())) {
                    i++;
                }
            }
            if (HOURS.matcher(PhraseMatcher.text(tokens, start, run).toLowerCase(Locale.ROOT)).find()) {
                // "a couple of hours ago", "minutes earlier": the day of writing
                if (articleDate != null) {
                    found.add(new DateMention(start, run, PhraseMatcher.text(tokens, start, run), articleDate.toString(), false));
                }
                i = run;
                continue;
            }
            if (insideAName(tokens, start, run)) {
                i = run;
                continue;
            }
            String text = PhraseMatcher.text(tokens, start, i);
            String context = PhraseMatcher.text(tokens, Math.max(0, start - 2), start).toLowerCase(Locale.ROOT);
            // "until at least November 30", "until the end of November"
            String period = PhraseMatcher.text(tokens, Math.max(0, start - 4), start).toLowerCase(Locale.ROOT);
            toldToSomeoneNow = toldOn(sentence, start, run);
            String value = COUNTED_DAY.matcher(text).find() ? null
                    : scheduledFor(tokens, start) && !YEAR.matcher(text).find() && articleDate != null ? nearestToArticle(norm)
                    : plausible(value(text, norm, futureAt.test(start)));
            if (value == null) {
                value = bareYear(tokens, start); // "in 2016 to 10 years", read by the tagger as one span
            }
            if (context.endsWith("until") || context.endsWith("till") || UNTIL.matcher(period).find()) {
                value = null; // the end of a period ("held until Dec. 5"), not when anything happened
            }
            if (text.equalsIgnoreCase("the day")) {
                // "released later in the day": the day the narrative last named; "since the day they
                // arrived": a day told by what happened on it, not by the calendar; after "last May",
                // "earlier in the day" is still the last day named
                value = start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("in")
                        ? lastDay : null;
            }
            if (countedOutsideTheSpan(tokens, start)) {
                value = null; // "two and a half years ago": the tagger kept only "years ago", and one year it is not
            }
            if (text.toLowerCase(Locale.ROOT).matches("(decades|years|months|weeks|days)\\s+(ago|earlier|before|later)")) {
                value = null; // "decades ago", "years earlier": no count, no date
            }
            boolean inexact = INEXACT_OFFSET.matcher(PhraseMatcher.text(tokens, ownWordsBefore(tokens, start), run).toLowerCase(Locale.ROOT)).find();
            if (inexact) {
                // "more than a decade earlier", "nearly two years ago": no year is certain; "nearly
                // four months ago" in August: a year, when the months around it all fall in it
                value = text.toLowerCase(Locale.ROOT).matches(".*\\b(months?|weeks?)\\b.*") ? yearAroundMonth(value) : null;
            }
            if (ownedDay(tokens, start, run, text)) {
                value = null; // "his last day in China", "the trip's first week": a day of someone's own, not of the calendar
            }
            if (yearOfTheMonthBefore(tokens, start, found)) {
                value = null; // "in November of that year": the month before already has it
            }
            if (value != null) {
                // "two years ago" is a year; the narrative still reaches the day counted back to
                String told = YEARS_AGO.matcher(text.toLowerCase(Locale.ROOT)).find() && value.length() > 4 ? value.substring(0, 4) : value;
                found.add(new DateMention(start, i, text, told, inexact
                        || context.contains("about") || context.contains("around") || text.toLowerCase(Locale.ROOT).contains("about")));
                remember(value, asideAt.test(start) || startsASpanToNow(tokens, start));
                if (YEAR_ONLY.matcher(value).matches() && LATE_IN_THE_YEAR.matcher(PhraseMatcher.text(tokens,
                        Math.max(0, start - 3), run).toLowerCase(Locale.ROOT)).find()) {
                    lateInTheYear(value);
                }
            }
        }
        if (goesOnInThePresent(sentence)) {
            backAtNews = true; // "The two states signed a treaty in 1994 and co-operate closely": background, then now
        }
        return withSharedYears(found, tokens);
    }

    /**
     * "a resident of Lyon born in 1967": a birth date dates no event and moves the narrative nowhere
     * (a March told after it is no March of 1967).
     */
    private static boolean isBirthDate(List<Token> tokens, int i) {
        int before = i - 1;
        if (before >= 0 && (tokens.get(before).word().equalsIgnoreCase("in") || tokens.get(before).word().equalsIgnoreCase("on"))) {
            before--;
        }
        return before >= 0 && tokens.get(before).word().equalsIgnoreCase("born")
                && ("DATE".equals(tokens.get(i).ner()) || tokens.get(i).word().matches("\\d{4}"));
    }

    private static int endOfBirthDate(List<Token> tokens, int i) {
        int end = i + 1;
        while (end < tokens.size() && "DATE".equals(tokens.get(end).ner())) {
            end++;
        }
        return end;
    }

    /** A verb joined to the sentence's main verb is in the present tense ("signed a treaty in 1994 and co-operate"). */
    private static boolean goesOnInThePresent(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int root = mainWord(sentence);
        return root >= 0 && !isPresent(tokens.get(root)) && sentence.dependencies().stream().anyMatch(d -> d.governor() == root
                && d.relation().startsWith("conj") && d.dependent() < tokens.size() && isPresent(tokens.get(d.dependent())));
    }

    /**
     * Where the words that qualify a date span may begin: up to six words before it, but not past a
     * comma ("nearly two years ago, in October 2016": the month is exact).
     */
    private static int ownWordsBefore(List<Token> tokens, int start) {
        int from = start;
        while (from > Math.max(0, start - 6)) {
            Token before = tokens.get(from - 1);
            if (before.word().equals(",")) {
                break;
            }
            from--;
        }
        return from;
    }

    /**
     * A day or week owned by someone and named by no month or number ("his last day", not "her March
     * 20 arrest"); "her" is left out, as it is an object as often ("visited her early this week").
     */
    private static boolean ownedDay(List<Token> tokens, int start, int run, String text) {
        if (start == 0 || firstMonthWord(tokens, start, run) >= 0 || text.matches(".*\\d.*")) {
            return false;
        }
        Token before = tokens.get(start - 1);
        return before.pos().equals("PRP$") && !before.word().equalsIgnoreCase("her") || before.pos().equals("POS");
    }

    /** A day the tagger leaves undated, told in words from a token to {@code end}; its value may be null. */
    private record DayInWords(int end, String value) {
    }

    private static final java.util.Set<String> PARTS_OF_THE_DAY = java.util.Set.of("morning", "afternoon", "evening", "night");

    /**
     * "Boxing Day" (the tagger knows Christmas Day and New Year's Eve, not the day after Christmas);
     * "late last night", "this morning", "tonight" (the tagger reads a time, not a day: the article's
     * day or the one before). Null when no such words start at {@code i}.
     */
    private DayInWords dayInWords(List<Token> tokens, int i, java.util.function.IntPredicate futureAt) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (tokens.get(i).word().equals("Boxing") && next.equals("day")) {
            return new DayInWords(i + 2, value("December 26", "XXXX-12-26", futureAt.test(i)));
        }
        boolean partOfDay = word.equals("this") && PARTS_OF_THE_DAY.contains(next) || word.equals("last") && next.equals("night");
        if (articleDate != null && (partOfDay || word.equals("tonight"))) {
            LocalDate day = word.equals("last") ? articleDate.minusDays(1) : articleDate;
            return new DayInWords(partOfDay ? i + 2 : i + 1, day.toString());
        }
        return null;
    }

    /** "10 hours on Friday": the first token from {@code start} to {@code end} that names a month or a weekday, or -1. */
    private static int firstDayOrMonthWord(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (weekday(tokens.get(k).word().toLowerCase(Locale.ROOT)) != null) {
                return k;
            }
        }
        return firstMonthWord(tokens, start, end);
    }

    /** The first token from {@code start} to {@code end} that names a month, or -1. */
    private static int firstMonthWord(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (monthNumber(tokens.get(k).word().toLowerCase(Locale.ROOT)) != null) {
                return k;
            }
        }
        return -1;
    }

    /** "Pae Jun Ho", "Kim Jong Un": a word between two words of a name, taken for a month, is part of the name. */
    private static boolean insideAName(List<Token> tokens, int start, int end) {
        return end - start == 1 && start > 0 && end < tokens.size() && !tokens.get(start).word().matches(".*\\d.*")
                && tokens.get(start - 1).pos().equals("NNP") && !"DATE".equals(tokens.get(start - 1).ner())
                && tokens.get(end).pos().equals("NNP") && !"DATE".equals(tokens.get(end).ner());
    }

    private static final Pattern UNIT = Pattern.compile("(?i)(years?|months?|weeks?|days?)");

    /** A span that opens with its unit ("years ago") after a count the tagger left out ("two and a half"). */
    private static boolean countedOutsideTheSpan(List<Token> tokens, int start) {
        if (start == 0 || !UNIT.matcher(tokens.get(start).word()).matches()) {
            return false;
        }
        Token before = tokens.get(start - 1);
        return before.word().equalsIgnoreCase("half") || before.pos().equals("CD");
    }

    /** How many months either side of a month counted back roughly ("nearly four months ago") it may be. */
    private static final int ROUGH_MONTHS = 2;

    /** The year of a month counted back roughly, when the months around it fall in that year too; else null. */
    private static String yearAroundMonth(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        java.time.YearMonth month = java.time.YearMonth.parse(value);
        boolean oneYear = month.minusMonths(ROUGH_MONTHS).getYear() == month.getYear()
                && month.plusMonths(ROUGH_MONTHS).getYear() == month.getYear();
        return oneYear ? String.valueOf(month.getYear()) : null;
    }

    private static final Pattern INEXACT_OFFSET = Pattern.compile(
            "\\b(more than|over|nearly|almost|at least|less than|some)\\b.*\\b(years?|decades?|months)\\b.*\\b(ago|earlier|later|before|after)\\b");
    private static final Set<String> JOINS = Set.of("and", "or", "to", "through");
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\b\\d{4}\\b");

    /** "in April and May of 2017": a month joined to a dated month takes its year. */
    private static List<DateMention> withSharedYears(List<DateMention> found, List<Token> tokens) {
        List<DateMention> result = new ArrayList<>(found);
        for (int k = 0; k + 1 < result.size(); k++) {
            DateMention a = result.get(k);
            DateMention b = result.get(k + 1);
            boolean joined = b.start() == a.end() + 1 && JOINS.contains(tokens.get(a.end()).word().toLowerCase(Locale.ROOT));
            if (joined && a.value() != null && a.value().length() == 7 && !YEAR_WRITTEN.matcher(a.text()).find()
                    && b.value() != null && b.value().length() >= 4 && YEAR_WRITTEN.matcher(b.text()).find()) {
                result.set(k, new DateMention(a.start(), a.end(), a.text(), b.value().substring(0, 4) + a.value().substring(4), a.approx()));
            }
        }
        return result;
    }

    private static final Pattern YEAR_TOKEN = Pattern.compile("^(19[5-9]\\d|20\\d\\d)$");

    /**
     * "sentenced in 2016 to 10 years": the tagger may fold the year into the duration after it;
     * a year after "in" or "since" is still a date.
     */
    private String bareYear(List<Token> tokens, int i) {
        if (i == 0 || !YEAR_TOKEN.matcher(tokens.get(i).word()).matches()) {
            return null;
        }
        String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (!before.equals("in") && !before.equals("since")) {
            return null;
        }
        return plausible(tokens.get(i).word());
    }

    /**
     * "later that year", "the following year": CoreNLP often tags these as a duration; they
     * are dates of the narrative's year or the one after.
     */
    private String yearAfterWord(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).word().equalsIgnoreCase("year")) {
            return null;
        }
        String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (!before.equals("that") && !before.equals("same") && !before.equals("following") && !before.equals("next")) {
            return null;
        }
        return relativeYear(before + " year", false);
    }

    /** "his 60th day on hunger strike", "the 100th day of his detention": a count of days, no date. */
    private static final Pattern COUNTED_DAY = Pattern.compile("(?i)\\b\\d+(st|nd|rd|th)\\s+day\\b");

    /** News reports dates from living memory up to the near future; anything else is a misreading. */
    private String plausible(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int latest = articleDate == null ? java.time.Year.now().getValue() : articleDate.getYear() + 1;
        return year >= 1950 && year <= latest ? value : null;
    }

    /** The sentence's main verb is in the present tense ("are awaiting", "says", "has been held"). */
    static boolean speaksOfNow(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int root = mainWord(sentence);
        if (root < 0) {
            return false;
        }
        return isPresent(tokens.get(root)) || sentence.dependencies().stream().anyMatch(d -> d.governor() == root
                && d.dependent() < tokens.size() && (d.relation().startsWith("aux") || d.relation().equals("cop"))
                && isPresent(tokens.get(d.dependent())));
    }

    /** The sentence's root word, or -1 when the parse has none. */
    private static int mainWord(Sentence sentence) {
        return sentence.dependencies().stream().filter(d -> d.governor() < 0 && d.dependent() < sentence.tokens().size())
                .mapToInt(org.dossier.nlp.Dependency::dependent).findFirst().orElse(-1);
    }

    private static boolean isPresent(Token t) {
        return t.pos().equals("VBP") || t.pos().equals("VBZ");
    }

    /** "November of that year", "March of the same year": the year phrase of the month told right before it. */
    private static boolean yearOfTheMonthBefore(List<Token> tokens, int start, List<DateMention> found) {
        return start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("of") && !found.isEmpty()
                && found.get(found.size() - 1).end() == start - 1;
    }

    /**
     * "during a march calling for his release": the noun for a protest walk, written small and
     * alone, that the tagger took for the month.
     */
    private static boolean aMarchNotAMonth(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean alone = (i + 1 >= tokens.size() || !"DATE".equals(tokens.get(i + 1).ner()))
                && (i == 0 || !"DATE".equals(tokens.get(i - 1).ner()));
        return alone && t.word().equals("march") && i > 0 && tokens.get(i - 1).pos().equals("DT");
    }

    /**
     * "had been jailed since 2013 and in April was sentenced": a stay since a date reaches the day of
     * writing, so the date does not move the narrative back; "in April" is the article's recent past.
     */
    private static boolean startsASpanToNow(List<Token> tokens, int start) {
        return start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("since")
                || start >= 0 && start < tokens.size() && tokens.get(start).word().equalsIgnoreCase("since");
    }

    /** "at the end of last year", "late in 2022": the narrative has reached that year's last month. */
    private static final Pattern LATE_IN_THE_YEAR = Pattern.compile("\\b(end|late|later part)\\b");

    /** "fled at the end of last year ... In February, a case was opened": the February after it. */
    private void lateInTheYear(String year) {
        LocalDate december = LocalDate.of(Integer.parseInt(year), 12, 1);
        if (narrative != null && narrative.getYear() == december.getYear() && (articleDate == null || !december.isAfter(articleDate))) {
            narrative = december;
        }
    }

    private void remember(String value, boolean aside) {
        lastValue = value;
        if (DAY.matcher(value).matches()) {
            lastDay = value;
        }
        if (aside) {
            return;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2).substring(1));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3).substring(1));
            LocalDate date = LocalDate.of(year, month, day);
            // a date after the article's ("will be sentenced in March", "months later" misread) is
            // no point the narrative of what happened has reached
            if (articleDate == null || !date.isAfter(articleDate)) {
                narrative = date;
                narrativeValue = value;
                backAtNews = false;
            }
        }
    }

    String value(String text, String norm, boolean future) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean explicitYear = YEAR.matcher(text).find();
        CountedInterval interval = CountedInterval.of(lower);
        if (interval != null) {
            String counted = interval.from(narrativeValue); // "three months later": from the story's last date, not today's
            return counted == null || articleDate != null && counted.compareTo(articleDate.toString()) > 0 ? null : counted;
        }
        String relative = relativeYear(lower, explicitYear);
        if (relative != null) {
            return relative;
        }
        if (lower.contains("same day") || lower.equals("that day")) {
            return lastValue; // the day the narrative last named
        }
        if (lower.contains("next day") || lower.contains("following day")) {
            return nextDay(lastValue);
        }
        if (norm == null || norm.contains("/")) {
            return null; // a span of time ("the previous 27 years"), not a date
        }
        if (!future && articleDate != null && lower.matches("(the |this |last )?weekend")) {
            // "over the weekend": the last Saturday and Sunday, told to the month
            return YearMonth.from(articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))).toString();
        }
        DayOfWeek weekday = weekday(lower);
        if (weekday != null && !monthNamed(lower) && articleDate != null) {
            LocalDate d = future ? articleDate.with(TemporalAdjusters.nextOrSame(weekday))
                    : articleDate.with(TemporalAdjusters.previousOrSame(weekday));
            if (!future && lower.startsWith("last ")) {
                // "last Thursday" is the Thursday of last week: on a Friday, eight days back, not yesterday
                d = articleDate.with(TemporalAdjusters.previous(weekday));
                if (!d.isBefore(articleDate.with(DayOfWeek.MONDAY))) {
                    d = d.minusWeeks(1);
                }
            }
            return d.toString();
        }
        if (!explicitYear && monthNamed(lower) && lower.startsWith("this ") && articleDate != null) {
            return withArticleYear(norm); // "this March": the article's own year, whatever the narrative reached
        }
        if (!explicitYear && monthNamed(lower) && lower.startsWith("last ") && !future && articleDate != null) {
            return mostRecent(norm); // "affirmed last July": counted back from the day of writing, not from the story retold
        }
        if (!explicitYear && monthNamed(lower) && future && articleDate != null) {
            return nextAfterArticle(norm); // "is due to rule on March 18": still to come
        }
        if (!explicitYear && monthNamed(lower) && (newsTime || toldToSomeoneNow) && articleDate != null) {
            return mostRecent(norm); // "In October a court ..., which last month ...": the news, not the story retold
        }
        if (!explicitYear && monthNamed(lower)) {
            String resolved = withNarrativeYear(norm);
            if (resolved != null && resolved.length() == 7) {
                // "jailed since January ... (an aside on 1994) ... arrested in January": a month
                // named again without a year is the one the article named before
                resolved = monthsTold.getOrDefault(resolved.substring(5), resolved);
                monthsTold.putIfAbsent(resolved.substring(5), resolved);
            }
            return resolved;
        }
        Matcher week = WEEK.matcher(norm);
        if (week.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.MONDAY);
            // a week that runs over the end of a month is certain only to its year
            YearMonth first = YearMonth.from(monday);
            YearMonth last = YearMonth.from(monday.plusDays(6));
            return first.equals(last) ? first.toString() : first.getYear() == last.getYear() ? String.valueOf(first.getYear()) : null;
        }
        Matcher season = SEASON.matcher(norm);
        if (season.find()) {
            return season.group(1);
        }
        Matcher iso = ISO.matcher(norm);
        if (iso.find() && !norm.startsWith("XXXX")) {
            return asPreciseAsCounted(lower, iso.group());
        }
        return null;
    }

    private static final Pattern WEEKS_OR_MONTHS_AGO = Pattern.compile("\\b(weeks?|months?)\\s+(ago|earlier|before)\\b");

    private static final Pattern YEARS_AGO = Pattern.compile("\\byears?\\s+(ago|earlier|before)\\b");

    /** "two months ago", "three weeks ago": a month, no more precise than what was counted. */
    private static String asPreciseAsCounted(String lower, String value) {
        if (WEEKS_OR_MONTHS_AGO.matcher(lower).find() && value.length() > 7) {
            return value.substring(0, 7);
        }
        return value;
    }

    private static String nextDay(String value) {
        if (value == null || !ISO_DAY.matcher(value).matches()) {
            return null;
        }
        return LocalDate.parse(value).plusDays(1).toString();
    }

    /** "last autumn": the most recent such season that ended before the article's month. */
    private int lastSeasonYear(String lower) {
        int lastMonth = lower.contains("spring") ? 5 : lower.contains("summer") ? 8
                : lower.contains("winter") ? 2 : 11;
        return articleDate.getMonthValue() > lastMonth ? articleDate.getYear() : articleDate.getYear() - 1;
    }

    private String relativeYear(String lower, boolean explicitYear) {
        if (explicitYear) {
            return null;
        }
        Integer year = null;
        if (lower.contains("following year") || lower.contains("next year")) {
            year = narrativeYear() == null ? null : narrativeYear() + 1;
        } else if (lower.contains("that year") || lower.contains("same year")) {
            year = narrativeYear();
        } else if (lower.contains("this year")) {
            year = articleDate == null ? null : articleDate.getYear();
        } else if (lower.contains("last year")) {
            year = articleDate == null ? null : articleDate.getYear() - 1;
        } else if (LAST_SEASON.matcher(lower).matches()) {
            year = articleDate == null ? null : lastSeasonYear(lower);
        } else if (SEASON_WORD.matcher(lower).matches()) {
            year = narrativeYear() != null ? narrativeYear() : articleDate == null ? null : articleDate.getYear();
        } else if (lower.contains("this month")) {
            return articleDate == null ? null : YearMonth.from(articleDate).toString();
        }
        if (year == null) {
            return null;
        }
        Integer month = monthNumber(lower);
        if (month == null) {
            return String.valueOf(year);
        }
        Matcher day = DAY_OF_MONTH.matcher(lower);
        YearMonth yearMonth = YearMonth.of(year, month);
        return day.find() && yearMonth.isValidDay(Integer.parseInt(day.group(1)))
                ? yearMonth.atDay(Integer.parseInt(day.group(1))).toString() : yearMonth.toString();
    }

    /** The day in "1 February this year", "on March 3rd last year". */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private Integer narrativeYear() {
        if (narrative != null) {
            return narrative.getYear();
        }
        return articleDate == null ? null : articleDate.getYear();
    }

    /** Whether the sentence being read also dates by the article's own time ("last month", "on Tuesday"). */
    private boolean newsTime;
    /** The date being read is the day someone told the press or another listener something. */
    private boolean toldToSomeoneNow;

    /**
     * "He told the news agency on June 14 that ...": the day a source spoke to someone, in the
     * sentence's main clause, is the news's recent past, whatever year the story retold had reached.
     */
    private static boolean toldOn(Sentence sentence, int start, int end) {
        for (org.dossier.nlp.Dependency d : sentence.dependencies()) {
            if (d.dependent() < start || d.dependent() >= end || d.governor() < 0 || d.governor() >= sentence.tokens().size()
                    || start <= d.governor() && d.governor() < end) {
                continue;
            }
            int verb = d.governor();
            boolean main = sentence.dependencies().stream().anyMatch(r -> r.dependent() == verb && r.governor() < 0);
            boolean listener = sentence.dependencies().stream().anyMatch(o -> o.governor() == verb
                    && (o.relation().equals("obj") || o.relation().equals("iobj")));
            return main && listener && sentence.tokens().get(verb).lemma().equalsIgnoreCase("tell");
        }
        return false;
    }

    private static final Pattern NEWS_TIME = Pattern.compile("\\b(last (week|month)|this (week|month)|yesterday"
            + "|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

    /** A month (and day) with no year in a sentence of the news: the latest such date not after the article. */
    private String mostRecent(String norm) {
        String value = withArticleYear(norm);
        if (value == null) {
            return null;
        }
        boolean day = value.length() == 10;
        LocalDate date = day ? LocalDate.parse(value) : YearMonth.parse(value).atDay(1);
        if (date.isAfter(articleDate)) {
            date = date.minusYears(1);
        }
        return day ? date.toString() : YearMonth.from(date).toString();
    }

    private String withArticleYear(String norm) {
        Matcher md = MONTH_DAY.matcher(norm);
        Matcher mo = MONTH_ONLY.matcher(norm);
        if (md.find()) {
            return LocalDate.of(articleDate.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2))).toString();
        }
        return mo.find() ? YearMonth.of(articleDate.getYear(), Integer.parseInt(mo.group(1))).toString() : null;
    }

    private static final Pattern SCHEDULED = Pattern.compile("(?i)\\b(scheduled|set|slated|planned|adjourned|postponed|fixed)\\s+(for|till|until|to)\\s*$");

    /** "a hearing scheduled for Oct. 12", "adjourned till July 26": a date someone set, before or after the news. */
    private static boolean scheduledFor(List<Token> tokens, int start) {
        return SCHEDULED.matcher(PhraseMatcher.text(tokens, Math.max(0, start - 3), start)).find();
    }

    /**
     * A set date with no year is the one of that month and day nearest the article: "the next
     * hearing scheduled for Oct. 12" in July is October to come; "a session scheduled for May 11,
     * which was delayed" in June is the May gone by.
     */
    private String nearestToArticle(String norm) {
        String value = withArticleYear(norm);
        if (value == null || value.length() <= 7) {
            return value;
        }
        LocalDate date = LocalDate.parse(value);
        LocalDate best = date;
        for (LocalDate other : List.of(date.minusYears(1), date.plusYears(1))) {
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(articleDate, other))
                    < Math.abs(java.time.temporal.ChronoUnit.DAYS.between(articleDate, best))) {
                best = other;
            }
        }
        return best.toString();
    }

    /** A month (and day) with no year still to come: the first such date not before the article's month. */
    private String nextAfterArticle(String norm) {
        String value = withArticleYear(norm);
        if (value == null) {
            return null;
        }
        boolean day = value.length() > 7;
        LocalDate date = LocalDate.parse(day ? value : value + "-01");
        LocalDate from = day ? articleDate : articleDate.withDayOfMonth(1);
        return date.isBefore(from) ? (day ? date.plusYears(1).toString() : YearMonth.from(date.plusYears(1)).toString()) : value;
    }

    /** A month (and day) with no year: the first such date on or after the narrative's date, not after the article. */
    private String withNarrativeYear(String norm) {
        Matcher md = MONTH_DAY.matcher(norm);
        Matcher mo = MONTH_ONLY.matcher(norm);
        int month;
        Integer day = null;
        if (md.find()) {
            month = Integer.parseInt(md.group(1));
            day = Integer.parseInt(md.group(2));
        } else if (mo.find()) {
            month = Integer.parseInt(mo.group(1));
        } else {
            return null;
        }
        LocalDate anchor = narrative != null && !backAtNews ? narrative : articleDate;
        if (anchor == null) {
            return null;
        }
        MonthDay target = MonthDay.of(month, day == null ? 1 : day);
        int year = anchor.getYear();
        LocalDate candidate = target.atYear(year);
        if (candidate.isBefore(anchor.withDayOfMonth(1))) {
            candidate = target.atYear(year + 1);
        }
        if (articleDate != null && candidate.isAfter(articleDate)) {
            candidate = target.atYear(articleDate.getYear());
            if (candidate.isAfter(articleDate)) {
                candidate = target.atYear(articleDate.getYear() - 1);
            }
        }
        return day == null ? YearMonth.from(candidate).toString() : candidate.toString();
    }

    private static DayOfWeek weekday(String lower) {
        for (DayOfWeek d : DayOfWeek.values()) {
            // (the word is looked for before the slower pattern that finds it as a word)
            if (lower.contains(WEEKDAY_NAMES[d.ordinal()]) && WEEKDAYS[d.ordinal()].matcher(lower).matches()) {
                return d;
            }
        }
        return null;
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    /** "march", "mar" or "mar." as a word, by month. */
    private static final Pattern[] MONTH_WORDS = java.util.Arrays.stream(MONTHS)
            .map(m -> Pattern.compile(".*\\b(" + m + "|" + m.substring(0, 3) + "\\.?)\\b.*")).toArray(Pattern[]::new);
    private static final String[] WEEKDAY_NAMES = java.util.Arrays.stream(DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    private static final Pattern[] WEEKDAYS = java.util.Arrays.stream(WEEKDAY_NAMES)
            .map(d -> Pattern.compile(".*\\b" + d + "\\b.*")).toArray(Pattern[]::new);
    private static final Pattern HOURS = Pattern.compile("\\b(hours?|minutes?)\\b");
    private static final Pattern UNTIL = Pattern.compile("\\b(until|till) (at least|the (end|middle|start|beginning) of)\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LAST_SEASON = Pattern.compile(".*\\blast (summer|spring|autumn|fall|winter)\\b.*");
    private static final Pattern SEASON_WORD = Pattern.compile(".*\\b(summer|spring|autumn|fall|winter)\\b.*");

    private static boolean monthNamed(String lower) {
        return monthNumber(lower) != null;
    }

    private static Integer monthNumber(String lower) {
        for (int m = 0; m < MONTHS.length; m++) {
            // every form of the month starts with its first three letters, looked for before the slower pattern
            if (lower.contains(MONTHS[m].substring(0, 3)) && MONTH_WORDS[m].matcher(lower).matches()) {
                return m + 1;
            }
        }
        return null;
    }
}
