package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the extraction rules see of one sentence: its lexicon matches, its person mentions, and
 * the links from each trigger phrase to the people and cues around it.
 */
public record SentenceFacts(SentenceSyntax syntax, List<PhraseMatch> matches,
                            List<PersonMention> mentions, List<PersonLink> personLinks,
                            List<CueLink> cueLinks) {

    private static final java.util.Set<String> LINKED = java.util.Set.of("triggers", "roles", "illnesses");
    /**
     * A cue further from a trigger than this, and outside its clause, says nothing about it (no
     * rule and no slot reaches that far); leaving it out keeps long sentences cheap to decide.
     */
    static final int MAX_CUE_DISTANCE = 8;
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{Punct}+");

    public static SentenceFacts of(SentenceSyntax syntax, List<PhraseMatch> matches,
                                   List<PersonMention> mentions, Map<String, String> roles) {
        return of(syntax, matches, mentions, roles, true);
    }

    /** As {@link #of(SentenceSyntax, List, List, Map)}, without cue links when {@code cues} is false. */
    public static SentenceFacts of(SentenceSyntax syntax, List<PhraseMatch> matches,
                                   List<PersonMention> mentions, Map<String, String> roles, boolean cues) {
        List<PersonLink> personLinks = new ArrayList<>();
        List<CueLink> cueLinks = new ArrayList<>();
        for (PhraseMatch trigger : matches) {
            if (!LINKED.contains(trigger.lexicon())) {
                continue;
            }
            for (PersonMention m : mentions) {
                if (trigger.covers(m.head())) {
                    continue;
                }
                String relation = relation(syntax, trigger, m.head());
                int distance = distance(syntax, trigger, m.head());
                // the object shared with the verb joined after is the trigger's own, as close as that verb's
                if ("other".equals(relation) && objectOfTheVerbJoinedAfter(syntax, trigger, m.head())) {
                    relation = "obj";
                    distance = Math.min(distance, 2);
                }
                personLinks.add(new PersonLink(trigger, m, m.person(), roles.getOrDefault(m.person(), "other"),
                        relation, distance));
            }
            for (PhraseMatch cue : cues ? matches : List.<PhraseMatch>of()) {
                if (cue != trigger && !modalOfAnotherClause(syntax, trigger, cue) && !modalOfItsOwn(trigger, cue)
                        && !askedInAJoinedClause(syntax, trigger, cue)) {
                    int distance = distance(syntax, trigger, cue.head());
                    boolean inside = governs(syntax, trigger, cue.head()) || SupportVerbs.carries(syntax, trigger, cue.head());
                    if (distance <= MAX_CUE_DISTANCE || inside) {
                        cueLinks.add(new CueLink(trigger, cue, cue.lexicon(), cue.label(), distance,
                                cue.start() < trigger.start(), inside, inBackgroundPhrase(syntax, trigger, cue.head())));
                    }
                }
            }
        }
        return new SentenceFacts(syntax, matches, mentions, personLinks, cueLinks);
    }

    private static final java.util.Set<String> MODAL = java.util.Set.of("hypothetical", "future", "negation", "prospect");

    /**
     * "was arrested before he could challenge the president": a "could", "will" or "not" inside a
     * clause of its own below the trigger, with its own subject, qualifies that clause, not the
     * trigger; so does one in a verb joined after it ("freed in April but has not been seen since").
     */
    static boolean modalOfAnotherClause(SentenceSyntax syntax, PhraseMatch trigger, PhraseMatch cue) {
        if (!cue.lexicon().equals("cues") || !MODAL.contains(cue.label())) {
            return false;
        }
        int noun = syntax.head(cue.head());
        if (syntax.relationToHead(cue.head()).equals("det") && noun >= 0 && !trigger.covers(noun)
                && (syntax.relationToHead(noun).startsWith("obl") || syntax.relationToHead(noun).startsWith("nmod"))) {
            return true; // "held in detention with no formal charges": no charges, not no detention
        }
        if (cue.label().equals("prospect") && consequenceAfter(syntax, trigger, cue.head())) {
            return true; // "detained him in May, sparking fears that he could be tortured": what the arrest set off
        }
        if (cue.label().equals("hypothetical") && syntax.relationToHead(cue.head()).equals("mark")
                && joinedByAConjunction(syntax, trigger, syntax.head(cue.head()))) {
            return false; // "if he pays the bail and is released": the "if" opens both verbs
        }
        if (!cue.label().equals("negation") && clauseApart(syntax, trigger, syntax.head(cue.head()))) {
            // "I have spoken with him and reaffirmed that I will continue": the "will" of a clause
            // beside it (a "not" may be shared: "was not starved or beaten")
            return true;
        }
        if (cue.label().equals("negation") && circumstanceOf(syntax, trigger, syntax.head(cue.head()))) {
            return true; // "police had not told him of the charge at the time of his arrest": the arrest was made
        }
        if (trigger.covers(syntax.head(cue.head())) && syntax.relationToHead(cue.head()).equals("dep")) {
            return true; // "sentenced for helping rebels plan an attack", hung on the trigger by a parser unsure where it goes
        }
        int at = syntax.head(cue.head());
        for (int steps = 0; at >= 0 && steps < 12 && !trigger.covers(at); steps++) {
            String relation = syntax.relationToHead(at);
            boolean clause = relation.startsWith("advcl") || relation.startsWith("ccomp") || relation.startsWith("acl");
            if (clause && !syntax.children(at, "nsubj").isEmpty() && governs(syntax, trigger, at)) {
                return true;
            }
            // "was freed on bail in April but has not been seen since": the "not" of a verb joined after it
            if (verbJoinedAfter(syntax, at, trigger)) {
                return true;
            }
            at = syntax.head(at);
        }
        return false;
    }

    /**
     * "sparking fears", "raising hopes": a noun of hope or fear that a participle after the
     * trigger brings about is the trigger's consequence, not what qualifies it.
     */
    private static boolean consequenceAfter(SentenceSyntax syntax, PhraseMatch trigger, int noun) {
        if (noun <= trigger.start() || !syntax.token(noun).pos().startsWith("NN")) {
            return false;
        }
        int governor = syntax.head(noun);
        boolean broughtAbout = governor > trigger.start() && syntax.token(governor).pos().equals("VBG")
                && syntax.relationToHead(noun).equals("obj");
        boolean described = syntax.children(noun, "amod").stream().anyMatch(a -> syntax.token(a).pos().equals("VBG"));
        return broughtAbout || described;
    }

    /**
     * "had gone on hunger strike and was transferred to a prison": a request and a verb joined
     * after it with a subject of its own are two clauses; the joined verb tells what happened
     * next, neither what was asked for nor an event only asked for.
     */
    private static boolean askedInAJoinedClause(SentenceSyntax syntax, PhraseMatch trigger, PhraseMatch cue) {
        boolean asked = cue.lexicon().equals("request-kinds") || isRequest(trigger) && cue.lexicon().equals("triggers");
        return asked && joinedAfterWithItsOwnSubject(syntax, cue.head(), trigger)
                || isRequest(cue) && joinedAfterWithItsOwnSubject(syntax, trigger.head(), cue);
    }

    private static boolean isRequest(PhraseMatch m) {
        return m.lexicon().equals("triggers") && "request".equals(m.label());
    }

    /** The verb at {@code word}, or one above it, is joined after {@code first} and has a subject of its own. */
    private static boolean joinedAfterWithItsOwnSubject(SentenceSyntax syntax, int word, PhraseMatch first) {
        int at = word;
        for (int steps = 0; at >= 0 && steps < 12 && !first.covers(at); steps++) {
            if (verbJoinedAfter(syntax, at, first)
                    && syntax.children(at).stream().anyMatch(d -> d.relation().startsWith("nsubj"))
                    // "went on hunger strike because ... and because he was put in isolation": a reason, not what came next
                    && syntax.children(at, "mark").isEmpty()) {
                return true;
            }
            at = syntax.head(at);
        }
        return false;
    }

    /** "freed in April but has not been seen since": the verb at {@code at} is joined right after the trigger. */
    private static boolean verbJoinedAfter(SentenceSyntax syntax, int at, PhraseMatch trigger) {
        return syntax.relationToHead(at).startsWith("conj") && syntax.token(at).pos().startsWith("VB") && at > trigger.end()
                && trigger.covers(syntax.head(at));
    }

    /** The trigger's verb and {@code verb} are joined by "and" or "or". */
    private static boolean joinedByAConjunction(SentenceSyntax syntax, PhraseMatch trigger, int verb) {
        return verb >= 0 && syntax.children(verb).stream()
                .anyMatch(d -> d.relation().startsWith("conj") && trigger.covers(d.dependent()));
    }

    /** A verb with a subject of its own that neither holds the trigger nor is held by it. */
    static boolean clauseApart(SentenceSyntax syntax, PhraseMatch trigger, int verb) {
        return verb >= 0 && !trigger.covers(verb) && syntax.token(verb).pos().startsWith("VB")
                && !syntax.children(verb, "nsubj").isEmpty() && !governs(syntax, trigger, verb)
                && !syntax.governingChain(trigger.head()).contains(verb);
    }

    /**
     * Whether the trigger hangs below {@code host} as one of its circumstances (a phrase with a
     * preposition or an adverbial clause: "since his arrest", "after being freed") rather than as
     * what {@code host} is about: a "not" on the host then denies the host, not the trigger.
     */
    static boolean circumstanceOf(SentenceSyntax syntax, PhraseMatch trigger, int host) {
        if (host < 0 || trigger.covers(host)) {
            return false;
        }
        boolean circumstance = false;
        int at = trigger.head();
        for (int steps = 0; at >= 0 && at != host && steps < 12; steps++) {
            String relation = syntax.relationToHead(at);
            circumstance |= relation.startsWith("obl") || relation.startsWith("nmod") || relation.startsWith("advcl");
            at = syntax.head(at);
        }
        return at == host && circumstance;
    }

    /** "should be", "must be": a modal word the trigger is made of is what it says, not a doubt on it. */
    static boolean modalOfItsOwn(PhraseMatch trigger, PhraseMatch cue) {
        return cue.lexicon().equals("cues") && MODAL.contains(cue.label()) && trigger.covers(cue.head());
    }

    /** The shortest dependency distance from any token of the trigger to {@code token}. */
    static int distance(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int best = 99;
        for (int i = trigger.start(); i < trigger.end(); i++) {
            if (trigger.covers(i)) {
                best = Math.min(best, syntax.distance(i, token));
            }
        }
        return best;
    }

    private static final java.util.Set<String> BACKGROUND = java.util.Set.of("obl:after", "nmod:after", "advcl:after",
            "obl:following", "nmod:following", "advcl:following", "obl:since", "nmod:since", "advcl:since");

    /**
     * Whether {@code token} sits in an "after ...", "following ..." or "since ..." phrase set before
     * the trigger ("After months of delay, diplomats were granted access"): it tells what went
     * before. One after it tells how the thing goes on ("letters reach him after being read").
     */
    static boolean inBackgroundPhrase(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        if (token >= trigger.start()) {
            return false;
        }
        List<Integer> aboveTrigger = syntax.governingChain(trigger.head());
        int at = token;
        for (int steps = 0; at >= 0 && steps < 12 && at != trigger.head() && !aboveTrigger.contains(at) && !trigger.covers(at); steps++) {
            if (BACKGROUND.contains(syntax.relationToHead(at))) {
                return true;
            }
            at = syntax.head(at);
        }
        return false;
    }

    /** Whether one of the trigger's own tokens governs {@code token}, directly or through others. */
    static boolean governs(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        for (int g : syntax.governingChain(token)) {
            if (trigger.covers(g)) {
                return true;
            }
        }
        return false;
    }

    /** The relation of {@code token} to the trigger when it is the trigger's direct dependent. */
    static String relation(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        String related = relationOfParts(syntax, trigger, token);
        if (("nsubj".equals(related) || "nsubj:xsubj".equals(related)) && actsOnSomeoneElse(syntax, trigger)) {
            return PersonLink.AGENT_SUBJECT;
        }
        return "nsubj".equals(related) && seizureWithoutObject(syntax, trigger) ? "nsubj:intransitive" : related;
    }

    /**
     * "Putin pardoned her", "urged Laos to free him": the subject of a custody verb with an object
     * of its own does it to that object, and is not the one held or freed.
     */
    private static boolean actsOnSomeoneElse(SentenceSyntax syntax, PhraseMatch trigger) {
        int verb = trigger.head();
        return "custody".equals(trigger.label()) && syntax.token(verb).pos().startsWith("VB")
                && syntax.children(verb).stream().anyMatch(d -> d.relation().equals("obj") && !trigger.covers(d.dependent()));
    }

    /**
     * "He vanished during a trip", "she went missing in May": an arrest word with no one it acts
     * on happens to its subject.
     */
    private static boolean seizureWithoutObject(SentenceSyntax syntax, PhraseMatch trigger) {
        String pos = syntax.token(trigger.head()).pos();
        // a participle without "have" is passive ("was detained"); "had vanished" is not
        boolean active = pos.startsWith("VB") && (!pos.equals("VBN") || syntax.children(trigger.head()).stream()
                .anyMatch(d -> d.relation().equals("aux") && syntax.token(d.dependent()).lemma().equalsIgnoreCase("have")));
        // "considers him wrongly detained": a judgement on a detention, no seizure told
        boolean judged = syntax.relationToHead(trigger.head()).equals("xcomp");
        return "custody".equals(trigger.label()) && "arrested".equals(trigger.label2()) && active && !judged
                && syntax.children(trigger.head()).stream().noneMatch(d -> d.relation().equals("obj") || d.relation().equals("iobj")
                        || d.relation().equals("ccomp") || d.relation().equals("xcomp"));
    }

    /**
     * "of detaining and mistreating him", "arrested and beat her": a verb with no object of its own,
     * joined by "and" to the verb right after it, acts on that verb's object too (the parser hangs
     * the object on the second verb only).
     */
    private static boolean objectOfTheVerbJoinedAfter(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int verb = trigger.head();
        int and = trigger.end();
        if (!syntax.token(verb).pos().startsWith("VB") || and + 2 > token || !syntax.token(and).word().equalsIgnoreCase("and")
                || syntax.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))) {
            return false;
        }
        int second = and + 1;
        return second + 1 == token && syntax.token(second).pos().startsWith("VB")
                && syntax.parents(token).stream().anyMatch(d -> d.governor() == second && d.relation().equals("obj"));
    }

    private static final java.util.Set<String> EXAMPLES_OF_A_GROUP = java.util.Set.of("nmod:including", "nmod:like",
            "nmod:such_as");

    private static String relationOfParts(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        String own = ownRelation(syntax, trigger, token);
        if (own != null && !own.equals("other")) {
            return own;
        }
        // "engineers Jan Doe and Ian Roe were arrested": a name joined by "and" to one the parser
        // made the subject or object has the same part in the event
        for (int partner : conjuncts(syntax, token)) {
            String theirs = ownRelation(syntax, trigger, partner);
            if (theirs == null || inDescriptionOf(syntax, trigger, partner) || inClauseClosedBefore(syntax, trigger, partner, token)) {
                continue; // "A, a diplomat, and B, a national arrested in May": only B was arrested
            }
            if (theirs.startsWith("nsubj") || theirs.equals("obj") || theirs.startsWith("nmod:poss")) {
                return theirs;
            }
        }
        // "pardoned 175 convicts, including a French national", "reporters like A and B were held",
        // "citizens, such as A and B, have been arrested": one of those the event happens to
        if (EXAMPLES_OF_A_GROUP.contains(syntax.relationToHead(token))) {
            String group = ownRelation(syntax, trigger, syntax.head(token));
            if (group != null && (group.startsWith("nsubj") || group.equals("obj"))) {
                return group;
            }
        }
        return own;
    }

    /**
     * "Ann Lee, a teacher who has been in prison since May", "the accused, Ann Lee, is wanted": the
     * noun set beside the name is the event's subject or object, so the person is.
     */
    private static String describedBySubjectOrObject(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        List<Integer> beside = new ArrayList<>(syntax.children(token, "appos"));
        if (syntax.relationToHead(token).equals("appos")) {
            beside.add(syntax.head(token)); // "The accused, Ann Lee, is wanted in X": the noun the name spells out
        }
        if (spellsOutAPersonNoun(syntax, token)) {
            beside.add(syntax.head(token));
        }
        for (int i = trigger.start(); i < trigger.end(); i++) {
            for (var d : syntax.children(i)) {
                if (beside.contains(d.dependent()) && (d.relation().startsWith("nsubj") || d.relation().equals("obj"))) {
                    return d.relation();
                }
            }
        }
        return null;
    }

    /**
     * "and his son Ali Lee were arrested" (the name left loose on the noun), "Mother of two Ann Lee
     * was arrested" (the name made the "two" the mother has): the name spells out the person noun.
     */
    private static boolean spellsOutAPersonNoun(SentenceSyntax syntax, int token) {
        int noun = syntax.head(token);
        if (noun < 0 || !PersonNouns.isPersonNoun(syntax.token(noun))) {
            return false;
        }
        String relation = syntax.relationToHead(token);
        return relation.equals("dep") || relation.startsWith("nmod:of") && !syntax.children(token, "nummod").isEmpty();
    }

    /**
     * "the death sentence issued against Ann Lee", "the sentence imposed on two Canadians", "a
     * sentence handed down to Ann Lee": a participle on the court word names whom it is against.
     */
    private static boolean againstThroughAParticiple(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        for (var edge : syntax.parents(token)) {
            int participle = edge.governor();
            boolean to = edge.relation().equals("obl:to") && "legal".equals(trigger.label());
            if (participle >= 0 && (edge.relation().equals("obl:against") || edge.relation().equals("obl:on") || to)
                    && (syntax.relationToHead(participle).equals("acl") && trigger.covers(syntax.head(participle))
                        // the parser may make the court word the participle's subject ("the sentence handed down against her")
                        || syntax.children(participle, "nsubj:pass").stream().anyMatch(trigger::covers))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reads his letter from inside a Lima jail", "wrote to her from prison": who does something
     * from a place of custody is held there.
     */
    private static boolean doesFromInsideCustody(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int place = placeSpokenFrom(syntax, trigger);
        int verb = place < 0 ? -1 : syntax.head(place);
        return verb >= 0 && syntax.token(verb).pos().startsWith("VB") && syntax.relationToHead(place).startsWith("obl")
                && syntax.children(verb, "nsubj").contains(token);
    }

    /** The noun of the trigger that "from" opens ("from inside a Lima jail": jail), or -1. */
    static int placeSpokenFrom(SentenceSyntax syntax, PhraseMatch trigger) {
        for (int noun = trigger.start(); noun < trigger.end(); noun++) {
            if (trigger.covers(noun) && syntax.token(noun).pos().startsWith("NN")
                    && syntax.children(noun, "case").stream().anyMatch(c -> syntax.token(c).word().equalsIgnoreCase("from"))) {
                return noun;
            }
        }
        return -1;
    }

    /** The trigger is inside the phrase set beside the person ("B, a national arrested in May"). */
    private static boolean inDescriptionOf(SentenceSyntax syntax, PhraseMatch trigger, int person) {
        List<Integer> above = syntax.governingChain(trigger.head());
        return syntax.children(person, "appos").stream().anyMatch(above::contains);
    }

    /**
     * "A, who was jailed in May, and B, a musician": the trigger is in a clause of the partner's
     * that ends before the person is named, so it tells of the partner only.
     */
    private static boolean inClauseClosedBefore(SentenceSyntax syntax, PhraseMatch trigger, int partner, int person) {
        List<Integer> above = syntax.governingChain(trigger.head());
        return person > trigger.end() && partner < trigger.start() && syntax.children(partner).stream()
                .anyMatch(d -> d.relation().startsWith("acl") && (trigger.covers(d.dependent()) || above.contains(d.dependent())));
    }

    private static List<Integer> conjuncts(SentenceSyntax syntax, int token) {
        List<Integer> partners = new ArrayList<>();
        for (var d : syntax.parents(token)) {
            if (d.relation().startsWith("conj")) {
                partners.add(d.governor());
            }
        }
        for (var d : syntax.children(token)) {
            if (d.relation().startsWith("conj")) {
                partners.add(d.dependent());
            }
        }
        if (joinedByAndToALaterName(syntax, token)) {
            partners.add(syntax.head(token));
        }
        int owner = ownerJoinedByAnd(syntax, token);
        if (owner >= 0 && !partners.contains(owner)) {
            partners.add(owner);
        }
        return partners;
    }

    /**
     * "Ash and Lin's sentences were reduced": the parser may hang the first name anywhere but on the
     * second, which owns the noun for both; the name right after "and", told with "'s", is its partner.
     */
    private static int ownerJoinedByAnd(SentenceSyntax syntax, int token) {
        if (token + 2 >= syntax.size() // the first name may be tagged a common noun ("Elder")
                || !syntax.token(token + 1).word().equalsIgnoreCase("and")) {
            return -1;
        }
        for (int j = token + 2; j < Math.min(syntax.size(), token + 6)
                && (syntax.token(j).pos().startsWith("NNP") || syntax.token(j).pos().equals("HYPH")); j++) { // "Natale-Hjorth"
            if (syntax.relationToHead(j).startsWith("nmod:poss")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "Captains Ann Lee and Bo Lin were detained": the parser may hang the first name on the second
     * as part of it, with "and" between them; the two are a list all the same.
     */
    private static boolean joinedByAndToALaterName(SentenceSyntax syntax, int token) {
        int head = syntax.head(token);
        if (head <= token + 1 || !syntax.relationToHead(token).equals("compound")
                || !syntax.token(head).pos().startsWith("NNP")) {
            return false;
        }
        for (int i = token + 1; i < head; i++) {
            if (syntax.token(i).pos().equals("CC")) {
                return true;
            }
        }
        return false;
    }

    /** The trigger phrase holds its verb's own subject as the object: "turned himself in". */
    private static boolean givesThemselvesUp(SentenceSyntax syntax, PhraseMatch trigger, int verb) {
        return syntax.children(verb, "obj").stream().anyMatch(o -> trigger.covers(o)
                && REFLEXIVES.contains(syntax.token(o).word().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves");

    private static String ownRelation(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        if (namedAsSpeaker(syntax, token) && trigger.end() <= token && !trigger.covers(token - 1)) {
            return "other";
        }
        if (receivesNoun(syntax, trigger, token)) {
            return "iobj";
        }
        for (int i = trigger.start(); i < trigger.end(); i++) {
            if (!trigger.covers(i)) {
                continue;
            }
            for (var d : syntax.children(i)) {
                if (d.dependent() == token) {
                    if (d.relation().equals("nsubj") && givesThemselvesUp(syntax, trigger, i)) {
                        return "nsubj:pass"; // "turned himself in", "handed herself over to police": held all the same
                    }
                    // "found him guilty": the subject of the phrase's predicate is who it is about
                    return i != trigger.head() && d.relation().equals("nsubj") ? PersonLink.PREDICATE_SUBJECT : d.relation();
                }
            }
        }
        for (var d : syntax.parents(token)) {
            if (trigger.covers(d.governor())) {
                return d.relation();
            }
        }
        String described = describedBySubjectOrObject(syntax, trigger, token);
        if (described != null) {
            return described;
        }
        if (againstThroughAParticiple(syntax, trigger, token)) {
            return "nmod:against";
        }
        if (doesFromInsideCustody(syntax, trigger, token)) {
            return "nsubj:pass";
        }
        String modifier = participleModifier(syntax, trigger, token);
        if (modifier != null) {
            return modifier;
        }
        String relative = relativePronounAntecedent(syntax, trigger, token);
        if (relative != null) {
            return relative;
        }
        String membership = memberOfTheGroup(syntax, trigger, token);
        if (membership != null) {
            return membership;
        }
        for (var d : syntax.children(token)) {
            if (trigger.covers(d.dependent()) && (d.relation().equals("compound") || d.relation().startsWith("appos"))) {
                return d.relation(); // "Ambassador Maria Costa": a title the name governs
            }
            // "a Mexican citizen on death row", "a Briton behind bars": a stay told of the person's noun
            if (trigger.covers(d.dependent()) && "held".equals(trigger.label2()) && "custody".equals(trigger.label())
                    && (d.relation().startsWith("nmod:") || d.relation().startsWith("obl:"))) {
                return "nsubj:pass";
            }
        }
        if (doesTheNoun(syntax, trigger, token)) {
            return "nsubj";
        }
        if (putIntoTheStay(syntax, trigger, token)) {
            return "nsubj:pass";
        }
        if (ownsTheCase(syntax, trigger, token)) {
            return "nmod:poss";
        }
        String subject = nameEndingSubject(syntax, trigger, token);
        return subject != null ? subject : sharedSubject(syntax, trigger, token);
    }

    /**
     * "His case was appealed", "the Smith case was heard in May": a court word whose subject or
     * object is someone's case is theirs.
     */
    private static boolean ownsTheCase(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int owned = syntax.head(token);
        String ownership = syntax.relationToHead(token);
        if (!"legal".equals(trigger.label()) || owned < 0 || !syntax.token(owned).lemma().equalsIgnoreCase("case")
                || !(ownership.equals("nmod:poss") || ownership.equals("compound"))) {
            return false;
        }
        String part = syntax.relationToHead(owned);
        return trigger.covers(syntax.head(owned)) && (part.startsWith("nsubj") || part.equals("obj"));
    }

    /** Asking and diplomacy, which a person does rather than undergoes. */
    private static final java.util.Set<String> DONE = java.util.Set.of("request", "diplomatic");

    /**
     * "She began a hunger strike", "the consul paid a visit", "he lodged a request": the subject
     * of the verb whose object the noun is does what the noun names.
     */
    private static boolean doesTheNoun(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int noun = syntax.spanHead(trigger.start(), trigger.end());
        if (!"triggers".equals(trigger.lexicon()) || !DONE.contains(trigger.label())
                || !syntax.token(noun).pos().startsWith("NN") || !syntax.relationToHead(noun).equals("obj")) {
            return false;
        }
        int verb = syntax.head(noun);
        return verb >= 0 && syntax.children(verb, "nsubj").stream()
                .anyMatch(sub -> sub == token && !syntax.relationToHead(sub).contains(":pass"));
    }

    /**
     * "She was placed in pretrial detention", "a court remanded him in custody": the one a verb
     * puts into a stay in custody (its object, or its subject when passive) is held.
     */
    private static boolean putIntoTheStay(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int noun = syntax.spanHead(trigger.start(), trigger.end());
        if (!"triggers".equals(trigger.lexicon()) || !"custody".equals(trigger.label()) || !"held".equals(trigger.label2())
                || !syntax.token(noun).pos().startsWith("NN") || !INTO.contains(syntax.relationToHead(noun))) {
            return false;
        }
        int verb = syntax.head(noun);
        return verb >= 0 && syntax.token(verb).pos().startsWith("VB") && syntax.children(verb).stream()
                .anyMatch(d -> d.dependent() == token && (d.relation().equals("nsubj:pass") || d.relation().equals("obj")));
    }

    private static final java.util.Set<String> INTO = java.util.Set.of("obl:in", "obl:into", "obl:to", "obl:under");

    private static final java.util.Set<String> RECIPIENT = java.util.Set.of("iobj", "obl:to", "nmod:to");
    private static final java.util.Set<String> HAPPENS_TO = java.util.Set.of("custody", "legal");

    /**
     * "gave her a ten-year sentence", "pronounced a death sentence to X": the one a court or custody
     * noun is given to undergoes it.
     */
    static boolean receivesNoun(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        if (!"triggers".equals(trigger.lexicon()) || !HAPPENS_TO.contains(trigger.label())) {
            return false;
        }
        for (int n = trigger.start(); n < trigger.end(); n++) {
            if (!trigger.covers(n) || !syntax.token(n).pos().startsWith("NN") || !syntax.relationToHead(n).startsWith("obj")) {
                continue;
            }
            int verb = syntax.head(n);
            for (var d : syntax.parents(token)) {
                if ((d.governor() == verb || d.governor() == n) && RECIPIENT.contains(d.relation())) {
                    return true;
                }
                // "handed the writer a suspended sentence": of two objects, the first is the one it is given to
                if (d.governor() == verb && d.relation().equals("obj") && token < n) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Government critic and hero of the film, Ann Lee was convicted": a name that closes the
     * subject's phrase right before the verb is the subject, wherever the parser hung it inside.
     */
    static String nameEndingSubject(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int verb = trigger.head();
        if (token >= verb) {
            return null;
        }
        for (int i = token + 1; i < verb; i++) {
            String r = syntax.relationToHead(i);
            if (!r.startsWith("aux") && !r.equals("advmod")) {
                return null;
            }
        }
        if (ofAThing(syntax, token)) {
            return null; // "a new video of Ann Lee was released": the video was, not she
        }
        for (var d : syntax.children(verb)) {
            if (d.relation().startsWith("nsubj") && syntax.governingChain(token).contains(d.dependent())) {
                return d.relation();
            }
        }
        return null;
    }

    /** "a video of Ann Lee", "photos of Ann Lee": a name that only says what a thing shows or holds. */
    private static boolean ofAThing(SentenceSyntax syntax, int token) {
        int thing = syntax.head(token);
        return thing >= 0 && syntax.relationToHead(token).startsWith("nmod:of")
                && syntax.token(thing).pos().startsWith("NN") && !syntax.token(thing).pos().startsWith("NNP")
                && !PersonNouns.isPersonNoun(syntax.token(thing));
    }

    /**
     * "... was detained," stressed Ann Lee: a name right after a past-tense verb that follows a
     * comma or a closing quote says who spoke, whatever the parser hung it on.
     */
    static boolean namedAsSpeaker(SentenceSyntax syntax, int token) {
        if (!syntax.token(token).pos().startsWith("NNP")) {
            return false;
        }
        int start = token;
        while (start > 0 && syntax.token(start - 1).pos().startsWith("NNP")) {
            start--;
        }
        if (start < 2 || !syntax.token(start - 1).pos().equals("VBD")) {
            return false;
        }
        int after = token;
        while (after < syntax.size() && syntax.token(after).pos().startsWith("NNP")) {
            after++;
        }
        boolean endsClause = after == syntax.size() || PUNCTUATION.matcher(syntax.token(after).word()).matches();
        String before = syntax.token(start - 2).word();
        return endsClause && (before.equals(",") || before.equals("\u201d") || before.equals("''") || before.equals("\""));
    }

    /**
     * "The wife of Ann Lee, who is serving ...": the parser may hang the clause on the wrong
     * noun; the name right before the relative pronoun is what the pronoun stands for.
     */
    static String relativePronounAntecedent(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        for (var subject : syntax.children(trigger.head())) {
            if (!subject.relation().startsWith("nsubj")) {
                continue;
            }
            for (int pronoun : syntax.children(subject.dependent(), "ref")) {
                if (token < pronoun && onlyPunctuationBetween(syntax, token, pronoun)) {
                    return subject.relation();
                }
            }
        }
        return null;
    }

    /**
     * "They are among 12 citizens who were detained in May", "she is one of three reporters held
     * there": who is said to belong to a group has the group's part in what happens to it.
     */
    private static String memberOfTheGroup(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        List<Integer> group = groupTheSubjectIsAmong(syntax, token);
        if (group.stream().anyMatch(trigger::covers)) {
            return null;
        }
        for (int noun : group) {
            String part = ownRelation(syntax, trigger, noun);
            if (part != null && (part.equals("nsubj:pass") || part.equals("obj"))) {
                return part;
            }
        }
        return null;
    }

    /**
     * "They are among 12 citizens ...", "she is one of three reporters ...": the nouns of the group
     * a subject is said to belong to (the predicate and what it is "of"); none when it is said to be no such thing.
     */
    static List<Integer> groupTheSubjectIsAmong(SentenceSyntax syntax, int subject) {
        int predicate = syntax.head(subject);
        if (predicate < 0 || !syntax.relationToHead(subject).startsWith("nsubj") || syntax.children(predicate, "cop").isEmpty()) {
            return List.of();
        }
        List<Integer> group = new ArrayList<>(syntax.children(predicate, "nmod:of"));
        group.add(predicate);
        return group;
    }

    private static boolean onlyPunctuationBetween(SentenceSyntax syntax, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!PUNCTUATION.matcher(syntax.token(i).word()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "jailed reporter Ann Lee", "after visiting Russian national Jan Novak": a
     * participle that the parser hangs on the name as a modifier says what happens to the person,
     * as its patient (past participle) or its object (present participle).
     */
    static String participleModifier(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        for (var d : syntax.children(token)) {
            if (d.relation().equals("amod") && trigger.covers(d.dependent())) {
                String pos = syntax.token(d.dependent()).pos();
                if (pos.equals("VBG")) {
                    return "obj";
                }
                if (pos.equals("VBN") || pos.equals("JJ")) {
                    return "nsubj:pass";
                }
            }
        }
        return participleClause(syntax, trigger, token);
    }

    /**
     * "Ann Lee, a former teacher accused of spying", "Ann Lee is a teacher serving a sentence":
     * a participle clause on the noun that describes the person (the name itself, its
     * appositive, or the predicate of "is") has the person as its subject: passive for a past
     * participle, active for a present one.
     */
    static String participleClause(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        // a participle shared by the names that spell out its noun hangs on each of them too
        int shared = syntax.children(token, "acl").stream().filter(trigger::covers).findFirst().orElse(-1);
        int verb = shared >= 0 ? shared : trigger.head();
        int noun = shared >= 0 ? token : syntax.head(verb);
        boolean predicate = noun >= 0 && syntax.children(noun, "nsubj").contains(token) && !syntax.children(noun, "cop").isEmpty();
        // "X was a Canadian serving a sentence": a people's word taken for an adjective leaves the clause loose
        boolean clause = noun >= 0 && (syntax.children(noun, "acl").contains(verb) || predicate && syntax.children(noun, "dep").contains(verb));
        if (!clause || syntax.children(noun, "acl:relcl").contains(verb)) {
            return null;
        }
        boolean describes = noun == token
                || syntax.children(token, "appos").contains(noun)
                || predicate;
        if (!describes) {
            return null;
        }
        // "the graduates left behind in X": a clause on a noun is a participle, whatever the tagger said
        String pos = syntax.token(verb).pos();
        return pos.equals("VBN") || pos.equals("VBD") ? "nsubj:pass" : pos.equals("VBG") ? "nsubj" : null;
    }

    /**
     * "X was detained in May and last month was sentenced": a passive verb without a subject of
     * its own, joined to another verb, shares that verb's subject; so does a passive participle
     * that says when ("returned after being released").
     */
    static String sharedSubject(SentenceSyntax syntax, PhraseMatch trigger, int token) {
        int verb = trigger.head();
        if (hungOnName(syntax, verb, token)) {
            return syntax.children(verb, "aux:pass").isEmpty() ? "nsubj" : "nsubj:pass";
        }
        if (!syntax.children(verb, "nsubj").isEmpty()) {
            return "other";
        }
        if (frontedParticiple(syntax, verb, token)) {
            return "nsubj:pass";
        }
        if (syntax.children(verb, "aux:pass").isEmpty()) {
            return activeConjunctSubject(syntax, predicate(syntax, verb), token);
        }
        String joined = syntax.relationToHead(verb);
        int head = syntax.head(verb);
        if (joined.startsWith("advcl") && head >= 0 && syntax.children(verb, "nsubj:pass").isEmpty()) {
            // "X returned home after being released": the participle's patient is the main subject;
            // "X described the prisoners as having been deported": the active main verb's object, when it has one
            if (!syntax.children(head, "obj").isEmpty() && syntax.children(head, "aux:pass").isEmpty()) {
                return syntax.children(head, "obj").contains(token) ? "nsubj:pass" : "other";
            }
            return syntax.children(head, "nsubj").contains(token) || syntax.children(head, "nsubj:pass").contains(token)
                    ? "nsubj:pass" : "other";
        }
        if (!joined.startsWith("conj") && !joined.equals("dep")) {
            return "other";
        }
        if (joined.equals("dep") && hungOnName(syntax, head, token)) {
            return "nsubj:pass";
        }
        // "he flew to Minsk and was arrested there": the subject of the first verb, active or passive
        boolean shared = head >= 0 && (syntax.children(head, "nsubj:pass").contains(token)
                || syntax.children(head, "nsubj").contains(token));
        return shared ? "nsubj:pass" : "other";
    }

    /**
     * "Ann Lee, a nurse, who was detained in May, was released on Friday": when the parser makes
     * the name the root and hangs the verbs on it, a verb whose subject is only "who" is the
     * name's.
     */
    private static boolean hungOnName(SentenceSyntax syntax, int verb, int name) {
        if (verb < 0 || syntax.head(verb) != name || !syntax.relationToHead(verb).equals("dep")) {
            return false;
        }
        // "nsubj" also finds "nsubj:pass"
        return syntax.children(verb, "nsubj").stream().allMatch(s -> syntax.token(s).pos().startsWith("W"));
    }

    /**
     * "She was charged in May and has been in custody since": an active verb or predicate
     * without a subject of its own, joined to another verb, has that verb's subject.
     */
    static String activeConjunctSubject(SentenceSyntax syntax, int verb, int token) {
        int head = syntax.head(verb);
        if (head < 0 || !syntax.relationToHead(verb).startsWith("conj") || !syntax.children(verb, "nsubj").isEmpty()) {
            return "other";
        }
        boolean shared = syntax.children(head, "nsubj").contains(token) || syntax.children(head, "nsubj:pass").contains(token);
        return shared ? "nsubj" : "other";
    }

    /**
     * "Detained in May and sentenced in June, Ann Lee is now ill": a past participle opening the
     * sentence, without a subject or auxiliary of its own, happens to the main clause's subject.
     */
    private static boolean frontedParticiple(SentenceSyntax syntax, int verb, int token) {
        if (!syntax.token(verb).pos().equals("VBN") || verb > token || !syntax.children(verb, "aux").isEmpty()) {
            return false;
        }
        String joined = syntax.relationToHead(verb);
        int head = syntax.head(verb);
        return head > token && (joined.equals("dep") || joined.startsWith("advcl"))
                && syntax.children(head, "nsubj").contains(token);
    }

    /** "has been in custody": the predicate a copula or auxiliary word belongs to. */
    private static int predicate(SentenceSyntax syntax, int word) {
        String relation = syntax.relationToHead(word);
        int head = syntax.head(word);
        return (relation.equals("cop") || relation.startsWith("aux")) && head >= 0 ? head : word;
    }

    public List<Object> all() {
        List<Object> all = new ArrayList<>(matches);
        all.addAll(mentions);
        all.addAll(personLinks);
        all.addAll(cueLinks);
        return all;
    }
}
