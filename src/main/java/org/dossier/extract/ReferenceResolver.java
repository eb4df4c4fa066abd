package org.dossier.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.AnnotatedArticle;

/**
 * Resolves pronouns and descriptions ("he", "his", "the Russian", "the journalist", listed in
 * {@code rules/lexicon/references.csv}) to the detained person they most likely point back to:
 * the detainee named last before them within a few sentences, else the article's only detainee.
 */
public final class ReferenceResolver {

    private static final int LOOKBACK_SENTENCES = 4;

    private final Set<String> detainees;

    public ReferenceResolver(Set<String> detainees) {
        this.detainees = detainees;
    }

    public List<PersonMention> resolve(AnnotatedArticle article, List<PersonMention> names,
                                       Map<Integer, List<PhraseMatch>> references) {
        List<PersonMention> detaineeNames = names.stream().filter(m -> detainees.contains(m.person()))
                .sorted(Comparator.comparingInt(PersonMention::sentence).thenComparingInt(PersonMention::start))
                .toList();
        String only = onlyDetainee(detaineeNames);
        List<PersonMention> resolved = new ArrayList<>();
        references.forEach((sentence, refs) -> {
            for (PhraseMatch ref : refs) {
                String person = "lead".equals(ref.label()) ? firstAfterIfNoneBefore(detaineeNames, sentence, ref.start())
                        : lastBefore(detaineeNames, sentence, ref.start());
                if (person == null && !"lead".equals(ref.label())) {
                    person = only;
                }
                if (person != null && !overlapsName(names, sentence, ref)) {
                    resolved.add(new PersonMention(article.article().id(), sentence, ref.start(), ref.end(),
                            ref.end() - 1, person, ref.text(), true));
                }
            }
        });
        return resolved;
    }

    /**
     * "A court sentenced an American journalist ... Ann Lee, 32, ...": a news lead
     * describes the person before naming them. Such a description stands for the first detainee
     * named after it, and only while no detainee has been named before it.
     */
    private static String firstAfterIfNoneBefore(List<PersonMention> mentions, int sentence, int token) {
        for (PersonMention m : mentions) {
            boolean before = m.sentence() < sentence || (m.sentence() == sentence && m.start() < token);
            if (before) {
                return null;
            }
            if (m.sentence() - sentence <= LOOKBACK_SENTENCES) {
                return m.person();
            }
        }
        return null;
    }

    private static boolean overlapsName(List<PersonMention> names, int sentence, PhraseMatch ref) {
        return names.stream().anyMatch(n -> n.sentence() == sentence && n.start() < ref.end() && ref.start() < n.end());
    }

    private static String lastBefore(List<PersonMention> mentions, int sentence, int token) {
        PersonMention best = null;
        for (PersonMention m : mentions) {
            boolean before = m.sentence() < sentence || (m.sentence() == sentence && m.start() < token);
            if (before && sentence - m.sentence() <= LOOKBACK_SENTENCES) {
                best = m;
            }
        }
        return best == null ? null : best.person();
    }

    private static String onlyDetainee(List<PersonMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m.person(), 1, Integer::sum));
        return counts.size() == 1 ? counts.keySet().iterator().next() : null;
    }
}
