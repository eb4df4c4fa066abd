package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.rules.RuleBook;
import org.kie.api.runtime.KieSession;

/**
 * Runs the event rules ({@code rules/extract}) over one article's sentences. The rules insert
 * {@link Event}s, each naming the rule that decided it; rules may also retract events that
 * other rules inserted (a statement that only carries a request, say).
 */
public final class EventFinder {

    private final RuleBook rules;

    public EventFinder(RuleBook rules) {
        this.rules = rules;
    }

    /** The article the sentences come from, as their phrase matches name it, for messages. */
    static String articleOf(List<SentenceFacts> sentences) {
        return sentences.stream().flatMap(s -> s.matches().stream()).map(PhraseMatch::article).findFirst()
                .or(() -> sentences.stream().flatMap(s -> s.mentions().stream()).map(PersonMention::article).findFirst())
                .orElse("(no words the rules know)");
    }

    public List<Event> find(List<SentenceFacts> sentences) {
        KieSession session = rules.newSession();
        try {
            for (SentenceFacts s : sentences) {
                for (Object o : s.all()) {
                    if (rules.matches(o.getClass())) { // a fact no rule can match only costs its insertion
                        session.insert(o);
                    }
                }
            }
            rules.fire(session, "article " + articleOf(sentences));
            // one event per trigger and person, however many mentions led to it
            java.util.Set<Event> distinct = new java.util.LinkedHashSet<>();
            for (Object o : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(Event.class))) {
                distinct.add((Event) o);
            }
            List<Event> events = new ArrayList<>(distinct);
            events.sort(java.util.Comparator.comparingInt((Event e) -> e.trigger().sentence())
                    .thenComparingInt(e -> e.trigger().start()).thenComparing(Event::type)
                    .thenComparing(Event::kind).thenComparing(Event::person)
                    // Ties broken on everything else: getObjects() follows identity hashes, which
                    // change from run to run, and the first of two merged facts gives the detail.
                    .thenComparingInt(e -> e.trigger().end()).thenComparingInt(e -> e.trigger().head())
                    .thenComparing(e -> String.valueOf(e.trigger().label()))
                    .thenComparing(e -> String.valueOf(e.status())).thenComparing(e -> String.valueOf(e.rule())));
            return events;
        } finally {
            session.dispose();
        }
    }
}
