package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a prison term ("27 years", "a 25-year sentence", "18 months") as an ISO 8601 duration. */
public final class TermParser {

    private static final Pattern NORMALIZED = Pattern.compile("^P(\\d+)([YMWD])$");
    private static final Pattern TEXT = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)[\\s-]+(year|month|week|day)s?\\b");
    /** "3 1/2-year", "three and a half years", "seven-and-a-half-year": half a unit more. */
    private static final Pattern HALF = Pattern.compile(
            "\\b([a-z]+|\\d+)(?:(?:\\s|\u00a0)*(?:1/2|\u00bd)|[\\s-]+and[\\s-]+a[\\s-]+half)[\\s-]*(year|month)");
    private static final Pattern AGE = Pattern.compile("(year|month)s?[\\s-]+old\\b");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50);

    private TermParser() {
    }

    /**
     * "three years and ten months" is P3Y10M: every number-and-unit in the text. Weeks joined to
     * another unit are counted in days ("four months and two weeks" is P4M14D), as ISO 8601 has it.
     */
    public static String parse(String text, String normalized) {
        if (AGE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return null; // "his 80-year-old father", "a man 40 years old": an age, not a term
        }
        Map<Character, Integer> units = new java.util.LinkedHashMap<>();
        String halves = withHalvesInDigits(text.toLowerCase(Locale.ROOT));
        Matcher m = TEXT.matcher(halves);
        while (m.find()) {
            if (m.group(1).endsWith(".5") && HALVES.containsKey(m.group(2))) {
                // "a 3 1/2-year sentence" is P3Y6M, "held for 2 1/2 months" P2M15D
                char unit = Character.toUpperCase(m.group(2).charAt(0));
                units.merge(unit, Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 2)), Integer::sum);
                units.merge(HALVES.get(m.group(2)).unit(), HALVES.get(m.group(2)).count(), Integer::sum);
                continue;
            }
            Integer n = number(m.group(1));
            if (n != null) {
                units.merge(Character.toUpperCase(m.group(2).charAt(0)), n, Integer::sum);
            }
        }
        if (!units.isEmpty()) {
            return iso(units);
        }
        return normalized != null && NORMALIZED.matcher(normalized).matches() ? normalized : null;
    }

    /** Two terms told one after the other ("six years and 10 months": P6Y and P10M) as one: P6Y10M. */
    static String joined(String first, String second) {
        Map<Character, Integer> units = new java.util.LinkedHashMap<>();
        for (String term : List.of(first, second)) {
            Matcher m = ISO_PART.matcher(term);
            while (m.find()) {
                units.merge(m.group(2).charAt(0), Integer.parseInt(m.group(1)), Integer::sum);
            }
        }
        return iso(units);
    }

    private static final Pattern ISO_PART = Pattern.compile("(\\d+)([YMWD])");

    private static String iso(Map<Character, Integer> units) {
        if (units.containsKey('W') && units.size() > 1) {
            units.merge('D', 7 * units.remove('W'), Integer::sum);
        }
        StringBuilder term = new StringBuilder("P");
        for (char unit : new char[] {'Y', 'M', 'W', 'D'}) {
            if (units.containsKey(unit)) {
                term.append(units.get(unit)).append(unit);
            }
        }
        return term.toString();
    }

    /** Each half term written as digits and ".5" ("seven and a half years" is "7.5 year"). */
    private static String withHalvesInDigits(String text) {
        Matcher m = HALF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer n = number(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(n == null ? m.group() : n + ".5 " + m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    static Integer number(String word) {
        if (word.matches("\\d+")) {
            return Integer.parseInt(word);
        }
        int idx = UNITS.indexOf(word);
        if (idx >= 0) {
            return idx;
        }
        String[] parts = word.split("-");
        Integer tens = TENS.get(parts[0]);
        if (tens == null) {
            return null;
        }
        return parts.length == 1 ? tens : tens + Math.max(0, UNITS.indexOf(parts[1]));
    }

    private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("year", "month", "week", "day");

    /** Half of a unit in the next smaller one. */
    private record Half(char unit, int count) {
    }

    private static final Map<String, Half> HALVES = Map.of("year", new Half('M', 6), "month", new Half('D', 15));

    /** "year", "months", "Days": a word for a unit of time a term is counted in. */
    static boolean isUnitWord(String lemma) {
        return UNIT_WORDS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "three years ago", "five days after the coup", "a month before his arrest": a time between events, no term. */
    private static final java.util.Set<String> INTERVAL_AFTER = java.util.Set.of("ago", "later", "earlier", "after",
            "before", "prior");

    /** The duration ending before token {@code next} measures an interval ("five days after"), not a term. */
    public static boolean measuresAnInterval(List<org.dossier.nlp.Token> tokens, int next) {
        return next < tokens.size() && INTERVAL_AFTER.contains(tokens.get(next).word().toLowerCase(Locale.ROOT));
    }

    /** The token of the whole number in "seven and a half" or "seven-and-a-half" ending at {@code n}, or -1. */
    private static int wholeBeforeAndAHalf(List<org.dossier.nlp.Token> tokens, int n) {
        StringBuilder words = new StringBuilder();
        int k = n;
        // the tokenizer splits "seven-and-a-half" its own way ("seven", "-", "and", "-", "a-half")
        while (k >= 0 && tokens.get(k).word().toLowerCase(Locale.ROOT).matches("-|and|a|half|a-half|and-a-half")) {
            words.insert(0, tokens.get(k).word().toLowerCase(Locale.ROOT).replace("-", " ") + " ");
            k--;
        }
        if (k == n || k < 0 || !words.toString().trim().replaceAll("\\s+", " ").equals("and a half")) {
            String word = tokens.get(n).word().toLowerCase(Locale.ROOT);
            return word.endsWith("-and-a-half") && number(word.substring(0, word.length() - 11)) != null ? n : -1;
        }
        String whole = tokens.get(k).word().toLowerCase(Locale.ROOT);
        return tokens.get(k).pos().equals("CD") || number(whole) != null ? k : -1;
    }

    /**
     * Spans [start, end) of a number and a unit ("13 years", "nine-year", "16 - year") whatever
     * the named-entity tagger made of them; an age ("80-year-old") or an interval ("two years ago") is none.
     */
    public static List<int[]> spans(List<org.dossier.nlp.Token> tokens) {
        List<int[]> spans = new java.util.ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!UNIT_WORDS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int n = i - 1;
            if (tokens.get(n).word().equals("-") && n > 0) {
                n--;
            }
            String number = tokens.get(n).word().toLowerCase(Locale.ROOT);
            boolean isNumber = tokens.get(n).pos().equals("CD") || number(number) != null;
            if (isNumber && n > 0 && number.matches("1/2|\u00bd") && tokens.get(n - 1).pos().equals("CD")) {
                n--; // "3 1/2-year": the whole number before the half
            }
            int whole = wholeBeforeAndAHalf(tokens, n);
            if (whole >= 0) {
                n = whole; // "seven and a half years", "seven-and-a-half years"
                isNumber = true;
            }
            int after = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("-") ? i + 2 : i + 1;
            // "80 years old": an age
            boolean age = after < tokens.size() && tokens.get(after).word().equalsIgnoreCase("old");
            if (isNumber && !age && !measuresAnInterval(tokens, after)) {
                spans.add(new int[] {n, i + 1});
            }
        }
        return spans;
    }
}
