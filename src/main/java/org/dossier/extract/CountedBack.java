package org.dossier.extract;

import java.time.LocalDate;
import java.time.YearMonth;
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
        LocalDate from = anchor(sentence, trigger, after - 2).orElse(articleDate);
        return switch (unit) {
            case "year" -> Optional.of(String.valueOf(from.getYear() - count));
            case "decade" -> Optional.of(String.valueOf(from.getYear() - 10 * count));
            case "month" -> Optional.of(YearMonth.from(from).minusMonths(count).toString());
            case "week" -> Optional.of(YearMonth.from(from.minusWeeks(count)).toString());
            default -> Optional.empty();
        };
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
