package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's text into header and body.
 *
 * <p>The header is every line before the first line of prose. In it, a line may be a
 * date tag ({@code date 2022-11-15 (@handle)}), a {@code Published:} or {@code Edited:}
 * stamp, a bare date ({@code Nov. 5, 2021}), page chrome ({@code All news}) or text:
 * the first text line is the headline; later ones that tell something (sub-headlines, captions)
 * close the body. The first
 * line of prose may carry a dateline, which is split off. A date tag may also be glued
 * to the first sentence, which then starts the body.
 */
final class HeaderParser {

    private static final Pattern DATE_TAG = Pattern.compile("(?i)date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?");
    private static final Pattern HANDLE = Pattern.compile("\\(@[\\w.]+\\)");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)(published|posted|edited|updated|last updated|modified)(?:\\s+on)?\\s*:?\\s*(.+)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"”’')]*");
    private static final String BULLETS = "\u2022\u00b7*\u2013\u2014-";
    /** A line that goes on in the next: a comma, a colon, a dash, a joining word. */
    private static final Pattern OPEN_END = Pattern.compile("([,;:\\-–—]|\\b(and|or|of|the|a|an|to|in|by|for|with|from|at|on))$");
    /** Navigation labels that scraped pages put above the headline. */
    private static final Set<String> CHROME = Set.of("all news", "share this article", "share", "advertisement",
            "read more", "listen to this article", "print", "skip to main content", "skip to content", "story highlights");
    private static final int MAX_TAG_WORDS = 3;
    /** A header line this long is a sub-headline or a caption rather than a label, a name or a credit. */
    private static final int MIN_TOLD_WORDS = 6;
    /** A header line this long tells the story's first sentence: no headline runs to it. */
    private static final int LEAD_WORDS = 25;
    private static final Pattern BYLINE = Pattern.compile("(?i)(by|written by|reporting by|photo|photograph|image|credit)\\b");

    ParsedText parse(String text) {
        Header header = new Header();
        List<String> lines = wrappedJoined(text.lines().toList());
        int first = 0;
        while (first < lines.size() && header.bodyStart == null) {
            read(lines.get(first++).strip(), header);
        }
        List<String> body = new ArrayList<>();
        List<String> story = new ArrayList<>();
        String lead = header.headline();
        if (lead != null && words(lead) >= LEAD_WORDS && Header.tellsSomething(lead)) {
            // a first line as long as a sentence of the story is its lead without a full stop, not a headline
            story.add(SENTENCE_END.matcher(lead).matches() ? lead : lead + ".");
            story.add("");
        }
        if (header.bodyStart != null) {
            story.add(withoutDateline(header.bodyStart, header));
        } else {
            // Nothing looked like prose: keep the text lines rather than lose the article.
            header.texts.stream().filter(line -> !Header.isChrome(line)).forEach(body::add);
            header.texts.clear();
        }
        story.addAll(lines.subList(first, lines.size()));
        body.addAll(unitsApart(story));
        // after the story, so that a caption's year ("detained in 2022") does not set the year the story's narrative has reached
        List<String> told = header.toldLines();
        if (!told.isEmpty()) {
            body.add("");
            body.addAll(told);
        }
        return new ParsedText(String.join("\n", body).strip(), header.headline(), header.outlet(),
                header.dateline, header.date);
    }

    /**
     * "3 min read", a date, a caption, then the story, one line each: a line that ends no sentence
     * and is followed by one that starts anew (a capital or a digit) is a unit of its own, so it is
     * not read as the start of the next sentence.
     */
    private static List<String> unitsApart(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            out.add(line);
            String next = k + 1 < lines.size() ? lines.get(k + 1).strip() : "";
            String here = line.strip();
            if (!here.isEmpty() && !next.isEmpty() && !SENTENCE_END.matcher(here).matches() && !OPEN_END.matcher(here).find()
                    && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)) || BULLETS.indexOf(next.charAt(0)) >= 0)) {
                out.add("");
            }
        }
        return out;
    }

    /**
     * Every line break ends a sentence for the splitter, so a sentence wrapped over lines (a line
     * that ends open, on "and" or a comma, or whose next line goes on in lower case) is made one
     * line again.
     */
    private static List<String> wrappedJoined(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && goesOn(out.get(last).strip(), line.strip())) {
                out.set(last, out.get(last).stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean goesOn(String here, String next) {
        return !here.isEmpty() && !next.isEmpty() && !SENTENCE_END.matcher(here).matches() && !isBylineWithoutAName(here)
                && (OPEN_END.matcher(here).find() || Character.isLowerCase(next.charAt(0)));
    }

    /** "Saturday 2 October 2021, by": a date and a byline whose author the page left out. */
    private static final Pattern DATED_BY = Pattern.compile("(?i)(.*?),?\\s*by");

    private static boolean isBylineWithoutAName(String line) {
        Matcher by = DATED_BY.matcher(line);
        return by.matches() && (by.group(1).isBlank() || DatePhrases.parse(by.group(1)).isPresent());
    }

    /** Files one header line, or marks where the body starts. */
    private void read(String line, Header header) {
        if (line.isEmpty()) {
            return;
        }
        Matcher tag = DATE_TAG.matcher(line);
        if (tag.matches()) {
            header.stateDate(DatePhrases.parse(tag.group(1)));
            readTagRest(tag.group(2), header);
            return;
        }
        Matcher stamp = STAMP.matcher(line);
        Optional<PartialDate> stampDate = stamp.matches() ? DatePhrases.parse(stamp.group(2)) : Optional.empty();
        if (stampDate.isPresent()) {
            if (isPublication(stamp.group(1))) {
                header.stateDate(stampDate);
            }
            return;
        }
        Optional<PartialDate> bareDate = DatePhrases.parse(line);
        if (bareDate.isPresent()) {
            header.stateDate(bareDate);
        } else if (SENTENCE_END.matcher(line).matches() || Dateline.split(line).isPresent()) {
            header.bodyStart = line;
        } else {
            header.texts.add(line);
        }
    }

    /** After the date: an author handle, a site name, or the first sentence itself. */
    private void readTagRest(String rest, Header header) {
        if (rest == null || rest.isBlank() || HANDLE.matcher(rest.strip()).matches()) {
            return;
        }
        if (words(rest) <= MAX_TAG_WORDS && !SENTENCE_END.matcher(rest).matches()) {
            header.tagOutlet = rest.strip();
        } else {
            header.bodyStart = rest.strip();
        }
    }

    private String withoutDateline(String line, Header header) {
        Optional<Dateline> dateline = Dateline.split(line);
        if (dateline.isEmpty()) {
            return line;
        }
        header.dateline = dateline.get().place();
        header.datelineOutlet = dateline.get().outlet();
        header.date = PartialDate.better(header.date, dateline.get().date());
        return dateline.get().rest();
    }

    private static boolean isPublication(String stampWord) {
        String word = stampWord.toLowerCase(Locale.ROOT);
        return word.equals("published") || word.equals("posted");
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    /** What the header lines have said so far. */
    private static final class Header {
        final List<String> texts = new ArrayList<>();
        PartialDate date;
        String tagOutlet;
        String datelineOutlet;
        String dateline;
        String bodyStart;

        void stateDate(Optional<PartialDate> stated) {
            stated.ifPresent(d -> date = PartialDate.better(date, d));
        }

        String headline() {
            return texts.stream().filter(line -> !isChrome(line)).findFirst().orElse(null);
        }

        /**
         * Sub-headlines and photo captions ("X was detained by the police when he returned in
         * 2022"): lines after the headline that tell something, closed as sentences so that
         * they are read as the story's own.
         */
        List<String> toldLines() {
            String headline = headline();
            return texts.stream().filter(line -> !line.equals(headline) && tellsSomething(line))
                    .map(line -> SENTENCE_END.matcher(line).matches() ? line : line + ".")
                    .flatMap(line -> java.util.stream.Stream.of(line, "")).toList();
        }

        /** Prose, not a byline or a credit: enough words, several of them lower-case ("was detained by"). */
        static boolean tellsSomething(String line) {
            long lowerCase = java.util.Arrays.stream(line.strip().split("\\s+"))
                    .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
            return words(line) >= MIN_TOLD_WORDS && lowerCase >= MIN_TOLD_WORDS / 2 && !BYLINE.matcher(line).lookingAt();
        }

        String outlet() {
            return datelineOutlet != null ? datelineOutlet : tagOutlet;
        }

        private static boolean isChrome(String line) {
            return words(line) < 3 || CHROME.contains(line.toLowerCase(Locale.ROOT));
        }
    }
}
