package org.dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * A person's nationality from the words just before their name ("Russian national Roman
 * Novak", "American Ann Lee", "US citizen Jan Novak"), as listed in
 * {@code rules/lexicon/nationalities.csv}; the one said most often wins.
 */
final class Nationalities {

    private static final int WINDOW = 3;

    private final Map<String, String> words;

    Nationalities(Lexicon lexicon) {
        words = new HashMap<>();
        lexicon.entries("nationalities").forEach(e -> words.put(String.join(" ", e.phrase()), e.label(0)));
    }

    Map<String, String> of(List<AnnotatedArticle> articles, List<PersonMention> names) {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.article().id(), a));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (PersonMention m : names) {
            if (m.reference()) {
                continue;
            }
            Sentence s = byId.get(m.article()).sentences().get(m.sentence());
            for (int i = Math.max(0, m.start() - WINDOW); i < m.start(); i++) {
                Token t = s.tokens().get(i);
                String nationality = words.get(t.word().toLowerCase(Locale.ROOT));
                if (nationality != null) {
                    counts.computeIfAbsent(m.person(), k -> new HashMap<>()).merge(nationality, 1, Integer::sum);
                }
            }
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((person, byNationality) -> best.put(person, byNationality.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null)));
        return best;
    }
}
