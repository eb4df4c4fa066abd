package org.dossier.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills an event's slots from the sentence around its trigger: the nearest date, place and
 * term (by dependency distance), the acting subject and the status. A fact with no date of its
 * own that reports a present state ("is being held"), a request or a diplomatic step gets the
 * article's month; a past stay ("spent four months in a jail") stays undated.
 */
public final class SlotFiller {

    private static final int MAX_PLACE_DISTANCE = 5;
    private static final int MAX_DATE_DISTANCE = 4;
    private static final Set<String> DATED_BY_ARTICLE = Set.of("request", "diplomatic", "contact", "conditions");
    private static final Set<String> PLACED = Set.of("custody", "legal", "diplomatic");

    public Slots fill(Event event, SentenceFacts sentence, LocalDate articleDate, Set<PhraseMatch> eventTriggers) {
        List<CueLink> links = sentence.cueLinks().stream().filter(l -> l.match() == event.trigger())
                .filter(l -> !belongsToNestedEvent(l, sentence, eventTriggers))
                .filter(l -> !STATES.contains(event.type()) || !belongsToNearerEvent(l, sentence))
                .filter(l -> !datesTheReport(event, l, sentence)).toList();
        if (event.type().equals("legal")) {
            links = links.stream().filter(l -> !LegalSlots.outsideCourtAct(event, l, sentence)).toList();
        }
        // an illness is a state, not an event: the date beside it is of something else ("the 2011 attack")
        Optional<CueLink> date = servedSentence(event, sentence) || event.type().equals("health")
                || LegalSlots.undated(event, sentence) ? Optional.empty()
                : nearest(links, "date", event.kind().equals("held") ? 2 : MAX_DATE_DISTANCE);
        String dateValue = date.map(CueLink::label).orElseGet(() -> defaultDate(event, sentence, articleDate));
        if (event.kind().equals("held") && dateValue != null && dateValue.length() > 7) {
            dateValue = dateValue.substring(0, 7); // an observation of where someone is: its month
        }
        Boolean approx = date.isPresent() && isApprox(date.get()) ? Boolean.TRUE : null;
        String where = event.type().equals("legal") ? LegalSlots.wherePlace(event, links, sentence) : null;
        String place = where != null ? where
                : PLACED.contains(event.type()) && !servedSentence(event, sentence)
                  && !LegalSlots.restingCharge(event, sentence) ? place(event, links) : null;
        String term = event.kind().equals("sentenced") ? LegalSlots.term(links, sentence, 8) : null;
        return new Slots(place, dateValue, approx, actor(event, sentence), null, term, status(event, links),
                event.trigger().text());
    }

