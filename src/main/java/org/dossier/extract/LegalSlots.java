package org.dossier.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which words around a court word belong to the court's act and which to something else:
 * <ul>
 * <li>the offence: "sentenced to nine years for attacking police in Moscow in 2019", "found
 * him guilty of shooting a man on Aug. 23": a date or place inside the clause of another
 * verb that the court word governs is when and where the offence happened;</li>
 * <li>the clause around: "X, who has been sentenced to 16 years, arrived on Wednesday": a court
 * verb in a relative clause takes no date from the clause it hangs on;</li>
 * <li>a sentence or conviction only named ("his 14-year sentence", "his conviction follows
 * ...") and a charge that an arrest or a sentence rests on ("arrested in March on espionage
 * charges") have no date of their own: the date nearby is of the act that names them.</li>
 * </ul>
 */
final class LegalSlots {

    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl");

    private LegalSlots() {
    }

    /** Whether a date or place cue near a court word is not part of the court's act. */
    static boolean outsideCourtAct(Event event, CueLink link, SentenceFacts sentence) {
        if (!link.lexicon().equals("date") && !link.lexicon().equals("place")) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        PhraseMatch trigger = event.trigger();
        int cue = link.cue().head();
        if (link.below()) {
            return insideAnotherVerb(syntax, trigger, cue);
        }
        return link.lexicon().equals("date") && opensOwnClause(syntax, trigger);
    }

    /** "for attacking police in 2019": between the court word and the cue stands another verb. */
    private static boolean insideAnotherVerb(SentenceSyntax syntax, PhraseMatch trigger, int cue) {
        if (syntax.token(cue).pos().startsWith("VB")) {
            return false;
        }
        List<Integer> chain = syntax.governingChain(cue);
        if (chain.stream().anyMatch(g -> joinedTo(syntax, trigger, g))) {
            return false;
        }
        for (int g : chain) {
            if (trigger.covers(g)) {
                return false;
            }
            if (syntax.token(g).pos().startsWith("VB") && !SpeechVerbs.reports(syntax.token(g))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was sentenced to 11 years and had his property confiscated by a court on Wednesday": a verb
     * joined to the court word by "and" (and what it governs) tells the same hearing, with its court and day.
     */
    private static boolean joinedTo(SentenceSyntax syntax, PhraseMatch trigger, int verb) {
        int governor = syntax.head(verb);
        return governor >= 0 && trigger.covers(governor) && syntax.relationToHead(verb).startsWith("conj");
    }

    /** A court verb heading a relative clause or a participle modifying a noun. */
    private static boolean opensOwnClause(SentenceSyntax syntax, PhraseMatch trigger) {
        int verb = trigger.head();
        if (!syntax.token(verb).pos().startsWith("VB")) {
            return false;
        }
        int head = syntax.head(verb);
        if (head < 0) {
            return false;
        }
        for (var d : syntax.children(head)) {
            if (d.dependent() == verb && CLAUSES.contains(d.relation().replaceFirst(":(?!relcl).*$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a court event's trigger only names the outcome or the charge of another act. */
    static boolean undated(Event event, SentenceFacts sentence) {
        if (!event.type().equals("legal")) {
            return false;
        }
        PhraseMatch t = event.trigger();
        boolean verb = sentence.syntax().token(t.head()).pos().startsWith("VB");
        switch (event.kind()) {
            case "sentenced", "convicted" -> {
                return !verb && !changedByItsVerb(t, sentence.syntax());
            }
            case "charged" -> {
                return t.text().equalsIgnoreCase("allegedly") || restingCharge(event, sentence);
            }
            default -> {
                return false;
            }
        }
    }

    /** Verbs that pass a new sentence by changing one ("the court extended his sentence by five years"). */
    private static final Set<String> CHANGE_A_SENTENCE = Set.of("extend", "increase", "lengthen", "double", "raise",
            "reduce", "cut", "shorten", "halve", "commute");

    /** Verbs that pass a sentence on someone ("handed the writer a suspended sentence"). */
    private static final Set<String> GIVE_A_SENTENCE = Set.of("hand", "give", "impose", "pass", "deliver", "pronounce",
            "issue", "mete");

    /**
     * "In October 2023 the court extended his sentence", "on Monday a court handed him a death
     * sentence": a sentence changed or given by a verb is a sentencing, dated by its verb.
     */
    private static boolean changedByItsVerb(PhraseMatch sentenceWord, SentenceSyntax syntax) {
        int verb = syntax.head(sentenceWord.head());
        if (verb < 0 || !syntax.relationToHead(sentenceWord.head()).equals("obj")) {
            return false;
        }
        String lemma = syntax.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        return CHANGE_A_SENTENCE.contains(lemma) || GIVE_A_SENTENCE.contains(lemma);
    }

    /**
     * "arrested on espionage charges", "pleaded guilty to both charges in a court in Ohio": a
     * charge named by the act that rests on it; the date and place there are that act's.
     */
    static boolean restingCharge(Event event, SentenceFacts sentence) {
        return event.type().equals("legal") && event.kind().equals("charged")
                && restsOnAnotherAct(event.trigger(), sentence);
    }

    /** A charge word that is no verb, inside the clause of a custody or court word. */
    static boolean restsOnAnotherAct(PhraseMatch charge, SentenceFacts sentence) {
        if (!"charged".equals(charge.label2()) || !charge.lexicon().equals("triggers")
                || sentence.syntax().token(charge.head()).pos().startsWith("VB")) {
            return false;
        }
        return sentence.cueLinks().stream().anyMatch(l -> l.cue() == charge && l.below() && l.distance() <= 3
                && l.match().lexicon().equals("triggers")
                && (l.match().label().equals("custody") || l.match().label().equals("legal")));
    }

    /**
     * A sentence's length: the nearest term, and first one that "to" introduces ("sentenced Ann
     * Lee, a teacher who worked there for a decade, to 14 years"), which is how English gives it.
     */
    static String term(List<CueLink> links, SentenceFacts sentence, int maxDistance) {
        if (sentence.syntax().sentence().tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("respectively"))
                || termsJoined(sentence)) {
            return null; // "to 31 and 32 years, respectively": which term is whose is for the reader to pair up
        }
        return links.stream().filter(l -> l.lexicon().equals("term") && l.distance() <= maxDistance)
                .filter(l -> !lengthOfAnotherVerb(l, sentence.syntax()) && !lengthOfAnotherSentence(l, sentence)
                        && !timeSpentInCustody(l, sentence))
                .filter(l -> !endOfARange(l.cue(), sentence.syntax()) && !timeGivenToAct(l.cue(), sentence.syntax()))
                .min(Comparator.comparingInt((CueLink l) -> introducedByTo(l.cue(), sentence.syntax()) ? 0 : 1)
                        .thenComparingInt(CueLink::distance)
                        .thenComparingInt(l -> Math.abs(l.cue().start() - l.match().start())))
                .map(CueLink::label).orElse(null);
    }

    /** "sentenced them to 10 years and 20 years": two different terms joined by "and" or "or". */
    private static boolean termsJoined(SentenceFacts sentence) {
        List<PhraseMatch> terms = sentence.matches().stream().filter(m -> m.lexicon().equals("term"))
                .sorted(Comparator.comparingInt(PhraseMatch::start)).toList();
        for (int i = 1; i < terms.size(); i++) {
            PhraseMatch a = terms.get(i - 1);
            PhraseMatch b = terms.get(i);
            String between = PhraseMatcher.text(sentence.syntax().sentence().tokens(), a.end(), b.start()).trim();
            if (!java.util.Objects.equals(a.label(), b.label()) && between.matches("(?i),?\\s*(and|or)")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(?i)\\b(from|between|ranging|varying|up to)\\b[^,;]*$");

    /**
     * "sentenced the eight men to terms ranging from three years to 25 years", "between two and
     * five years": the bounds of a range of terms are nobody's term.
     */
    private static boolean endOfARange(PhraseMatch term, SentenceSyntax syntax) {
        List<org.dossier.nlp.Token> tokens = syntax.sentence().tokens();
        String before = PhraseMatcher.text(tokens, Math.max(0, term.start() - 8), term.start());
        return RANGE.matcher(before).find();
    }

    /** "was given two weeks to appeal", "30 days to leave the country": time to do something, no term. */
    private static boolean timeGivenToAct(PhraseMatch term, SentenceSyntax syntax) {
        int end = term.end();
        return end + 1 < syntax.size() && syntax.token(end).word().equalsIgnoreCase("to")
                && syntax.token(end + 1).pos().equals("VB");
    }

    /**
     * "fined him and ordered that he be kept under watch for three years": a length that another
     * verb's "for" introduces is how long that lasts, not the sentence.
     */
    private static boolean lengthOfAnotherVerb(CueLink term, SentenceSyntax syntax) {
        int head = syntax.spanHead(term.cue().start(), term.cue().end());
        int verb = syntax.head(head);
        boolean forLength = syntax.children(head, "case").stream().anyMatch(c -> syntax.token(c).word().equalsIgnoreCase("for"));
        return forLength && verb >= 0 && syntax.token(verb).pos().startsWith("VB") && !term.match().covers(verb)
                && !SERVING.contains(syntax.token(verb).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "sentenced him to death after his previous 15-year sentence was deemed too lenient": a
     * length that describes another sentence word is that sentence's.
     */
    private static boolean lengthOfAnotherSentence(CueLink term, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        int noun = syntax.head(syntax.spanHead(term.cue().start(), term.cue().end()));
        return noun >= 0 && !term.match().covers(noun) && sentence.matches().stream()
                .anyMatch(m -> m.lexicon().equals("triggers") && "legal".equals(m.label()) && m.covers(noun)
                        && !m.covers(term.match().head()));
    }

    /**
     * "was sentenced for speaking to journalists and had spent over a year in pre-trial detention":
     * the time someone spent held is no term passed on them.
     */
    private static boolean timeSpentInCustody(CueLink term, SentenceFacts sentence) {
        return sentence.matches().stream().anyMatch(m -> m.lexicon().equals("triggers") && "custody".equals(m.label())
                && m.text().toLowerCase(java.util.Locale.ROOT).startsWith("spen")
                && m.start() <= term.cue().start() && term.cue().start() < m.end()
                && !m.covers(term.match().head()));
    }

    /** Verbs whose "for" length is a term of custody ("jailed for five years", "imprisoned for ten"). */
    private static final java.util.Set<String> SERVING = java.util.Set.of("jail", "imprison", "sentence", "serve",
            "incarcerate", "detain", "hold", "lock");

    private static boolean introducedByTo(PhraseMatch term, SentenceSyntax syntax) {
        for (int i = Math.max(0, term.start() - 1); i <= term.start() && i < syntax.size(); i++) {
            if (syntax.token(i).word().equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an arrest warrant issued by the United States, where he is charged with fraud": the
     * place that a "where" clause describes is where its court event happens, whatever
     * preposition brought the place into the sentence.
     */
    static String wherePlace(Event event, List<CueLink> links, SentenceFacts sentence) {
        SentenceSyntax syntax = sentence.syntax();
        String destination = destinationOfTheMoveToFaceIt(event, links, syntax);
        if (destination != null) {
            return destination;
        }
        int verb = event.trigger().head();
        int antecedent = syntax.head(verb);
        if (antecedent < 0 || !syntax.children(antecedent, "acl:relcl").contains(verb)) {
            return null;
        }
        boolean where = syntax.children(verb).stream()
                .anyMatch(d -> syntax.token(d.dependent()).word().equalsIgnoreCase("where"));
        if (!where) {
            return null;
        }
        return links.stream().filter(l -> l.lexicon().equals("place")
                        && l.cue().start() <= antecedent && antecedent < l.cue().end())
                .map(CueLink::label).findFirst().orElse(null);
    }

    /**
     * "to be extradited from Italy to the United States to face charges": a charge someone is
     * moved to face is brought where the move takes them.
     */
    private static String destinationOfTheMoveToFaceIt(Event event, List<CueLink> links, SentenceSyntax syntax) {
        int face = event.trigger().head();
        boolean toFace = event.kind().equals("charged")
                && syntax.children(face, "mark").stream().anyMatch(m -> syntax.token(m).word().equalsIgnoreCase("to"));
        if (!toFace) {
            return null;
        }
        // the move is the verb the purpose hangs on, or one beside it ("set to be extradited ... to face")
        List<Integer> moves = links.stream().filter(l -> l.lexicon().equals("triggers") && l.before() && l.distance() <= 2
                        && "custody".equals(l.cue().label()) && MOVES.contains(l.cue().label2()))
                .map(l -> l.cue().head()).toList();
        return links.stream().filter(l -> l.lexicon().equals("place") && "to".equals(l.cue().label2())
                        && moves.contains(syntax.head(l.cue().head())))
                .map(CueLink::label).findFirst().orElse(null);
    }

    private static final java.util.Set<String> MOVES = java.util.Set.of("extradited", "transferred");

    /** How many sentences open an article with its news (headline, lead). */
    static final int LEAD = 3;

    /**
     * "X appeared in court to appeal ... but was turned away": an appeal heard or decided that
     * the article opens with, and dates no other way, is the news of the article's month.
     */
    static boolean appealInTheLead(Event event) {
        return event.type().equals("legal") && event.kind().equals("appeal") && event.status() == null
                && event.trigger().sentence() < LEAD;
    }

    private static final Set<String> LEAD_VERDICTS = Set.of("sentenced", "convicted", "pleaded_guilty");
    private static final Set<String> LEAD_MOVES = Set.of("arrested", "released", "extradited", "transferred", "exchanged");
    /** The tagger's labels of a time told: a date, a length, a time of day, a repetition. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "DURATION", "TIME", "SET");

    /**
     * "A businessman received a ten-year sentence, local media reported", "X was arrested by the
     * military": a sentence, conviction or plea, or an arrest or move, that the article opens with,
     * told by its main verb without a date, is the article's news: it happened in the article's
     * year at least. One retold in a relative clause ("X, who was convicted of spying, was freed on
     * Monday") may be of any year.
     */
    static boolean newsInTheLead(Event event, SentenceFacts sentence) {
        boolean verdict = event.type().equals("legal") && LEAD_VERDICTS.contains(event.kind());
        boolean move = event.type().equals("custody") && LEAD_MOVES.contains(event.kind());
        if (event.trigger().sentence() >= LEAD || !verdict && !move) {
            return false;
        }
        SentenceSyntax syntax = sentence.syntax();
        // an arrest or move: only the article's opening words, and only with no time told at all
        // ("arrested nearly two years ago", "five days after the vote" are dated by what they count from)
        if (move && (event.trigger().sentence() > 1 || syntax.sentence().tokens().stream()
                .anyMatch(t -> TIME_TAGS.contains(t.ner())))) {
            return false;
        }
        int verb = event.trigger().head();
        // "the former Marine detained in Moscow last week": a move told on a noun is no news of its own
        boolean mainVerb = !move || syntax.relationToHead(verb).equals("root")
                || syntax.relationToHead(verb).startsWith("conj") && syntax.relationToHead(syntax.head(verb)).equals("root");
        return syntax.token(verb).pos().startsWith("VB") && mainVerb && !opensOwnClause(syntax, event.trigger());
    }
}
