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
        List<CueLink> all = sentence.cueLinks().stream().filter(l -> l.match() == event.trigger())
                .filter(l -> !belongsToNestedEvent(l, sentence, eventTriggers))
                .filter(l -> !(event.type().equals("custody") && belongsToCloserEvent(l, sentence, eventTriggers)))
                .filter(l -> !STATES.contains(event.type()) || !belongsToNearerEvent(l, sentence))
                .filter(l -> !datesTheReport(event, l, sentence))
                .filter(l -> !inAnotherParenthesis(event, l, sentence.syntax()))
                .filter(l -> !(event.kind().equals("statement") && (quotedWithoutTheSaying(event, l, sentence.syntax())
                        || l.lexicon().equals("date") && inWhatIsSaid(event, l, sentence.syntax())))).toList();
        if (event.type().equals("legal")) {
            all = all.stream().filter(l -> !LegalSlots.outsideCourtAct(event, l, sentence)).toList();
        }
        boolean held = event.kind().equals("held");
        // "said on Thursday that she was taken to ...": the day of the saying, not of the move;
        // "has been held in X since 2018": the start of the stay, not the day it is observed
        boolean custody = event.type().equals("custody");
        List<CueLink> links = all.stream().filter(l -> !(custody && isReportDate(l, sentence.syntax())))
                .filter(l -> !datesAnotherNoun(l, sentence.syntax()) && !inBeforeClause(event, l, sentence)
                        // "expelling King, who crossed into the country in July": the crossing's month
                        && !(l.lexicon().equals("date") && inRelativeClauseOfItsOwn(event, l, sentence))
                        // "X, the man who was arrested in Pakistan, had been missing since 2017": the stay's year
                        && !(l.lexicon().equals("date") && outsideTheTriggersRelativeClause(event, l, sentence))
                        && !(l.lexicon().equals("date") && outsideItsParticiple(event, l, sentence.syntax()))
                        && !inClauseAboutTheSubject(event, l, sentence.syntax())
                        && !outsideItsTimeClause(event, l, sentence))
                .filter(l -> !(held && isSinceDate(l, sentence.syntax())
                        && (presentTense(sentence.syntax(), event.trigger()) || heldSinceUntilNow(event, sentence))))
                // "hostage since 2021, was released": a "since" dates a stay, never the move that ends or changes it
                .filter(l -> !(ENDS_OR_MOVES.contains(event.kind()) && isSinceDate(l, sentence.syntax()))).toList();
        // an illness is a state, not an event: the date beside it is of something else ("the 2011 attack")
        boolean undated = servedSentence(event, sentence) || event.type().equals("health")
                || LegalSlots.undated(event, sentence);
        Optional<CueLink> date = undated ? Optional.empty()
                : nearest(links, "date", held && !heldUntilLeaving(event) ? 2 : MAX_DATE_DISTANCE);
        // "has been released, a source said Sunday": news of the day it is told; otherwise its year at least
        boolean news = presentPerfect(sentence.syntax(), event.trigger()) || underWay(sentence.syntax(), event.trigger());
        String reported = undated || held || !custody ? null
                : all.stream().filter(l -> isReportDate(l, sentence.syntax()))
                        .filter(l -> l.distance() <= MAX_DATE_DISTANCE).findFirst()
                        .map(l -> news ? l.label() : l.label().substring(0, Math.min(4, l.label().length()))).orElse(null);
        List<CueLink> dated = all;
        // "Monday marks two years since she was detained": a date told before the count is the other event's
        Optional<String> countedBack = undated || date.isPresent() && date.get().cue().start() >= event.trigger().start()
                ? Optional.empty() : CountedBack.dateOf(event.trigger(), sentence, articleDate);
        String toldDate = countedBack
                .or(() -> date.map(d -> todayOfTheSaying(d, dated, sentence)))
                .orElseGet(() -> reported != null ? reported : defaultDate(event, sentence, articleDate));
        if ((held || event.type().equals("conditions")) && articleDate != null && goesOnSince(sentence.syntax(), event.trigger())) {
            // "and has been in solitary confinement in a Budapest prison ever since": a stay that goes on now
            toldDate = YearMonth.from(articleDate).toString();
        }
        // "on hunger strike for 30 days, his lawyer said on Monday": 30 days before that Monday
        String dateValue = strikeBegan(event, sentence, links, toldDate != null && toldDate.length() == 10 ? LocalDate.parse(toldDate) : articleDate)
                .or(() -> date.isPresent() ? Optional.empty() : CountedBack.stayOverByTheNews(event.trigger(), sentence.syntax(), links, articleDate))
                .orElse(toldDate);
        if (event.kind().equals("held") && dateValue != null && dateValue.length() > 7) {
            dateValue = dateValue.substring(0, 7); // an observation of where someone is: its month
        }
        if (heldUntilLeaving(event) && dateValue != null) {
            dateValue = dateValue.substring(0, 4); // held there up to the move, since some time that year
        }
        if (custody || event.type().equals("legal")) {
            dateValue = notAfter(dateValue, articleDate);
        }
        Boolean approx = date.isPresent() && date.get().isRough() || countedBack.isPresent() ? Boolean.TRUE : null;
        List<CueLink> placeLinks = links.stream().filter(l -> !outsideTheTriggersRelativeClause(event, l, sentence)).toList();
        String where = event.type().equals("legal") || event.type().equals("custody")
                ? LegalSlots.wherePlace(event, placeLinks, sentence) : null; // "into North Korea, where he was detained"
        String place = where != null ? where
                : PLACED.contains(event.type()) && !servedSentence(event, sentence)
                  && !LegalSlots.restingCharge(event, sentence)
                ? place(event, sentence, placeLinks.stream().filter(l -> !exchangePlaceOfPrisons(event, l, sentence.syntax()))
                        .filter(l -> !describesPerson(event, l, sentence) && !inRelativeClauseOfItsOwn(event, l, sentence))
                        .filter(l -> !outsideAnAnchoringNoun(event, l, dated, sentence.syntax()))
                        .filter(l -> !whereTheTellerIs(event, l, sentence))
                        .filter(l -> !inTheReason(event, l, sentence.syntax()))
                        .filter(l -> !endOfAJourneyUnderWay(event, l, sentence.syntax()))
                        .filter(l -> !anotherJourneysEnd(event, l, sentence.syntax())).toList())
                : null;
        String term = event.kind().equals("sentenced") ? LegalSlots.term(ownTerms(event, links, sentence), sentence, 8) : null;
        String with = event.type().equals("contact") ? contactParty(all, sentence.syntax()) : null;
        return new Slots(place, dateValue, approx, actor(event, sentence), with, term, status(event, links),
                event.trigger().text());
    }

    /**
     * "arrested after fleeing to Fiji and being deported": where another verb, neither the move's
     * own word nor one inside its clause, went is that journey's end, not where the move took them.
     */
    private static boolean anotherJourneysEnd(Event event, CueLink link, SentenceSyntax syntax) {
        if (!MOVES.contains(event.kind()) || !"to".equals(link.cue().label2())) {
            return false;
        }
        List<Integer> above = syntax.governingChain(link.cue().head());
        int verb = syntax.nearestVerbAbove(link.cue().head());
        boolean underTheMove = above.stream().anyMatch(event.trigger()::covers); // "his extradition to X"
        return verb >= 0 && !underTheMove && !event.trigger().covers(verb)
                && !syntax.governingChain(verb).contains(event.trigger().head());
    }

    /**
     * "Lin was sentenced to 14 years and Ash 12 years": a length told with a name is that person's;
     * the one told with someone else's name is not this person's.
     */
    private static List<CueLink> ownTerms(Event event, List<CueLink> links, SentenceFacts sentence) {
        java.util.function.Predicate<CueLink> withOwnName = termToldWithTheNameOf(sentence, event.person()::equals);
        java.util.function.Predicate<CueLink> withAnothersName = termToldWithTheNameOf(sentence, p -> !p.equals(event.person()));
        if (links.stream().anyMatch(withOwnName)) {
            return links.stream().filter(l -> !l.lexicon().equals("term") || withOwnName.test(l)).toList();
        }
        return links.stream().filter(withAnothersName.negate()).toList();
    }

    /** A term that hangs below the name of someone {@code whose} accepts. */
    private static java.util.function.Predicate<CueLink> termToldWithTheNameOf(SentenceFacts sentence,
                                                                              java.util.function.Predicate<String> whose) {
        return l -> l.lexicon().equals("term") && sentence.mentions().stream().anyMatch(m -> whose.test(m.person())
                && sentence.syntax().governingChain(l.cue().head()).contains(m.head()));
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
        boolean lengthOfSentence = link.lexicon().equals("term") && "sentenced".equals(own.label2());
        return sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue() && o.below()
                && o.match() != own && !overlaps(o.match(), own)
                // "sentenced to serve 27 years": the years are the sentence's, not the stay's
                && !(lengthOfSentence && "held".equals(o.match().label2()))
                && !describesTheTrigger(o.match(), own, sentence.syntax())
                && (eventTriggers.contains(o.match()) || isCustodyOrCourtVerb(o.match(), sentence))
                && !(releasedFromWhereHeld(own, o.match()))
                && !LegalSlots.restsOnAnotherAct(o.match(), sentence)
                && sentence.cueLinks().stream().anyMatch(n -> n.match() == own && n.cue() == o.match() && n.below()));
    }

    /** "a letter released in August": a participle on the event's own noun tells of that event. */
    private static boolean describesTheTrigger(PhraseMatch other, PhraseMatch own, SentenceSyntax syntax) {
        int governor = syntax.head(other.head());
        return governor >= 0 && own.covers(governor) && syntax.relationToHead(other.head()).startsWith("acl");
    }

    /**
     * "'The sentence imposed yesterday has been nullified,' she said": a date or place inside the
     * quoted words tells of what they speak of, not of the saying outside them.
     */
    private static boolean quotedWithoutTheSaying(Event event, CueLink link, SentenceSyntax syntax) {
        // a lone "'" may be an apostrophe ("the Davises' house"): only double quotes and curly ones
        return setApartWithoutTheEvent(event, link, syntax, w -> QuoteMarks.OPENING.contains(w) && !w.equals("'"),
                w -> QuoteMarks.CLOSING.contains(w) && !w.equals("'"));
    }

    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile(
            "(?i).*\\b(today|tonight|this (morning|afternoon|evening)|(earlier|later) in the day|the same day)\\b.*");

    /**
     * "said that he was taken there on August 9", "a video it said was taken on August 9": a date
     * inside what is said dates that, not the saying (the parser hangs a "said" set inside what was
     * said on that clause's verb).
     */
    private static boolean inWhatIsSaid(Event event, CueLink link, SentenceSyntax syntax) {
        if (link.cue().start() < event.trigger().end() || countedFromTheSaying(link, syntax)) {
            return false; // "On Friday, X disclosed ..., a spokesman said": the report's day
        }
        int verb = event.trigger().head();
        List<Integer> above = syntax.governingChain(link.cue().head());
        if (syntax.relationToHead(verb).startsWith("parataxis") && !above.contains(verb)
                && (above.contains(syntax.head(verb)) || link.cue().head() == syntax.head(verb))) {
            return true;
        }
        return syntax.children(verb).stream().filter(d -> d.relation().startsWith("ccomp"))
                .anyMatch(d -> d.dependent() == link.cue().head() || above.contains(d.dependent()));
    }

    /** "said he arrived earlier in the day": a day counted from the saying is the saying's too. */
    private static boolean countedFromTheSaying(CueLink link, SentenceSyntax syntax) {
        String told = PhraseMatcher.text(syntax.sentence().tokens(), Math.max(0, link.cue().start() - 2), link.cue().end());
        return SAME_DAY.matcher(told).matches();
    }

    /** "Ann Lee (pictured in 2005) was arrested in X": a date or place in brackets the event is not in is an aside. */
    private static boolean inAnotherParenthesis(Event event, CueLink link, SentenceSyntax syntax) {
        return setApartWithoutTheEvent(event, link, syntax, w -> w.equals("(") || w.equals("-LRB-"),
                w -> w.equals(")") || w.equals("-RRB-"));
    }

    /** A date or place inside marks that set words apart (brackets, quotes) that do not hold the event's own words. */
    private static boolean setApartWithoutTheEvent(Event event, CueLink link, SentenceSyntax syntax,
                                                   java.util.function.Predicate<String> opens,
                                                   java.util.function.Predicate<String> closes) {
        if (!link.lexicon().equals("place") && !link.lexicon().equals("date")) {
            return false;
        }
        int open = -1;
        for (int i = 0; i < syntax.size(); i++) {
            String word = syntax.token(i).word();
            if (open >= 0 && closes.test(word)) {
                boolean cueInside = open < link.cue().start() && link.cue().end() <= i;
                boolean eventInside = open < event.trigger().start() && event.trigger().end() <= i;
                if (cueInside && !eventInside) {
                    return true;
                }
                open = -1;
            } else if (opens.test(word)) {
                open = i;
            }
        }
        return false;
    }

    /**
     * "'Today they are free,' the president said on Thursday": the "today" of a quote is the day it
     * was said, when the sentence tells that day.
     */
    private static String todayOfTheSaying(CueLink date, List<CueLink> links, SentenceFacts sentence) {
        if (!date.cue().text().equalsIgnoreCase("today")) {
            return date.label();
        }
        return links.stream().filter(l -> l != date && isReportDate(l, sentence.syntax()) && l.label().length() == 10)
                .map(CueLink::label).findFirst().orElse(date.label());
    }

    private static final Set<String> ENDS_OR_MOVES = Set.of("released", "exchanged", "transferred", "extradited");

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
        // "'We expect X to free him,' the minister said on Tuesday": a demand in the speaker's own words is made as it is said
        if (event.type().equals("request") && QuoteMarks.inside(sentence.syntax(), event.trigger().start())
                && !QuoteMarks.inside(sentence.syntax(), link.cue().start())) {
            return false;
        }
        return sentence.matches().stream()
                .filter(r -> r.lexicon().equals("cues") && "reporting".equals(r.label()) && !overlaps(r, event.trigger()))
                .anyMatch(r -> sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue()
                        && overlaps(o.match(), r) && o.match().lexicon().equals("triggers")
                        && o.distance() == 1 && o.distance() < link.distance()));
    }

    /**
     * A date or place that another event's clause holds and that is nearer to that event than to
     * this one belongs to it ("was arrested and has since been held at X": X is where he is
     * held; "sentenced earlier this month after she was arrested": the month is the sentence's).
     * A stay keeps the place of the arrest told with it ("arrested in X and is still held").
     */
    private static boolean belongsToCloserEvent(CueLink link, SentenceFacts sentence, Set<PhraseMatch> eventTriggers) {
        if (!link.lexicon().equals("place") && !link.lexicon().equals("date")) {
            return false;
        }
        PhraseMatch own = link.match();
        if ("held".equals(own.label2()) && link.lexicon().equals("place")) {
            return false; // "arrested in X and is still held": held where arrested
        }
        // "detained on July 5 and taken to X": two verbs joined by "and" share what is said of both,
        // except where a stay is (the place of "and has since been held at X")
        // "detained in X since last November, has been sentenced": a "since" dates a stay, never a verdict
        boolean since = isSinceDate(link, sentence.syntax());
        return sentence.cueLinks().stream().anyMatch(o -> o.cue() == link.cue() && o.below()
                && !(since && !"custody".equals(o.match().label()))
                && o.match() != own && !overlaps(o.match(), own) && o.distance() < link.distance()
                && ("held".equals(o.match().label2()) ? !releasedFromWhereHeld(own, o.match())
                        : !link.below() && (!joined(sentence.syntax(), own, o.match()) || stayToldNow(own, sentence)))
                && eventTriggers.contains(o.match()));
    }

    /** "was arrested in May and has remained in custody since": the stay goes on now, the date is the arrest's. */
    private static boolean stayToldNow(PhraseMatch own, SentenceFacts sentence) {
        return "held".equals(own.label2()) && presentTense(sentence.syntax(), own);
    }

    private static boolean joined(SentenceSyntax syntax, PhraseMatch a, PhraseMatch b) {
        return syntax.children(a.head()).stream().anyMatch(d -> d.relation().startsWith("conj") && b.covers(d.dependent()))
                || syntax.children(b.head()).stream().anyMatch(d -> d.relation().startsWith("conj") && a.covers(d.dependent()));
    }

    /** A date of the saying: it hangs on a verb of speech ("the embassy said on Tuesday"). */
    private static boolean isReportDate(CueLink link, SentenceSyntax syntax) {
        if (!link.lexicon().equals("date") || isSinceDate(link, syntax)) {
            return false; // "in custody since April 2, his family said": no saying lasts since a date
        }
        int governor = syntax.head(link.cue().head());
        // "according to a 2020 report": the year the report came out, not the day of the telling
        return governor >= 0 && !link.match().covers(governor)
                && SpeechVerbs.says(syntax.token(governor)) && !datesAnotherNoun(link, syntax);
    }

    /**
     * "detained since a Feb 1 coup", "after the 2011 attack": a date inside another noun's phrase
     * says when that thing happened, not the event.
     */
    private static boolean datesAnotherNoun(CueLink link, SentenceSyntax syntax) {
        if (!link.lexicon().equals("date")) {
            return false;
        }
        int head = link.cue().head();
        String relation = syntax.relationToHead(head);
        int governor = syntax.head(head);
        String governorTag = governor >= 0 ? syntax.token(governor).ner() : "";
        if (governorTag.equals("TIME") || governorTag.equals("DATE")) {
            return false; // "on Friday afternoon", "Monday night": still the date, with its time of day
        }
        return governor >= 0 && !link.match().covers(governor) && syntax.token(governor).pos().startsWith("NN")
                && (relation.equals("compound") || relation.equals("amod") || relation.equals("nummod")
                    || relation.equals("nmod:poss")) // "candidates for November's election"
                && !(link.cue().start() <= governor && governor < link.cue().end());
    }

    /**
     * "His arrest came before the two countries signed an agreement in 2015": the date of what
     * came after the event, told in a clause of its own, is no date of the event.
     */
    private static boolean inBeforeClause(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("date")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        for (int g : syntax.governingChain(link.cue().head())) {
            if (event.trigger().covers(g)) {
                return false;
            }
            if (syntax.relationToHead(g).startsWith("advcl")
                    && syntax.children(g, "mark").stream().anyMatch(m -> syntax.token(m).lemma().equalsIgnoreCase("before"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The trial opened on Thursday, two years after he was detained": an event told in an
     * "after" or "before" clause that says how long before or after happened at another time than
     * the clause it hangs on, whose date is no date of it.
     */
    private static boolean outsideItsTimeClause(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("date")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        List<Integer> chain = new java.util.ArrayList<>(syntax.governingChain(event.trigger().head()));
        chain.add(0, event.trigger().head());
        List<Integer> dateChain = syntax.governingChain(link.cue().head());
        for (int clause : chain) {
            if (clause == link.cue().head() || dateChain.contains(clause)) {
                return false; // the date is inside the event's own clause
            }
            String relation = syntax.relationToHead(clause);
            if ((relation.startsWith("advcl") || relation.equals("dep")) && syntax.children(clause, "mark").stream()
                    .map(m -> syntax.token(m).lemma().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(w -> w.equals("after") || w.equals("before"))) {
                return measuredGap(syntax, clause);
            }
        }
        return false;
    }

    /** "two years after", "months before": the clause says how far apart the two times are. */
    private static boolean measuredGap(SentenceSyntax syntax, int clause) {
        List<Integer> near = new java.util.ArrayList<>();
        for (var d : syntax.children(clause)) {
            near.add(d.dependent());
            syntax.children(d.dependent()).forEach(c -> near.add(c.dependent()));
        }
        return near.stream().anyMatch(t -> "DURATION".equals(syntax.token(t).ner()));
    }

    /** "since December 2018": when a stay began. */
    private static boolean isSinceDate(CueLink link, SentenceSyntax syntax) {
        int before = link.cue().start() - 1;
        return link.lexicon().equals("date") && before >= 0
                && syntax.token(before).word().equalsIgnoreCase("since") && !toldInItsWhenClause(link, syntax);
    }

    /** "held since 2014, when he was kidnapped and flown to X": the "when" clause tells what happened then. */
    private static boolean toldInItsWhenClause(CueLink link, SentenceSyntax syntax) {
        int date = link.cue().head();
        return syntax.children(date, "acl:relcl").stream().anyMatch(link.match()::covers);
    }

    private static boolean isCustodyOrCourtVerb(PhraseMatch m, SentenceFacts sentence) {
        // "arrested as he arrived at the airport": arriving is a move only into a prison, which the rules decide
        return m.lexicon().equals("triggers") && (m.label().equals("custody") || m.label().equals("legal"))
                && !m.text().toLowerCase(java.util.Locale.ROOT).startsWith("arriv")
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
        // "in November he was jailed for 12 years": a jailing is the sentencing, dated by its own words
        boolean jailing = t.text().matches("(?i)(jail|imprison|incarcerat)\\w*");
        return event.kind().equals("sentenced") && (("held".equals(t.label2()) && !jailing) || sentence.matches().stream().anyMatch(m -> m != t
                && "held".equals(m.label2()) && m.start() <= t.start() && m.end() >= t.end()));
    }

    private static Optional<CueLink> nearest(List<CueLink> links, String lexicon, int maxDistance) {
        return links.stream().filter(l -> l.lexicon().equals(lexicon) && l.distance() <= maxDistance)
                .min(Comparator.comparingInt(CueLink::distance)
                        // as near, one the event's own words govern ("reduced on appeal in 2022")
                        .thenComparingInt(l -> l.below() ? 0 : 1)
                        .thenComparingInt(l -> Math.abs(l.cue().start() - l.match().start())));
    }

    /**
     * The nearest place introduced by a preposition that fits the kind: where a move went
     * ("to"), where something happened ("in", "at"); never the side of a deal ("by", "with").
     * Places inside the event's own clause come first. Without a preposition a place is only
     * taken by a court event, whose court is often its subject ("the City Court convicted her").
     */
    private static String place(Event event, SentenceFacts sentence, List<CueLink> links) {
        SentenceSyntax syntax = sentence.syntax();
        boolean move = MOVES.contains(event.kind());
        boolean journeyTold = move || heldUntilLeaving(event);
        Set<String> fitting = heldUntilLeaving(event) ? FROM : move ? TO
                : event.kind().equals("released") || toldFromInside(event, syntax) ? FROM_OR_IN
                : event.kind().equals("arrested") ? SEIZED_IN_OR_FROM : IN;
        // a move's destination is what "to" names ("taken from the prison in X to Y": Y)
        List<CueLink> fits = links.stream().filter(l -> l.lexicon().equals("place") && l.distance() <= MAX_PLACE_DISTANCE)
                .filter(l -> l.cue().label2() != null && possessive(l) && ownsAPlaceTheEventFits(l, syntax, fitting)
                        || (l.cue().label2() != null && !possessive(l) ? fitting.contains(l.cue().label2()) || !journeyTold && journeyEnd(l, links)
                        || move && inAPlaceMovedTo(l, syntax)
                        || arrivedAt(event, l, syntax)
                        // "arrested by Iranian authorities": the state that holds them
                        || HELD_BY_A_STATE.contains(event.kind()) && l.cue().label2().equals("by") && actingState(event, l, syntax)
                        // "found guilty by the Intermediate People's Court of Dandong": the court that acts
                        || event.type().equals("legal") && l.cue().label2().equals("by")
                        // "the City Court convicted her", "the U.S. wants her to face charges"; not "Ottawa is concerned about a man sentenced"
                        : event.type().equals("legal") && (l.below() || org.dossier.facts.CountryNames.isCountry(l.label())
                                || subjectOfTheVerbJoinedToTrigger(event, l, syntax))
                        // "Iranian authorities have released him", "China detained two Canadians": the state that holds them
                        || HELD_BY_A_STATE.contains(event.kind()) && l.below() && actingState(event, l, syntax)
                        // "A Lisbon court has released him": the court's town, where it sits; "A Lima court
                        // prolonged his arrest": one kept in custody by a court is held in its town
                        || (HELD_BY_A_STATE.contains(event.kind()) || event.kind().equals("held")) && l.below()
                           && actingCourt(event, l, syntax)
                        // "arrested as he entered the port city of X"
                        || l.cue().label2() == null && arrivedAt(event, l, syntax)))
                .filter(l -> !nationalityOfSomeone(l, syntax) && !nationalityOfTheOneItHappensTo(event, l, sentence))
                .filter(l -> journeyTold || !journeyStart(l, links) && !cameFrom(event, l, syntax))
                .filter(l -> !placeOfAnotherVerbJoined(event, l, syntax, links))
                .sorted(Comparator.comparingInt((CueLink l) -> move && !destination(l, syntax) ? 1 : 0)
                        // the state that acts only when nothing says where ("detained by Russian soldiers in X": X)
                        .thenComparingInt((CueLink l) -> actingState(event, l, syntax) ? 1 : 0)
                        .thenComparingInt((CueLink l) -> l.below() ? 0 : 1).thenComparingInt(CueLink::distance)
                        // as near, a place told after the event is its own; one before may describe the person
                        .thenComparingInt((CueLink l) -> l.before() ? 1 : 0))
                .toList();
        return fits.isEmpty() ? null : withinCountry(move ? lastStopFirst(fits, syntax) : fits, journeyTold);
    }

    private static boolean destination(CueLink place, SentenceSyntax syntax) {
        return DESTINATION.contains(place.cue().label2()) || inAPlaceMovedTo(place, syntax);
    }

    /** "taken to a detention centre in Basile": the town of the place a move went to is where it went. */
    private static boolean inAPlaceMovedTo(CueLink place, SentenceSyntax syntax) {
        int noun = syntax.head(place.cue().head());
        return "in".equals(place.cue().label2()) && noun >= 0 && syntax.children(noun, "case").stream()
                .anyMatch(c -> DESTINATION.contains(syntax.token(c).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "transported from A to B to C, then down to a centre in D": of the stops a move names after
     * its word, the journey ends at the last.
     */
    private static List<CueLink> lastStopFirst(List<CueLink> fits, SentenceSyntax syntax) {
        // stops hang under the move's own word: "taken to X ... arrangements made for her to return to Y" ends at X
        List<CueLink> stops = fits.stream().filter(l -> destination(l, syntax) && !l.before() && l.below()).toList();
        if (stops.size() < 2) {
            return fits;
        }
        CueLink last = stops.stream().max(Comparator.comparingInt((CueLink l) -> l.cue().start())).orElseThrow();
        List<CueLink> ordered = new java.util.ArrayList<>(List.of(last));
        fits.stream().filter(l -> l != last).forEach(ordered::add);
        return ordered;
    }

    /**
     * "arrested in the city of X in western Y", "sentenced to prison in Y, a court in X said": the
     * country is nearer the verb, but the city is the more specific place told of the same event
     * (GUIDELINES rule 8), so both are given.
     */
    private static String withinCountry(List<CueLink> fits, boolean journey) {
        CueLink first = fits.get(0);
        String best = first.label();
        if (!org.dossier.facts.CountryNames.isCountry(best)) {
            return best;
        }
        // a journey's end told the same way ("to X in Y"), not "extradited to Y from X"
        return fits.stream().filter(l -> !journey || java.util.Objects.equals(l.cue().label2(), first.cue().label2()))
                .map(CueLink::label).filter(p -> !org.dossier.facts.CountryNames.isCountry(p) && liesIn(p, best))
                .findFirst()
                .map(p -> p + ", " + best).orElse(best);
    }

    /** "Kabul, Afghanistan" lies in no other country than Afghanistan; a place of no known country may lie in any. */
    private static boolean liesIn(String place, String country) {
        String its = org.dossier.facts.CountryNames.countryIn(place);
        return its == null || its.equals(org.dossier.facts.CountryNames.countryIn(country));
    }

    /**
     * "held in Peru's maximum-security prison", "moved to Russia's prison camp": a place
     * named as the owner of a noun that the fitting word opens is where the event happened.
     */
    private static boolean ownsAPlaceTheEventFits(CueLink place, SentenceSyntax syntax, Set<String> fitting) {
        int owner = place.cue().end() - 1;
        int noun = syntax.head(owner);
        if (noun < 0 || !syntax.relationToHead(owner).equals("nmod:poss")) {
            return false;
        }
        // "Lima's Lurigancho prison": the prison's own name is the place
        boolean named = java.util.stream.IntStream.range(owner + 1, noun + 1).anyMatch(i -> syntax.token(i).pos().startsWith("NNP"));
        return !named && syntax.children(noun, "case").stream()
                .anyMatch(c -> fitting.contains(syntax.token(c).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** "Qatar's Court of Appeal": a place told as the owner of what it names, no preposition. */
    private static boolean possessive(CueLink place) {
        String marker = place.cue().label2();
        return marker.equals("'s") || marker.equals("\u2019s") || marker.equals("'");
    }

    /**
     * "arrested after entering the country from Kenya", "originally from Perth, ... were abducted":
     * where someone came from, said with "from" through another word, is no place of the arrest
     * ("seized from his home" is the arrest's own word).
     */
    private static boolean cameFrom(Event event, CueLink place, SentenceSyntax syntax) {
        int start = place.cue().start();
        boolean saidFrom = start > 0 && syntax.token(start - 1).word().equalsIgnoreCase("from")
                || start > 1 && syntax.token(start - 2).word().equalsIgnoreCase("from");
        return event.kind().equals("arrested") && saidFrom && place.distance() > 1;
    }

    /**
     * "arrested after a flight from X to Y": a journey told beside an event that is no move; it
     * happened where the journey ended, not where it began.
     */
    private static boolean journeyStart(CueLink from, List<CueLink> links) {
        return from.cue().label2() != null && FROM.contains(from.cue().label2()) && links.stream().anyMatch(to -> isJourney(from, to));
    }

    /**
     * "China detained two Canadians", "Iranian authorities released him", "was freed by Iran": the
     * state is the one that acts; not a place that only describes someone ("his U.S.-based advocates").
     */
    private static boolean actingState(Event event, CueLink state, SentenceSyntax syntax) {
        int token = actorThePlaceNames(event, state, syntax);
        return token >= 0 && org.dossier.facts.CountryNames.isCountry(state.label())
                && !ARMED.contains(syntax.token(token).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** A place naming the court that acts in the event ("A Lisbon court freed her"). */
    private static boolean actingCourt(Event event, CueLink place, SentenceSyntax syntax) {
        int token = actorThePlaceNames(event, place, syntax);
        return token >= 0 && token != place.cue().head() && syntax.token(token).lemma().equalsIgnoreCase("court");
    }

    /**
     * The place, or the noun it describes ("Iranian authorities", "a Lisbon court"), as the one who
     * does the event's verb (its subject, or "by" it in a passive); -1 if it is not.
     */
    private static int actorThePlaceNames(Event event, CueLink place, SentenceSyntax syntax) {
        int token = nounOfThePlace(syntax, place.cue().head());
        if (token < 0 || !event.trigger().covers(syntax.head(token))) {
            return -1;
        }
        String relation = syntax.relationToHead(token);
        return relation.startsWith("nsubj") && !relation.contains(":pass") || relation.equals("obl:agent") ? token : -1;
    }

    /**
     * "a dual U.S. and Egyptian citizen", "a U.S. national": a country told before a word for
     * someone's citizenship says what they are, not where anything happened.
     */
    private static boolean nationalityOfSomeone(CueLink place, SentenceSyntax syntax) {
        int end = place.cue().end();
        for (int i = end; i < Math.min(syntax.size(), end + 3); i++) {
            String word = syntax.token(i).word().toLowerCase(java.util.Locale.ROOT);
            if (CITIZENSHIP.contains(word)) {
                return true;
            }
            if (!syntax.token(i).pos().matches("JJ|CC|NNP|HYPH")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CITIZENSHIP = Set.of("citizen", "citizens", "national", "nationals", "passport", "passports");

    /**
     * "convicted a retired Norwegian border guard who was charged with spying": the nationality of
     * the one convicted or charged is no place of the court.
     */
    private static boolean nationalityOfTheOneItHappensTo(Event event, CueLink place, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        int word = place.cue().end() - 1; // the people's adjective ("Norwegian"), whatever noun it places
        int noun = syntax.head(word);
        return noun >= 0 && syntax.relationToHead(word).equals("amod") && syntax.token(noun).pos().startsWith("NN")
                && sentence.mentions().stream().anyMatch(m -> m.person().equals(event.person())
                        // "a retired Norwegian border guard", "her Italian ex-boyfriend Ann Lee"
                        && (m.head() == noun || syntax.head(noun) == m.head() && syntax.relationToHead(noun).equals("compound")));
    }

    /**
     * "The Court of Appeal overturned the verdict and sentenced him", "The City Court handed down the
     * sentence after finding him guilty": the court is the subject of the verb the court word is
     * joined to by "and" or hung on by a clause of time, so it acts in both.
     */
    private static boolean subjectOfTheVerbJoinedToTrigger(Event event, CueLink place, SentenceSyntax syntax) {
        int verb = verbTheTriggerJoins(syntax, event.trigger().head());
        int token = nounOfThePlace(syntax, place.cue().head());
        return verb >= 0 && token >= 0 && syntax.head(token) == verb && syntax.relationToHead(token).equals("nsubj");
    }

    /** The verb a court word is joined to ("and sentenced him") or hangs on ("after finding him guilty"), or -1. */
    private static int verbTheTriggerJoins(SentenceSyntax syntax, int trigger) {
        String relation = syntax.relationToHead(trigger);
        if (relation.startsWith("conj")) {
            return syntax.head(trigger);
        }
        if (relation.startsWith("advcl")) { // "handed down the sentence after it found him guilty"
            boolean ofTime = syntax.children(trigger, "mark").stream()
                    .anyMatch(m -> ParseGraph.TIME_WORDS.contains(syntax.token(m).word().toLowerCase(java.util.Locale.ROOT)));
            return ofTime ? syntax.head(trigger) : -1;
        }
        int up = syntax.head(trigger);
        // "after finding him guilty", which the parser hangs on "after" and "after" on the verb
        return relation.equals("dep") && up >= 0 && ParseGraph.TIME_WORDS.contains(syntax.token(up).word().toLowerCase(java.util.Locale.ROOT))
                ? syntax.head(up) : -1;
    }


    /**
     * "was freed on Friday and then boarded a flight in San Diego": a place of a verb joined to the
     * event's own that tells of something else is where that happened; a verb that is itself a
     * custody or court word ("arrested and detained in Shanghai") shares its place.
     */
    private static boolean placeOfAnotherVerbJoined(Event event, CueLink place, SentenceSyntax syntax, List<CueLink> links) {
        int trigger = event.trigger().head();
        int verb = syntax.nearestVerbAbove(place.cue().head());
        if (verb < 0 || event.trigger().covers(verb) || syntax.head(verb) != trigger) {
            return false;
        }
        if (syntax.relationToHead(verb).startsWith("advcl")) {
            // "freed the day after the minister met the president in Ankara": where the talks were held
            // (a subject of its own: "arrested while visiting X" shares the detainee as subject)
            return syntax.children(verb, "nsubj").stream().anyMatch(subject -> subject > trigger)
                    && links.stream().anyMatch(l -> l.lexicon().equals("triggers") && l.label().equals("diplomatic")
                    && l.cue().start() <= verb && verb < l.cue().end());
        }
        if (!syntax.relationToHead(verb).startsWith("conj")) {
            return false;
        }
        return links.stream().noneMatch(l -> l.lexicon().equals("triggers") && l.cue().start() <= verb && verb < l.cue().end());
    }

    /** The noun a place describes ("Iranian authorities", "Iran's court"), or the place itself. */
    private static int nounOfThePlace(SentenceSyntax syntax, int place) {
        String relation = syntax.relationToHead(place);
        boolean describes = relation.equals("amod") || relation.equals("compound") || relation.startsWith("nmod:poss");
        return describes ? syntax.head(place) : place;
    }

    /** "detained by Russian soldiers" in a war: an army holds people where it fights, not at home. */
    private static final Set<String> ARMED = Set.of("soldier", "force", "troop", "army", "military", "militant",
            "fighter", "rebel", "militia");

    private static final Set<String> ARRIVALS = Set.of("return", "travel", "arrive", "come", "fly", "go", "land", "enter", "cross");
    /** Journeys whose end is their object, no preposition ("entered Iran", "crossed the border"). */
    private static final Set<String> REACHED_DIRECTLY = Set.of("enter", "cross");
    private static final Set<String> ON_ARRIVAL = Set.of("when", "as", "after", "upon", "once", "while");

    /**
     * "detained when he returned to X", "arrested after flying into X", "flew to X and was
     * arrested": an arrest on arrival happened where the journey ended; not one before it ("before
     * he could return to X").
     */
    private static boolean arrivedAt(Event event, CueLink to, SentenceSyntax syntax) {
        if (!event.kind().equals("arrested")) {
            return false;
        }
        // the verb of the journey, above "the city of X" if the place is named so
        int verb = syntax.nearestVerbAbove(to.cue().head());
        String journey = verb < 0 ? "" : syntax.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        // "returned to X", or "entered the port city of X": where the journey ended
        String preposition = to.cue().label2();
        boolean destination = preposition == null ? REACHED_DIRECTLY.contains(journey) : DESTINATION.contains(preposition);
        if (!destination || !ARRIVALS.contains(journey)) {
            return false;
        }
        // "flew to X to see his girlfriend and was arrested in May": arrested after the journey told first
        if (syntax.head(event.trigger().head()) == verb && syntax.relationToHead(event.trigger().head()).startsWith("conj")
                && verb < event.trigger().start()) {
            return true;
        }
        if (syntax.head(verb) != event.trigger().head() || !syntax.relationToHead(verb).startsWith("advcl")) {
            return false;
        }
        List<Integer> marks = new java.util.ArrayList<>(syntax.children(verb, "mark"));
        marks.addAll(syntax.children(verb, "advmod").stream().filter(m -> syntax.token(m).word().equalsIgnoreCase("when")).toList());
        return !marks.isEmpty() && marks.stream().allMatch(m -> ON_ARRIVAL.contains(syntax.token(m).word().toLowerCase(java.util.Locale.ROOT)))
                && syntax.children(verb, "aux").isEmpty();
    }

    private static boolean journeyEnd(CueLink to, List<CueLink> links) {
        return links.stream().anyMatch(from -> isJourney(from, to));
    }

    private static boolean isJourney(CueLink from, CueLink to) {
        return from.lexicon().equals("place") && to.lexicon().equals("place") && from.cue().label2() != null
                && to.cue().label2() != null && FROM.contains(from.cue().label2()) && DESTINATION.contains(to.cue().label2()) && to.cue().start() > from.cue().end()
                && to.cue().start() - from.cue().end() <= 1;
    }

    /**
     * "X, who was sentenced to 27 years in a US prison, is a victim of the attack in Morocco", "a
     * teacher who was convicted in his home country was arrested in Peru": the
     * event told in a relative clause about a person happened at a place (and on a date) inside
     * that clause, not one the rest of the sentence names.
     */
    private static boolean outsideTheTriggersRelativeClause(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("place") && !link.lexicon().equals("date")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        List<Integer> up = new java.util.ArrayList<>(List.of(event.trigger().head()));
        up.addAll(syntax.governingChain(event.trigger().head()));
        int clause = up.stream().filter(g -> syntax.relationToHead(g).equals("acl:relcl")).findFirst().orElse(-1);
        if (clause < 0 || syntax.head(clause) < 0 || !"PERSON".equals(syntax.token(syntax.head(clause)).ner())
                && !PersonNouns.isPersonNoun(syntax.token(syntax.head(clause)))) {
            return false; // only a clause about a person ("X, who", "a teacher who"): "the court where she was sentenced" is the court's
        }
        int place = link.cue().head();
        // "the colony where he is held": the place the clause describes is where it happens
        return place != clause && place != syntax.head(clause) && !syntax.governingChain(place).contains(clause);
    }

    /**
     * "Mexico, where the death penalty was abolished in 2005, has asked ...": a date in a clause
     * that describes the one who acts tells of them, not of the act.
     */
    private static boolean inClauseAboutTheSubject(Event event, CueLink link, SentenceSyntax syntax) {
        if (!link.lexicon().equals("date")) {
            return false;
        }
        for (int g : syntax.governingChain(link.cue().head())) {
            if (event.trigger().covers(g)) {
                return false;
            }
            if (syntax.relationToHead(g).equals("acl:relcl")) {
                int noun = syntax.head(g);
                return noun >= 0 && syntax.relationToHead(noun).startsWith("nsubj") && event.trigger().covers(syntax.head(noun));
            }
        }
        return false;
    }

    private static final Set<String> DESCRIBING = Set.of("acl", "amod");

    /**
     * "The court on Wednesday freed a woman convicted of kidnapping": a verdict or move told by a
     * participle that describes a noun is what was true of someone before; only a date in its own
     * words dates it.
     */
    private static boolean outsideItsParticiple(Event event, CueLink link, SentenceSyntax syntax) {
        int participle = event.trigger().head();
        boolean verdictOrMove = event.type().equals("legal") || event.type().equals("custody");
        if (!verdictOrMove || !syntax.token(participle).pos().equals("VBN") || !DESCRIBING.contains(syntax.relationToHead(participle))) {
            return false;
        }
        return !syntax.governingChain(link.cue().head()).contains(participle);
    }

    /**
     * "said his mother, who lives in X": a place (or a date) in a relative clause with no event
     * word of its own tells about someone, not where (or when) the event happened.
     */
    private static boolean inRelativeClauseOfItsOwn(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("place") && !link.lexicon().equals("date")) {
            return false;
        }
        for (int g : sentence.syntax().governingChain(link.cue().head())) {
            int token = g;
            if (event.trigger().covers(g) || sentence.matches().stream().anyMatch(m -> m.lexicon().equals("triggers") && m.covers(token))) {
                return false;
            }
            if (sentence.syntax().relationToHead(g).equals("acl:relcl")) {
                // a date only when the clause tells of a named person ("King, who crossed in July"),
                // not of those who carry the event on ("officers, who put her on a plane on Friday")
                // (a request or remark is never carried on by such a clause: "the family of a man
                // who has been held since March said they want to ask ...")
                int described = sentence.syntax().head(g);
                return link.lexicon().equals("place") || !event.type().equals("custody")
                        || described >= 0 && "PERSON".equals(sentence.syntax().token(described).ner());
            }
        }
        return false;
    }

    /**
     * "After his release on Tuesday, he was flown to the embassy in Nairobi": an event named only to
     * date the rest ("after his release", "since his arrest") is placed by its own words alone.
     */
    private static boolean outsideAnAnchoringNoun(Event event, CueLink link, List<CueLink> links, SentenceSyntax syntax) {
        boolean noun = syntax.token(event.trigger().head()).pos().startsWith("NN");
        boolean anchoring = noun && links.stream().anyMatch(l -> l.lexicon().equals("cues") && "anchor".equals(l.label())
                && l.distance() <= 1 && l.cue().start() < event.trigger().start());
        return anchoring && link.lexicon().equals("place") && link.distance() > 1;
    }

    /**
     * "X, born in 1991 and residing in Los Angeles, had been serving ...": a place in a clause
     * that describes the person, reached through the person before the trigger, is no place of the event;
     * nor is a place set right on the name ("Ann Lee of Leeds", "Ann Lee, north London").
     */
    private static boolean describesPerson(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("place")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        int described = syntax.head(link.cue().head());
        String relation = syntax.relationToHead(link.cue().head());
        if (described >= 0 && (relation.equals("nmod:of") || relation.equals("nmod:from") || relation.equals("appos"))
                && "PERSON".equals(syntax.token(described).ner())) {
            return true; // "Ann Lee of Leeds was sentenced": where she lives
        }
        if (described >= 0 && (relation.equals("nmod:of") || relation.equals("nmod:from"))
                && PersonNouns.isPerson(syntax.token(described).lemma()) && syntax.relationToHead(described).equals("appos")
                && syntax.head(described) >= 0 && (sentence.personLinks().stream().anyMatch(p -> p.mention().head() == syntax.head(described))
                        || "PERSON".equals(syntax.token(syntax.head(described)).ner()))) {
            return true; // "Ann Lee, a resident of Leeds, was accused": where she lives
        }
        if (described >= 0 && WHERE_SOMEONE_IS.contains(relation) && isTheTeller(described, sentence)
                && !syntax.governingChain(event.trigger().head()).contains(link.cue().head())) { // "the prison, where he was held"
            return true; // "why he was convicted, but an official in the prison told AFP": where the teller is
        }
        if (!event.type().equals("custody")) {
            return false;
        }
        if ("from".equals(link.cue().label2()) && described >= 0 && syntax.relationToHead(described).equals("appos")
                && "PERSON".equals(syntax.token(syntax.head(described)).ner())) {
            return true; // "Ann Lee, a teacher from Y, and Tom Ash were arrested": where she comes from
        }
        Set<Integer> heads = new java.util.HashSet<>();
        sentence.personLinks().stream().filter(p -> p.match() == event.trigger() && p.person().equals(event.person()))
                .forEach(p -> heads.add(p.mention().head()));
        boolean throughVerb = false;
        for (int g : sentence.syntax().governingChain(link.cue().head())) {
            int token = g;
            if (event.trigger().covers(g) || sentence.matches().stream().anyMatch(m -> m.lexicon().equals("triggers")
                    && "custody".equals(m.label()) && m.covers(token))) {
                return false; // "X, who was arrested in Y and is still held": a custody clause about the person
            }
            if (heads.contains(g)) {
                // "X in prison in Y" says where X is; "X, residing in Y" what X is; "the teacher from Y" where X comes from
                // "the teacher from Y", "Ann Lee, a teacher from Y": where the person comes from
                return throughVerb || "from".equals(link.cue().label2())
                        && (described == g || syntax.children(g, "appos").contains(described));
            }
            throughVerb |= sentence.syntax().token(g).pos().startsWith("VB");
        }
        return false;
    }

    private static final Set<String> WHERE_SOMEONE_IS = Set.of("nmod:in", "nmod:at", "nmod:of", "nmod:from");

    /** A noun for someone who tells the news ("an official in the prison told AFP", "a spokesman in Moscow said"). */
    private static boolean isTheTeller(int noun, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        org.dossier.nlp.Token t = syntax.token(noun);
        int verb = syntax.head(noun);
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && PersonNouns.isPerson(t.lemma())
                && syntax.relationToHead(noun).equals("nsubj") && verb >= 0 && SpeechVerbs.reports(syntax.token(verb));
    }

    /**
     * Where the story is told from, not where the event happened: a dateline ("DUBAI: A court ...",
     * "Moscow — ...") or the place of whoever says it ("he said by phone from the United States").
     */
    private static boolean whereTheTellerIs(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("place")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        int end = link.cue().end();
        if (link.cue().start() == 0 && end < syntax.size() && DATELINE_MARKS.contains(syntax.token(end).word())) {
            return true;
        }
        // the place hangs from a reporting verb of cues.csv ("said ... from X"), not from the event's word
        int governor = syntax.head(link.cue().head());
        return governor >= 0 && !event.trigger().covers(governor) && sentence.matches().stream()
                .anyMatch(m -> m.lexicon().equals("cues") && "reporting".equals(m.getMeaning()) && m.covers(governor));
    }

    /**
     * "arrested at a checkpoint whilst travelling from Caracas to X": where a journey under way
     * started or was going is not where the event on the way happened.
     */
    private static boolean endOfAJourneyUnderWay(Event event, CueLink link, SentenceSyntax syntax) {
        if (!link.lexicon().equals("place") || !("to".equals(link.cue().label2()) || "from".equals(link.cue().label2()))) {
            return false;
        }
        int verb = syntax.head(link.cue().head());
        return verb >= 0 && !event.trigger().covers(verb) && syntax.token(verb).pos().equals("VBG")
                && syntax.relationToHead(verb).startsWith("advcl") && event.trigger().covers(syntax.head(verb));
    }

    private static final Set<String> REASONS = Set.of("obl:for", "nmod:for", "obl:over", "nmod:over", "advcl:because");

    /**
     * "sentenced in Stockholm for his role in killings in Iranian jails": a place inside what the
     * event is for is where that happened, not the event.
     */
    private static boolean inTheReason(Event event, CueLink link, SentenceSyntax syntax) {
        if (!link.lexicon().equals("place")) {
            return false;
        }
        int token = link.cue().head();
        for (int hops = 0; token >= 0 && hops < 8; hops++) {
            int governor = syntax.head(token);
            if (governor < 0 || event.trigger().covers(token)) {
                return false;
            }
            if (REASONS.contains(syntax.relationToHead(token)) && token != link.cue().head()) {
                return true;
            }
            token = governor;
        }
        return false;
    }

    private static final Set<String> DATELINE_MARKS = Set.of(":", "--", "-", "—", "–", "(");

    /** "the exchange of 26 people from prisons in X": where they were held, not where they were swapped. */
    private static boolean exchangePlaceOfPrisons(Event event, CueLink link, SentenceSyntax syntax) {
        if (!event.kind().equals("exchanged") || !link.lexicon().equals("place")) {
            return false;
        }
        int governor = syntax.head(link.cue().head());
        return governor >= 0 && FACILITY_NOUNS.contains(syntax.token(governor).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> FACILITY_NOUNS = Set.of("prison", "jail", "colony", "camp", "penitentiary",
            "facility", "centre", "center");

    /** "his letter from inside a Lima jail": a stay whose word is the place of custody spoken from. */
    private static boolean toldFromInside(Event event, SentenceSyntax syntax) {
        return event.kind().equals("held") && SentenceFacts.placeSpokenFrom(syntax, event.trigger()) >= 0;
    }

    private static final Set<String> MOVES = Set.of("transferred", "extradited");
    private static final Set<String> DESTINATION = Set.of("to", "into");
    private static final Set<String> FROM = Set.of("from");

    /** Words that take someone away from where they were held: a move, or a release. */
    private static final Set<String> LEAVINGS = Set.of("transferred", "extradited", "released");

    /**
     * "moved from a detention centre near X", "released from X jail": a stay where the move or the
     * release began, told by its word.
     */
    private static boolean heldUntilLeaving(Event event) {
        return event.kind().equals("held") && event.trigger().label2() != null && LEAVINGS.contains(event.trigger().label2());
    }
    private static final Set<String> TO = Set.of("to", "into", "in", "at", "on");
    private static final Set<String> HELD_BY_A_STATE = Set.of("arrested", "released");
    /** "arrested on an island off X": "off" places an event near a town or a coast as "near" does; "booked into X jail" */
    private static final Set<String> IN = Set.of("in", "at", "near", "outside", "on", "of", "along", "off", "into");
    /** "released from X", "freed in X", "flown out of X" */
    private static final Set<String> FROM_OR_IN = Set.of("from", "in", "at", "of", "out");
    /** "arrested from his home in X", "picked up from X", "stopped while leaving through X airport" */
    private static final Set<String> SEIZED_IN_OR_FROM = Set.of("in", "at", "near", "outside", "on", "of", "from", "along", "off",
            "through");

    /**
     * What an article reports as done happened by its date: "months later" read from the
     * article's date ("his father was detained months later") would put an arrest after the news
     * of it. Such a date is not known, and is left out.
     */
    private static String notAfter(String date, LocalDate articleDate) {
        if (date == null || articleDate == null) {
            return date;
        }
        String article = articleDate.toString();
        int n = Math.min(date.length(), article.length());
        return date.substring(0, n).compareTo(article.substring(0, n)) > 0 ? null : date;
    }

    /**
     * "has been on hunger strike for 30 days": a strike is dated by the month it began, counted
     * back from the day the sentence tells of, or else the day of the article.
     */
    private static Optional<String> strikeBegan(Event event, SentenceFacts sentence, List<CueLink> links, LocalDate toldOn) {
        if (toldOn == null || !"strike".equals(event.trigger().getKind())) {
            return Optional.empty();
        }
        SentenceSyntax syntax = sentence.syntax();
        // "on hunger strike for 30 days", "30 days into a hunger strike"
        Optional<String> lasted = links.stream().filter(l -> l.lexicon().equals("term") && l.distance() <= 2)
                .filter(l -> !l.before() || l.cue().end() < syntax.size() && syntax.token(l.cue().end()).word().equalsIgnoreCase("into"))
                .map(CueLink::label).filter(t -> t.matches("P\\d+[DWM]")).findFirst();
        // "on hunger strike for the 24th day"
        java.util.regex.Matcher nth = NTH_DAY.matcher(PhraseMatcher.text(syntax.sentence().tokens(), event.trigger().end(),
                Math.min(syntax.size(), event.trigger().end() + 5)));
        Optional<String> days = lasted.isPresent() || !nth.lookingAt() ? lasted : Optional.of("P" + nth.group(1) + "D");
        return days.map(t -> CountedBack.monthBegun(toldOn, t));
    }

    private static final java.util.regex.Pattern NTH_DAY = java.util.regex.Pattern.compile("(?i)for the (\\d+)(?:st|nd|rd|th) day");

    /** A regime told in the simple past with how long it lasted ("spent two months in solitary confinement"). */
    private static boolean pastStay(Event event, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        int verb = syntax.token(event.trigger().head()).pos().startsWith("VB") ? event.trigger().head()
                : syntax.nearestVerbAbove(event.trigger().head());
        boolean past = verb >= 0 && syntax.token(verb).pos().equals("VBD")
                && syntax.children(verb).stream().noneMatch(d -> d.relation().startsWith("aux"));
        return past && sentence.cueLinks().stream().anyMatch(l -> l.match() == event.trigger() && l.lexicon().equals("term")
                && l.distance() <= 2);
    }

    private static String defaultDate(Event event, SentenceFacts sentence, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        if (event.type().equals("conditions") && pastStay(event, sentence)) {
            return null; // "remained under house arrest for three more years": a past regime, not this month's
        }
        boolean current = event.kind().equals("held") ? presentTense(sentence.syntax(), event.trigger()) || toldAsNow(event, sentence)
                        || heldSinceUntilNow(event, sentence)
                        // "an inmate at X prison is ill": a word for someone held, in a clause told in the present
                        || event.trigger().lexicon().equals("roles") && inAPresentClause(sentence.syntax(), event.trigger().head())
                : DATED_BY_ARTICLE.contains(event.type()) || LegalSlots.appealInTheLead(event)
                // "have been flown out of X", "has been released": the news the article reports
                || event.type().equals("custody") && presentPerfect(sentence.syntax(), event.trigger())
                // "his lawyer has filed an appeal": an appeal made lately, as a move or a release is
                || event.type().equals("legal") && event.kind().equals("appeal") && presentPerfect(sentence.syntax(), event.trigger())
                // "as he continues with his appeal", "his appeal is pending": an appeal still going on
                || event.type().equals("legal") && event.kind().equals("appeal") && event.status() == null
                   && sentence.syntax().token(event.trigger().head()).pos().startsWith("NN")
                   && inAPresentClause(sentence.syntax(), event.trigger().head())
                // "he is now being transferred to the capital": under way as the article is written
                || event.type().equals("custody") && beingDoneNow(sentence.syntax(), event.trigger())
                // "have been sentenced to six years" in the lead: this month's news, as a release is
                || LegalSlots.newsInTheLead(event, sentence) && presentPerfect(sentence.syntax(), event.trigger());
        if (!current && LegalSlots.newsInTheLead(event, sentence)) {
            return String.valueOf(articleDate.getYear()); // the news of the article, at least its year
        }
        return current ? YearMonth.from(articleDate).toString() : null;
    }

    /**
     * "An American detained in X since last November has been sentenced": a stay since a date, not
     * told in a past perfect ("had been held since"), goes on up to the news.
     */
    private static boolean heldSinceUntilNow(Event event, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        boolean since = sentence.cueLinks().stream().anyMatch(l -> l.match() == event.trigger() && isSinceDate(l, syntax)
                && l.distance() <= 2);
        return since && !pastPerfect(syntax, event.trigger());
    }

    /** "has been in solitary confinement ever since", "have remained there since": a present perfect with "since" alone. */
    private static boolean goesOnSince(SentenceSyntax syntax, PhraseMatch trigger) {
        for (int head : new int[] {trigger.head(), syntax.head(trigger.head())}) {
            if (head < 0) {
                continue;
            }
            boolean since = syntax.children(head).stream().anyMatch(d -> d.relation().equals("advmod")
                    && syntax.token(d.dependent()).word().equalsIgnoreCase("since"));
            boolean perfect = syntax.children(head).stream().anyMatch(d -> d.relation().equals("aux")
                    && syntax.token(d.dependent()).pos().matches("VBZ|VBP") && syntax.token(d.dependent()).lemma().equals("have"));
            if (since && perfect) {
                return true;
            }
        }
        return false;
    }

    /** "had been held": a "had" in the trigger's words or among the auxiliaries of its verb. */
    private static boolean pastPerfect(SentenceSyntax syntax, PhraseMatch trigger) {
        java.util.stream.IntStream auxiliaries = java.util.stream.IntStream.of(trigger.head(), syntax.head(trigger.head()))
                .filter(v -> v >= 0).flatMap(v -> syntax.children(v, "aux").stream().mapToInt(Integer::intValue));
        return java.util.stream.IntStream.concat(auxiliaries, java.util.stream.IntStream.range(trigger.start(), trigger.end()))
                .anyMatch(i -> syntax.token(i).word().equalsIgnoreCase("had"));
    }

    /** "four Americans currently detained there": a cue of cues.csv that says the state holds now. */
    private static boolean toldAsNow(Event event, SentenceFacts sentence) {
        List<CueLink> own = sentence.cueLinks().stream().filter(l -> l.match() == event.trigger()).toList();
        return own.stream().anyMatch(l -> "now".equals(l.getMeaning()) && l.distance() <= 1)
                // "will remain in jail until ...": a stay that goes on from now, whatever "will" says of its end
                || own.stream().anyMatch(l -> "ongoing".equals(l.getMeaning()) && l.isWithinTrigger())
                   && own.stream().anyMatch(l -> "future".equals(l.getMeaning()) && l.before() && l.isClose());
    }

    /** "has been released", "have been flown out": a present perfect of the trigger's verb. */
    static boolean presentPerfect(SentenceSyntax syntax, PhraseMatch trigger) {
        int verb = trigger.head();
        if (!syntax.token(verb).pos().equals("VBN")) {
            return false;
        }
        return syntax.children(verb).stream().anyMatch(d -> d.relation().equals("aux")
                && syntax.token(d.dependent()).lemma().equalsIgnoreCase("have")
                && (syntax.token(d.dependent()).pos().equals("VBZ") || syntax.token(d.dependent()).pos().equals("VBP")));
    }

    /** "is being transferred", "are being moved": a passive told as going on now. */
    private static boolean beingDoneNow(SentenceSyntax syntax, PhraseMatch trigger) {
        int verb = trigger.head();
        boolean being = syntax.children(verb, "aux:pass").stream().anyMatch(a -> syntax.token(a).word().equalsIgnoreCase("being"));
        // "he's": the tagger may read the short "is" as a possessive
        boolean now = syntax.children(verb, "aux").stream().anyMatch(a -> syntax.token(a).pos().matches("VBZ|VBP")
                || syntax.token(a).word().matches("(?i)is|are|am|['\u2019](s|re|m)"));
        return being && now;
    }

    /** "said Wednesday that it was expelling him": under way when it was told, so of the day it was told. */
    static boolean underWay(SentenceSyntax syntax, PhraseMatch trigger) {
        int verb = trigger.head();
        return syntax.token(verb).pos().equals("VBG") && syntax.relationToHead(verb).startsWith("ccomp")
                && syntax.children(verb).stream().anyMatch(d -> d.relation().equals("aux")
                        && syntax.token(d.dependent()).lemma().equalsIgnoreCase("be"));
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
            if (syntax.token(i).pos().equals("VBG") || syntax.toldInThePresent(i)) {
                return true;
            }
            // "remains imprisoned", "is still kept detained": the verb the participle completes
            int governor = syntax.head(i);
            // ("has continued to languish in custody": a present perfect of the verb it completes)
            if (syntax.relationToHead(i).equals("xcomp") && governor >= 0 && syntax.toldInThePresent(governor)) {
                return true;
            }
            if (syntax.relationToHead(i).equals("acl") && inAPresentClause(syntax, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We are concerned about Americans detained in X", "as he continues with his appeal": a
     * participle or a noun in a clause told in the present.
     */
    private static boolean inAPresentClause(SentenceSyntax syntax, int word) {
        int up = syntax.head(word);
        for (int step = 0; up >= 0 && step < 7; step++, up = syntax.head(up)) {
            String pos = syntax.token(up).pos();
            boolean predicate = pos.startsWith("VB") || !syntax.children(up, "cop").isEmpty();
            // "an effort to secure the return of a man jailed in X": a "to" clause has no tense of its own
            boolean toClause = pos.equals("VB") && syntax.children(up, "mark").stream()
                    .anyMatch(m -> syntax.token(m).word().equalsIgnoreCase("to"));
            if (predicate && !toClause) {
                return syntax.toldInThePresent(up);
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

    /** The word is who says the sentence's news ("the embassy said"), not a party to it. */
    private static boolean tellsOfIt(SentenceSyntax syntax, int word) {
        int verb = syntax.head(word);
        return verb >= 0 && syntax.relationToHead(word).startsWith("nsubj") && SpeechVerbs.says(syntax.token(verb));
    }

    /** Whom contact is with, by the kind of role the nearest role word names. */
    private static final java.util.Map<String, String> PARTIES = java.util.Map.of(
            "family", "family", "lawyer", "lawyers", "official", "officials");

    /**
     * "denied access to consular officials", "his lawyer has been unable to speak with him", "his
     * wife has not seen him": whom the contact is with (family, lawyers or officials), or null when
     * no role word near the contact says so.
     */
    private static String contactParty(List<CueLink> links, SentenceSyntax syntax) {
        return links.stream().filter(l -> l.lexicon().equals("roles") && l.distance() <= 3 && PARTIES.containsKey(l.label()))
                .filter(l -> !tellsOfIt(syntax, l.cue().head())) // "the embassy said she is allowed one call a week"
                .min(Comparator.comparingInt(CueLink::distance)).map(l -> PARTIES.get(l.label())).orElse(null);
    }

    private static String actor(Event event, SentenceFacts sentence) {
        List<PersonLink> links = sentence.personLinks().stream().filter(l -> l.match() == event.trigger()).toList();
        // "A couple freed by ...": a group mention stands for the person too, so it is no one else
        Set<Integer> ownMentions = links.stream().filter(l -> l.person().equals(event.person()))
                .map(l -> l.mention().start()).collect(java.util.stream.Collectors.toSet());
        // "A and B remain behind bars": B is held beside A, not holding A
        Set<String> ownRelations = links.stream().filter(l -> l.person().equals(event.person()))
                .map(PersonLink::relation).collect(java.util.stream.Collectors.toSet());
        Optional<String> subject = links.stream().filter(l -> !l.person().equals(event.person()))
                .filter(l -> !ownMentions.contains(l.mention().start()))
                .filter(l -> !(l.isDetainee() && ownRelations.contains(l.relation())))
                // the subject of a passive ("A and B were arrested") undergoes it, never does it
                .filter(l -> l.relation().startsWith("nsubj") && !l.relation().contains(":pass")
                        || l.relation().equals("obl:agent"))
                .map(l -> name(l, sentence)).filter(java.util.Objects::nonNull).findFirst();
        if (subject.isPresent()) {
            return subject.get();
        }
        if (event.type().equals("request")) {
            return requester(event, sentence);
        }
        if (!event.kind().equals("statement")) {
            return null;
        }
        // a statement's speaker: the detainee speaking, or a name beside its subject ("the ambassador, X, condemned")
        return links.stream().filter(l -> l.person().equals(event.person()) && l.relation().equals("nsubj"))
                .map(l -> name(l, sentence)).filter(java.util.Objects::nonNull).findFirst()
                .or(() -> links.stream().filter(l -> !l.person().equals(event.person()) && !l.isDetainee() && l.distance() <= 2
                        && l.mention().head() < event.trigger().start()).map(l -> name(l, sentence)).filter(java.util.Objects::nonNull).findFirst())
                .orElseGet(() -> speakingCountry(event, sentence));
    }

    /**
     * Who asks, when no person is the asking word's subject: the one named as saying the sentence
     * ("'We demand his release,' Foreign Minister Ann Lee said"), else a country or body that is
     * its subject ("The European Union has called for his release"); null when neither is told, so
     * that one article's unattributed calls stay one request.
     */
    private static String requester(Event event, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        return sentence.mentions().stream().filter(m -> !m.reference() && !m.person().equals(event.person())
                        && tellsOfIt(syntax, m.head()))
                .map(PersonMention::text).findFirst()
                .orElseGet(() -> askingBody(event, sentence));
    }

    /** "Estonia demands ...", "The European Union has called on ...": a country or organisation asking. */
    private static String askingBody(Event event, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        List<org.dossier.nlp.Token> tokens = syntax.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String ner = tokens.get(i).ner();
            boolean body = "ORGANIZATION".equals(ner) || "COUNTRY".equals(ner) || "STATE_OR_PROVINCE".equals(ner);
            if (body && syntax.relationToHead(i).startsWith("nsubj") && !syntax.relationToHead(i).contains(":pass")
                    && event.trigger().covers(syntax.head(i))) {
                int start = i;
                while (start > 0 && ner.equals(tokens.get(start - 1).ner())) {
                    start--;
                }
                return PhraseMatcher.text(tokens, start, i + 1);
            }
        }
        return null;
    }

    /** "Britain condemned the killing": a country that is the subject of the remark speaks through its government. */
    private static String speakingCountry(Event event, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        return sentence.matches().stream().filter(m -> m.lexicon().equals("countries"))
                .filter(m -> event.trigger().covers(syntax.head(m.head())) && syntax.relationToHead(m.head()).equals("nsubj"))
                .map(PhraseMatch::text).findFirst().orElse(null);
    }

    /** "The ambassador, Mark Hollis, condemned ...": the name the sentence gives, not the description. */
    private static String name(PersonLink link, SentenceFacts sentence) {
        if (!link.mention().reference()) {
            return link.mention().text();
        }
        // "he urged ...": a pronoun (references.csv) names no one to the reader of a brief
        boolean pronoun = sentence.matches().stream().anyMatch(m -> m.lexicon().equals("references")
                && "pronoun".equals(m.label()) && m.covers(link.mention().start()));
        return sentence.mentions().stream().filter(m -> m.person().equals(link.person()) && !m.reference())
                .map(PersonMention::text).findFirst().orElse(pronoun ? null : link.mention().text());
    }
}
