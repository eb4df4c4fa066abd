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
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50);

    private TermParser() {
    }

    /** "three years and ten months" is P3Y10M: every number-and-unit in the text, in order. */
    public static String parse(String text, String normalized) {
        StringBuilder term = new StringBuilder("P");
        Matcher m = TEXT.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            Integer n = number(m.group(1));
            if (n != null) {
                term.append(n).append(Character.toUpperCase(m.group(2).charAt(0)));
            }
        }
        if (term.length() > 1) {
            return term.toString();
        }
        return normalized != null && NORMALIZED.matcher(normalized).matches() ? normalized : null;
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
}
