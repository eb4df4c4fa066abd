package org.dossier.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.Token;

/**
 * "The sentence came five years after he was detained", "freed in 2012, two years after his
 * arrest", "Monday marks a year since she was detained": an event told only by how long before
 * another it happened is dated by counting back from that other one (its date in the sentence,
 * else the day of the article), to the year or month.
 */
final class CountedBack {

    private CountedBack() {
    }

    /** How far left of the event's words its "after" may stand ("after his closed-door trial"). */
    private static final int REACH = 8;

    private static final Set<String> WORDS_BETWEEN = Set.of("DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS",
            "POS", "HYPH", "RB", "CC");
    private static final Set<String> AUXILIARIES = Set.of("be", "have");

    static Optional<String> dateOf(PhraseMatch trigger, SentenceFacts sentence, LocalDate articleDate) {
        SentenceSyntax syntax = sentence.syntax();
        int after = afterBefore(syntax, trigger);
        if (after < 2) {
            return Optional.empty();
        }
        String unit = syntax.token(after - 1).lemma().toLowerCase(Locale.ROOT);
        Integer count = count(syntax.token(after - 2).word().toLowerCase(Locale.ROOT));
        if (count == null || count <= 0) {
            return Optional.empty();
        }
        if (after >= 3 && syntax.token(after - 3).word().equalsIgnoreCase("to")) {
            return Optional.empty(); // "sentenced him to five years after finding him guilty": a term, no count back
        }
        LocalDate from = anchor(sentence, trigger, after - 2).orElse(articleDate);
        if (from == null) {
            return Optional.empty(); // an undated article with no other date to count from
        }
        return switch (unit) {
            case "year" -> Optional.of(String.valueOf(from.getYear() - count));
            case "decade" -> Optional.of(String.valueOf(from.getYear() - 10 * count));
            case "month" -> Optional.of(YearMonth.from(from).minusMonths(count).toString());
            case "week" -> Optional.of(YearMonth.from(from.minusWeeks(count)).toString());
            default -> Optional.empty();
        };
    }

    /**
     * "back home after being detained for six months", "a journalist who was detained for 51 days
     * has returned": a stay whose length a sentence about now tells is over by the news, and began
     * that long before the article, to the month.
     */
    static Optional<String> stayOverByTheNews(PhraseMatch trigger, SentenceSyntax syntax, List<CueLink> links, LocalDate articleDate) {
        int root = syntax.root();
        if (articleDate == null || root < 0 || !"held".equals(trigger.getKind()) || root == trigger.head()
                || !syntax.toldInThePresent(root) && !syntax.token(root).pos().equals("VBD")
                || syntax.toldInThePresent(trigger.head())) { // "has been held for seven years": goes on
            return Optional.empty();
        }
        return links.stream().filter(l -> l.lexicon().equals("term") && l.distance() <= 2)
                .filter(l -> forHowLong(syntax, l.cue().start())) // "for 51 days", not "serving a nine-year term"
                .map(CueLink::label).filter(t -> t != null && t.matches("P\\d+[DWMY]")).findFirst()
                .map(t -> monthBegun(articleDate, t));
    }

    /** The month something that lasted {@code term} ("P30D") up to {@code end} began in. */
    static String monthBegun(LocalDate end, String term) {
        return YearMonth.from(end.minus(java.time.Period.parse(term))).toString();
    }

    private static boolean forHowLong(SentenceSyntax syntax, int start) {
        for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
            String word = syntax.token(i).word().toLowerCase(Locale.ROOT);
            if (word.equals("for")) {
                return true;
            }
            if (!syntax.token(i).pos().matches("RB|RBR|JJR|IN") || word.equals("after")) {
                return false;
            }
        }
        return false;
    }

    /** The "after" or "since" that opens the event's phrase, with only its subject or determiners between. */
    private static int afterBefore(SentenceSyntax syntax, PhraseMatch trigger) {
        for (int i = trigger.start() - 1; i >= 0 && i >= trigger.start() - REACH; i--) {
            Token token = syntax.token(i);
            if (token.word().equalsIgnoreCase("after") || token.word().equalsIgnoreCase("since")) {
                return i;
            }
            boolean auxiliary = token.pos().startsWith("VB") && AUXILIARIES.contains(token.lemma().toLowerCase(Locale.ROOT));
            if (!auxiliary && !WORDS_BETWEEN.contains(token.pos())) {
                return -1;
            }
        }
        return -1;
    }

    private static Integer count(String word) {
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        return TermParser.number(word);
    }

    /** A date the sentence gives outside the counted phrase: the other event's. */
    private static Optional<LocalDate> anchor(SentenceFacts sentence, PhraseMatch trigger, int countStart) {
        return sentence.matches().stream().filter(m -> m.lexicon().equals("date"))
                .filter(m -> m.end() <= countStart || m.start() >= trigger.end() && !SentenceFacts.governs(sentence.syntax(), trigger, m.head()))
                .map(m -> m.label())
                .filter(v -> v != null && v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
                .map(v -> LocalDate.parse(v.length() == 4 ? v + "-07-01" : v.length() == 7 ? v + "-15" : v))
                .findFirst();
    }
}