    /**
     * A date or place inside the clause of another event that this event's clause contains
     * belongs to that event ("exchanged for a pilot jailed in the United States": the place is
     * where the pilot was jailed; "detained in 2023 and last month sentenced": the month is the sentence's).
     */
    private static boolean belongsToNestedEvent(CueLink link, SentenceFacts sentence, Set<PhraseMatch> eventTriggers) {
        if (!link.lexicon().equals("place") && !link.lexicon().equals("date") && !link.lexicon().equals("term")) {
            return false;
        }
        PhraseMatch own = link.match();
        return sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue() && o.below()
                && o.match() != own && !overlaps(o.match(), own)
                && (eventTriggers.contains(o.match()) || isCustodyOrCourtVerb(o.match(), sentence))
                && !(releasedFromWhereHeld(own, o.match()))
                && !LegalSlots.restsOnAnotherAct(o.match(), sentence)
                && sentence.cueLinks().stream().anyMatch(n -> n.match() == own && n.cue() == o.match() && n.below()));
    }

    /** Facts that report a state (a regime, how contact stands) rather than a dated event. */
    private static final Set<String> STATES = Set.of("conditions", "contact");

    /**
     * A state takes no date that another event word governs more closely, unless that word
     * brought the state about ("moved him into an isolation cell on Monday"): not when it was
     * said ("being put in solitary confinement, his parents said on Friday"), nor the date of
     * an event beside it ("since his arrest in September we maintain contact").
     */
    private static boolean belongsToNearerEvent(CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("date")) {
            return false;
        }
        PhraseMatch own = link.match();
        return sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue() && o.below()
                && o.distance() < link.distance() && o.match().lexicon().equals("triggers")
                && !overlaps(o.match(), own) && !o.match().label().equals(own.label())
                && (isSaying(o.match()) || !governs(o.match(), own, sentence)));
    }

    private static boolean isSaying(PhraseMatch m) {
        return "statement".equals(m.label2());
    }

    private static boolean governs(PhraseMatch governor, PhraseMatch m, SentenceFacts sentence) {
        return sentence.cueLinks().stream().anyMatch(c -> c.match() == governor && c.cue() == m && c.below());
    }

    /**
     * "He stopped eating, his parents said on Friday": the day on a trailing reporting verb dates
     * the report, not a request or a step told before it (a statement is the report itself).
     */
    private static boolean datesTheReport(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("date") || link.cue().start() < event.trigger().start() || !(event.type().equals("request")
                || event.type().equals("diplomatic") && !event.kind().equals("statement"))) {
            return false;
        }
        return sentence.matches().stream()
                .filter(r -> r.lexicon().equals("cues") && "reporting".equals(r.label()) && !overlaps(r, event.trigger()))
                .anyMatch(r -> sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue()
                        && overlaps(o.match(), r) && o.match().lexicon().equals("triggers")
                        && o.distance() == 1 && o.distance() < link.distance()));
    }

    private static boolean isCustodyOrCourtVerb(PhraseMatch m, SentenceFacts sentence) {
        return m.lexicon().equals("triggers") && (m.label().equals("custody") || m.label().equals("legal"))
                && sentence.syntax().token(m.head()).pos().startsWith("VB");
    }

    /**
     * "X, who was serving his term in Riverton, was released" (or "was visited"): released from,
     * or visited at, where he was held.
     */
    private static boolean releasedFromWhereHeld(PhraseMatch own, PhraseMatch other) {
        return ("released".equals(own.label2()) || "visit".equals(own.label2())) && "held".equals(other.label2());
    }

    private static boolean overlaps(PhraseMatch a, PhraseMatch b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** "serving a nine-year sentence" tells the sentence's length, not when it was passed. */
    private static boolean servedSentence(Event event, SentenceFacts sentence) {
        PhraseMatch t = event.trigger();
        return event.kind().equals("sentenced") && sentence.matches().stream().anyMatch(m -> m != t
                && "held".equals(m.label2()) && m.start() <= t.start() && m.end() >= t.end());
    }

    private static boolean isApprox(CueLink date) {
        return date.cue().label2() != null && date.cue().label2().equals("approx");
    }

    private static Optional<CueLink> nearest(List<CueLink> links, String lexicon, int maxDistance) {
        return links.stream().filter(l -> l.lexicon().equals(lexicon) && l.distance() <= maxDistance)
                .min(Comparator.comparingInt(CueLink::distance)
                        .thenComparingInt(l -> Math.abs(l.cue().start() - l.match().start())));
    }

    /**
     * The nearest place introduced by a preposition that fits the kind: where a move went
     * ("to"), where something happened ("in", "at"); never the side of a deal ("by", "with").
     * Places inside the event's own clause come first. Without a preposition a place is only
     * taken by a court event, whose court is often its subject ("the City Court convicted her").
     */
    private static String place(Event event, List<CueLink> links) {
        Set<String> fitting = MOVES.contains(event.kind()) ? TO : event.kind().equals("released") ? FROM_OR_IN : IN;
        return links.stream().filter(l -> l.lexicon().equals("place") && l.distance() <= MAX_PLACE_DISTANCE)
                .filter(l -> l.cue().label2() != null ? fitting.contains(l.cue().label2()) : event.type().equals("legal"))
                .min(Comparator.comparingInt((CueLink l) -> l.below() ? 0 : 1).thenComparingInt(CueLink::distance))
                .map(CueLink::label).orElse(null);
    }

    private static final Set<String> MOVES = Set.of("transferred", "extradited");
    private static final Set<String> TO = Set.of("to", "into", "in", "at", "on");
    private static final Set<String> IN = Set.of("in", "at", "near", "outside", "on", "of");
    private static final Set<String> FROM_OR_IN = Set.of("from", "in", "at", "of");

    private static String defaultDate(Event event, SentenceFacts sentence, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        boolean current = event.kind().equals("held") ? presentTense(sentence.syntax(), event.trigger())
                : DATED_BY_ARTICLE.contains(event.type()) || LegalSlots.appealInTheLead(event);
        if (!current && LegalSlots.verdictInTheLead(event, sentence)) {
            return String.valueOf(articleDate.getYear()); // the news of the article, at least its year
        }
        return current ? YearMonth.from(articleDate).toString() : null;
    }

    /**
     * "is being held", "is serving", "is now at", or "was serving" up to the news the article
     * reports: the sentence says where someone is (or was until now).
     */
    static boolean presentTense(SentenceSyntax syntax, PhraseMatch trigger) {
        for (int i = trigger.start(); i < trigger.end(); i++) {
            if (!trigger.covers(i)) {
                continue;
            }
            String pos = syntax.token(i).pos();
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG")) {
                return true;
            }
            for (var d : syntax.children(i)) {
                if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
                    String p = syntax.token(d.dependent()).pos();
                    if (p.equals("VBZ") || p.equals("VBP")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String status(Event event, List<CueLink> links) {
        if (event.status() != null) {
            return event.status();
        }
        if (event.type().equals("request")) {
            return "open";
        }
        if (event.type().equals("diplomatic")) {
            return "done";
        }
        return null;
    }

    private static String actor(Event event, SentenceFacts sentence) {
        List<PersonLink> links = sentence.personLinks().stream().filter(l -> l.match() == event.trigger()).toList();
        Optional<String> subject = links.stream().filter(l -> !l.person().equals(event.person()))
                .filter(l -> l.relation().startsWith("nsubj") || l.relation().equals("obl:agent"))
                .map(l -> l.mention().text()).findFirst();
        if (subject.isPresent() || !event.kind().equals("statement")) {
            return subject.orElse(null);
        }
        // a statement's speaker: the detainee speaking, or a name beside its subject ("the ambassador, X, condemned")
        return links.stream().filter(l -> l.person().equals(event.person()) && l.relation().equals("nsubj"))
                .map(l -> l.mention().text()).findFirst()
                .or(() -> links.stream().filter(l -> !l.person().equals(event.person()) && !l.isDetainee() && l.distance() <= 2
                        && l.mention().head() < event.trigger().start()).map(l -> l.mention().text()).findFirst())
                .orElse(null);
    }
}
