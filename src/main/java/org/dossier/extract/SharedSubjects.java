package org.dossier.extract;

import static org.dossier.extract.ParseGraph.followsComma;
import static org.dossier.extract.ParseGraph.hasObject;
import static org.dossier.extract.ParseGraph.hasSubject;
import static org.dossier.extract.ParseGraph.isName;
import static org.dossier.extract.ParseGraph.isPassive;
import static org.dossier.extract.ParseGraph.isVerb;
import static org.dossier.extract.ParseGraph.phraseStart;
import static org.dossier.extract.ParseGraph.TIME_WORDS;
import static org.dossier.extract.ParseGraph.subjectsOf;
import static org.dossier.extract.ParseGraph.withEdges;
import static org.dossier.extract.ParseGraph.withEdgesReplaced;
import static org.dossier.extract.ParseGraph.withJoinedVerbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Mends participles, listed or joined verbs and companions of the subject that the parser left
 * without the subject they share with the verb or noun they belong to, or whose subject it made
 * the doer of what it undergoes. The repairs run from {@link ParseRepairs}.
 * <ul>
 * <li>A participle after a noun ("A couple detained in Iran are ...", a headline's "Teacher jailed
 * in Minsk") taken for a verb the noun does: a past participle without an auxiliary is told of its
 * noun, which undergoes it (its subject becomes a passive subject); when the parser made that
 * clause the subject of the main verb ("A teacher held in X has been moved"), the noun is.
 * <li>A participle completing a verb ("Lee remains imprisoned in X", "stays detained") left without
 * the verb's subject: the subject undergoes it too.
 * <li>A list of verb phrases ("The pair were arrested, are held in Y and have a lawyer") whose
 * second phrase the parser left hanging (dep) instead of joining it to the first: the phrase after
 * the comma shares the first verb's subject, as a joined verb does.
 * <li>Companions of the subject ("Ana Brell was arrested together with two colleagues, Li Wen and
 * Tom Ash", "along with", "alongside"): they share the subject's part in the verb, and in the verbs
 * joined to it.
 * <li>A participle joined by "and" to the noun before it ("was accused of espionage and later
 * sentenced to death") instead of to the verb: it is joined to the verb and shares its subject.
 * <li>A participle set off by a comma right after names ("the trials for Ann Lee and Tom Ash,
 * jailed in X since 2018, ...") hung on a noun further back: it describes the people just named.
 * <li>A participle right after the people of an "of" phrase ("the release of two soldiers arrested
 * last week") hung on the noun the phrase belongs to: it tells of the people.
 * <li>Two verbs joined by "and" ("was arrested and charged") where the second took only some of
 * the first one's subjects: it has them all.
 * <li>A participle clause of time or reason with no subject of its own ("was sentenced after being
 * arrested in May", "was detained while visiting family"): its subject is the main verb's.
 * </ul>
 */
final class SharedSubjects {

    private SharedSubjects() {
    }

    /** Prepositions of a state someone is in: "under house arrest", "in custody", "behind bars", "on death row". */
    private static final Set<String> STATE_PREPOSITIONS = Set.of("under", "in", "behind", "on");

    /**
     * "Ash, under house arrest for seven weeks, is accused of fraud": a phrase of where or how
     * someone is, set off by commas right after the subject, tells of the subject (as "Ash is
     * under house arrest" would), though the parser hung it on the verb.
     */
    static Sentence stateSetOffAfterTheSubjectIsTheSubjects(Sentence s) {
        List<Token> tokens = s.tokens();
        for (Dependency subject : s.dependencies()) {
            int verb = subject.governor();
            int who = subject.dependent();
            if (!subject.relation().startsWith("nsubj") || verb < 0 || who + 2 >= verb
                    || !tokens.get(who + 1).word().equals(",")
                    || !STATE_PREPOSITIONS.contains(tokens.get(who + 2).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency phrase : s.dependencies()) {
                int head = phrase.dependent();
                if (phrase.governor() != verb || !phrase.relation().startsWith("obl:") || !phraseStartsAt(s, head, who + 2)) {
                    continue;
                }
                int after = lastWordOf(s, head) + 1;
                if (after < verb && tokens.get(after).word().equals(",")) {
                    return withEdges(s, List.of(new Dependency("nsubj", head, who)));
                }
            }
        }
        return s;
    }

    /** The last word of the phrase a word heads. */
    private static int lastWordOf(Sentence s, int head) {
        int last = head;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == head && d.dependent() > last && !d.relation().equals("punct")) {
                last = Math.max(last, lastWordOf(s, d.dependent()));
            }
        }
        return last;
    }

    /**
     * "was convicted and jailed for 20 years": the phrase right after the second of two joined
     * participles is that participle's, though the parser hung it on the first.
     */
    static Sentence phraseAfterTheSecondJoinedVerbIsIts(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int and = 1; and + 1 < tokens.size(); and++) {
            int first = and - 1;
            int second = and + 1;
            if (!tokens.get(and).word().equalsIgnoreCase("and") || !tokens.get(first).pos().equals("VBN")
                    || !tokens.get(second).pos().equals("VBN")) {
                continue;
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() == first && d.relation().startsWith("obl") && d.dependent() > second
                        && phraseStartsAt(s, d.dependent(), second + 1)) {
                    return withEdgesReplaced(s, List.of(d), List.of(new Dependency(d.relation(), second, d.dependent())));
                }
            }
        }
        return s;
    }

    /** The phrase headed by {@code head} opens with its preposition at {@code start}. */
    private static boolean phraseStartsAt(Sentence s, int head, int start) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == head && d.dependent() == start
                && d.relation().equals("case"));
    }

    static Sentence participleSubjectsUndergo(Sentence s) {
        List<Dependency> deps = null;
        for (int k = 0; k < s.dependencies().size(); k++) {
            Dependency d = s.dependencies().get(k);
            if (d.relation().equals("nsubj") && d.dependent() < d.governor() && isBareParticiple(s, d.governor())) {
                if (deps == null) {
                    deps = new ArrayList<>(s.dependencies());
                }
                int noun = nounRightBefore(s, d.dependent(), d.governor());
                deps.set(k, new Dependency("nsubj:pass", d.governor(), noun));
                clauseSubjectIsTheNoun(deps, d.governor(), noun);
            }
        }
        return deps == null ? s : new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /**
     * "The wife of an American citizen sentenced to eight years": a participle right after the
     * noun of an "of" phrase tells of that noun (the citizen), not of the one the phrase hangs on.
     */
    private static int nounRightBefore(Sentence s, int subject, int participle) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == subject && d.relation().startsWith("nmod") && d.dependent() == participle - 1) {
                return d.dependent();
            }
        }
        return subject;
    }

    /**
     * "A teacher held in X has been moved": the parser made the participle's clause the subject
     * of the main verb; the noun is that subject.
     */
    private static void clauseSubjectIsTheNoun(List<Dependency> deps, int participle, int noun) {
        for (int k = 0; k < deps.size(); k++) {
            Dependency d = deps.get(k);
            if (d.dependent() == participle && d.relation().startsWith("csubj")) {
                deps.set(k, new Dependency("n" + d.relation().substring(1), d.governor(), noun));
            }
        }
    }

    /**
     * A past participle ("detained") with no auxiliary of its own ("was", "has"), and no object:
     * "Iran on Thursday released Navy veteran X" is a past tense the tagger took for a participle.
     */
    private static boolean isBareParticiple(Sentence s, int verb) {
        if (!s.tokens().get(verb).pos().equals("VBN")) {
            return false;
        }
        return s.dependencies().stream().noneMatch(d -> d.governor() == verb
                && (d.relation().startsWith("aux") || d.relation().equals("obj")));
    }

    static Sentence participleComplementsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        List<Dependency> removed = new ArrayList<>();
        for (Dependency x : s.dependencies()) {
            int participle = x.dependent();
            if (!x.relation().equals("xcomp") || !s.tokens().get(participle).pos().equals("VBN")) {
                continue;
            }
            // "a court ordered Ann Lee to be placed in detention": the one ordered is the one placed,
            // not the court the parser gave the participle for its subject
            List<Integer> ordered = s.dependencies().stream().filter(d -> d.governor() == x.governor()
                    && d.relation().equals("obj") && d.dependent() < participle).map(Dependency::dependent).toList();
            List<Dependency> controlled = subjectsOf(s, participle).stream().filter(d -> d.relation().endsWith(":xsubj")).toList();
            if (!ordered.isEmpty() && subjectsOf(s, participle).size() == controlled.size()) {
                removed.addAll(controlled);
                ordered.forEach(o -> added.add(new Dependency("nsubj:pass", participle, o)));
                continue;
            }
            if (hasSubject(s, participle)) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, x.governor())) {
                added.add(new Dependency("nsubj:pass", participle, subject.dependent()));
            }
        }
        return withEdgesReplaced(s, removed, added);
    }

    static Sentence listedVerbsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency x : s.dependencies()) {
            int first = x.governor();
            int listed = x.dependent();
            if (!x.relation().equals("dep") || first < 0 || listed < first || !isVerb(s, first) || !isVerb(s, listed)
                    || hasSubject(s, listed) || !(followsComma(s, listed) || followsThen(s, listed)) || isRelativeClause(s, first)) {
                continue; // "X, who was held for a year, was freed": the hanging verb is the main one, not a second relative
            }
            for (Dependency subject : subjectsOf(s, first)) {
                for (int verb : withJoinedVerbs(s, listed)) {
                    added.add(new Dependency(isPassive(s, verb) || undergoesLikeTheFirst(s, first, verb) ? "nsubj:pass" : "nsubj",
                            verb, subject.dependent()));
                }
            }
        }
        return withEdges(s, added);
    }

    /** "was charged then released": a bare "then" before the second verb lists it as a comma would. */
    private static boolean followsThen(Sentence s, int verb) {
        int start = phraseStart(s, verb);
        return start > 0 && s.tokens().get(start - 1).word().equalsIgnoreCase("then");
    }

    /** "was charged then released": a participle without its own "was", after a passive, is passive too. */
    private static boolean undergoesLikeTheFirst(Sentence s, int first, int verb) {
        return isPassive(s, first) && s.tokens().get(verb).pos().equals("VBN");
    }

    private static boolean isRelativeClause(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.dependent() == verb && d.relation().startsWith("acl"));
    }

    static Sentence companionsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        List<Dependency> replaced = new ArrayList<>();
        for (Dependency with : s.dependencies()) {
            int verb = verbOfThePhrase(s, with);
            if (verb < 0 || !isVerb(s, verb) || !isCompanion(s, with)) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, verb)) {
                for (int companion : companionAndNames(s, with.dependent())) {
                    for (Dependency shared : subjectEdges(s, verb, subject.dependent())) {
                        added.add(new Dependency(shared.relation(), shared.governor(), companion));
                    }
                }
                replaced.add(with); // the companion is a subject now, not only someone beside it
            }
        }
        return withEdgesReplaced(s, replaced, added);
    }

    /**
     * "was detained by the armed forces along with X": a companion the parser hung on the noun of
     * the verb's phrase ("by the forces") or on its subject is the verb's.
     */
    private static int verbOfThePhrase(Sentence s, Dependency with) {
        int governor = with.governor();
        if (governor < 0 || isVerb(s, governor) || !with.relation().startsWith("nmod:")
                || !COMPANION_PHRASES.contains(with.relation().substring("nmod:".length()))) {
            return governor;
        }
        // "Ann Lee together with Tom Ash were arrested": the companion of the subject is the verb's too
        return s.dependencies().stream().filter(d -> d.dependent() == governor
                && (d.relation().startsWith("obl") || d.relation().startsWith("nsubj"))
                && isVerb(s, d.governor())).map(Dependency::governor).findFirst().orElse(-1);
    }

    private static final java.util.Set<String> COMPANION_PHRASES = java.util.Set.of("alongside", "along_with", "together_with");

    /**
     * "together with X", "along with X", "alongside X" attached to a verb; a bare "with" only
     * before a name and on a verb something was done to ("was kidnapped with Ann Lee", not
     * "was charged with fraud" nor "met with the minister").
     */
    private static boolean isCompanion(Sentence s, Dependency d) {
        String r = d.relation();
        if (r.startsWith("obl:") && COMPANION_PHRASES.contains(r.substring(4))
                || r.startsWith("nmod:") && COMPANION_PHRASES.contains(r.substring(5))) {
            return true;
        }
        if (!r.equals("obl:with")) {
            return false;
        }
        int with = d.dependent();
        // "was arrested with Ann Lee", "with two couriers, Ann Lee and Tom Ash"
        if ((isName(s, with) || companionAndNames(s, with).stream().skip(1).anyMatch(n -> isName(s, n)))
                && isPassive(s, d.governor())) {
            return true;
        }
        for (Dependency c : s.dependencies()) {
            if (c.governor() == with && c.relation().equals("case") && c.dependent() > 0) {
                String before = s.tokens().get(c.dependent() - 1).word().toLowerCase(java.util.Locale.ROOT);
                return before.equals("together") || before.equals("along");
            }
        }
        return false;
    }

    /** The companion noun, the people named beside it ("two colleagues, Li Wen and Tom Ash") and those joined to it. */
    private static List<Integer> companionAndNames(Sentence s, int noun) {
        List<Integer> all = new ArrayList<>(List.of(noun));
        for (int k = 0; k < all.size() && k < 2; k++) { // the noun, then the first name beside it and its conjuncts
            int governor = all.get(k);
            for (Dependency d : s.dependencies()) {
                boolean beside = d.relation().equals("appos") || d.relation().equals("dep") || d.relation().startsWith("conj");
                if (d.governor() == governor && beside && s.tokens().get(d.dependent()).pos().startsWith("NN")
                        && !all.contains(d.dependent())) {
                    all.add(d.dependent());
                }
            }
        }
        return all;
    }

    /** The subject's edges from the verb and from the verbs joined to it ("arrested ... and accused"). */
    private static List<Dependency> subjectEdges(Sentence s, int verb, int subject) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("conj") && isVerb(s, d.dependent())) {
                verbs.add(d.dependent());
            }
        }
        return s.dependencies().stream().filter(d -> d.dependent() == subject && verbs.contains(d.governor())
                && d.relation().startsWith("nsubj")).toList();
    }

    /**
     * "He was accused of espionage and later sentenced to death": a past participle without a
     * subject that the parser joined to the noun before it is joined to the verb that governs the
     * noun, and undergoes it with the verb's subject.
     */
    static Sentence participlesJoinedToTheVerb(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            int participle = d.dependent();
            int noun = d.governor();
            if (!d.relation().startsWith("conj") || noun < 0 || !s.tokens().get(participle).pos().equals("VBN")
                    || !s.tokens().get(noun).pos().startsWith("NN") || hasSubject(s, participle)) {
                continue;
            }
            for (Dependency up : s.dependencies()) {
                int verb = up.governor();
                if (up.dependent() == noun && verb >= 0 && isVerb(s, verb) && (up.relation().startsWith("obl") || up.relation().equals("obj"))) {
                    added.add(new Dependency(d.relation(), verb, participle));
                    for (Dependency subject : subjectsOf(s, verb)) {
                        added.add(new Dependency("nsubj:pass", participle, subject.dependent()));
                    }
                }
            }
        }
        return withEdges(s, added);
    }

    /**
     * "He was convicted of having underage sex and jailed for a year in X": a past participle
     * opened by "and", without a subject, that the parser hung as an object on a word inside the
     * clause of an earlier passive verb is joined to that verb and undergoes it with its subject;
     * what the parser hung on the wrong word after the participle ("for a year", "in X") is the
     * participle's.
     */
    static Sentence joinedParticipleHungInsideTheClauseBefore(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int participle = d.dependent();
            int wrongHead = d.governor();
            if (wrongHead < 0 || wrongHead > participle || d.relation().startsWith("conj")
                    || !s.tokens().get(participle).pos().equals("VBN") || hasSubject(s, participle)
                    || !opensWithAnd(s, participle)) {
                continue;
            }
            int verb = passiveVerbAbove(s, wrongHead);
            if (verb < 0) {
                continue;
            }
            List<Dependency> removed = new ArrayList<>(List.of(d));
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("conj:and", verb, participle)));
            for (Dependency subject : subjectsOf(s, verb)) {
                added.add(new Dependency("nsubj:pass", participle, subject.dependent()));
            }
            for (Dependency after : s.dependencies()) {
                if (after.governor() == wrongHead && after.dependent() > participle && !after.relation().equals("punct")) {
                    removed.add(after);
                    added.add(new Dependency(after.relation(), participle, after.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /** "and jailed", "and later jailed": an "and" before the participle, with at most adverbs between. */
    private static boolean opensWithAnd(Sentence s, int participle) {
        int and = participle - 1;
        while (and > 0 && s.tokens().get(and).pos().startsWith("RB")) {
            and--;
        }
        int cc = and;
        return s.dependencies().stream().anyMatch(c -> c.governor() == participle && c.relation().equals("cc")
                && c.dependent() == cc && s.tokens().get(c.dependent()).word().equalsIgnoreCase("and"));
    }

    /** The token, or the nearest word above it, that is a passive verb with a subject; -1 if none is. */
    private static int passiveVerbAbove(Sentence s, int token) {
        int at = token;
        for (int steps = 0; steps < 4 && at >= 0; steps++) {
            int word = at;
            if (s.tokens().get(word).pos().equals("VBN") && subjectsOf(s, word).stream().anyMatch(x -> x.relation().equals("nsubj:pass"))) {
                return word;
            }
            at = s.dependencies().stream().filter(up -> up.dependent() == word).mapToInt(Dependency::governor).findFirst().orElse(-1);
        }
        return -1;
    }

    /**
     * "The trials for Ann Lee and Tom Ash, jailed in X since 2018, will be held": a participle set
     * off by a comma right after names, which the parser hung on a noun further back, describes the
     * people just named.
     */
    static Sentence participleAfterANameDescribesIt(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int participle = d.dependent();
            if (!d.relation().equals("acl") || !s.tokens().get(participle).pos().equals("VBN")) {
                continue;
            }
            int comma = participle - 1;
            while (comma > 0 && s.tokens().get(comma).pos().startsWith("RB")) {
                comma--; // "Ann Lee, still currently detained in X"
            }
            int name = comma - 1;
            if (name < 0 || !s.tokens().get(comma).word().equals(",") || !isName(s, name) || d.governor() == name
                    || d.governor() > name) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>(s.dependencies());
            deps.remove(d);
            boolean ownSubject = hasSubject(s, participle);
            for (int each : namesListedWith(s, name)) {
                deps.add(new Dependency("acl", each, participle));
                if (!ownSubject) {
                    deps.add(new Dependency("nsubj:pass", participle, each)); // they undergo it
                }
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    /**
     * "Peru has freed Jim Fox, a Briton held for two years, in exchange for ...": the parser read
     * the name as the subject of a clause whose verb is the participle after its description
     * ("freed [Fox held ...]"). When that participle comes right after the noun set off beside the
     * name, the name is the main verb's object and the participle describes the person.
     */
    static Sentence nameBeforeADescribedParticipleIsTheObject(Sentence s) {
        for (Dependency clause : s.dependencies()) {
            int verb = clause.dependent();
            int main = clause.governor();
            if (!clause.relation().equals("ccomp") || main < 0 || !s.tokens().get(main).pos().startsWith("VB")
                    || !s.tokens().get(verb).pos().matches("VBD|VBN") || verb < 1) {
                continue;
            }
            int noun = verb - 1;
            Dependency subject = s.dependencies().stream()
                    .filter(d -> d.governor() == verb && d.relation().equals("nsubj") && isName(s, d.dependent())
                            && d.dependent() < noun && isApposedTo(s, noun, d.dependent()))
                    .findFirst().orElse(null);
            if (subject == null || hasSubject(s, main) && hasObject(s, main)) {
                continue;
            }
            return withEdgesReplaced(s, List.of(clause, subject),
                    List.of(new Dependency("obj", main, subject.dependent()), new Dependency("acl", noun, verb)));
        }
        return s;
    }

    private static boolean isApposedTo(Sentence s, int noun, int name) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == name && d.dependent() == noun && d.relation().equals("appos"));
    }

    /**
     * "the release of two soldiers arrested last week": a participle right after a person noun
     * (or name) of an "of" phrase, which the parser hung on the noun the phrase belongs to (the
     * release), tells of the people.
     */
    static Sentence participleAfterAPersonOfAPhraseDescribesThem(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int participle = d.dependent();
            int people = participle - 1;
            if (!d.relation().equals("acl") || people < 0 || d.governor() == people
                    || !s.tokens().get(participle).pos().equals("VBN") || !isPeople(s, people) || isPeople(s, d.governor())
                    || s.dependencies().stream().noneMatch(o -> o.governor() == d.governor() && o.dependent() == people
                            && o.relation().startsWith("nmod"))) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>(s.dependencies());
            deps.remove(d);
            deps.add(new Dependency("acl", people, participle));
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    private static boolean isPeople(Sentence s, int token) {
        org.dossier.nlp.Token t = s.tokens().get(token);
        return isName(s, token) || t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && PersonNouns.isPerson(t.lemma());
    }

    /**
     * The name and those listed with it: joined by "and", or through the noun it names ("Ann
     * Lee and her partner Tom Ash": Lee, and the partner's name Ash).
     */
    private static List<Integer> namesListedWith(Sentence s, int name) {
        List<Integer> nodes = new ArrayList<>(List.of(name));
        for (int k = 0; k < nodes.size() && nodes.size() < 8; k++) {
            int at = nodes.get(k);
            for (Dependency c : s.dependencies()) {
                boolean listed = c.relation().startsWith("conj") || c.relation().equals("dep") || c.relation().equals("appos");
                int other = c.dependent() == at ? c.governor() : c.governor() == at ? c.dependent() : -1;
                if (listed && other >= 0 && !nodes.contains(other) && s.tokens().get(other).pos().startsWith("NN")
                        && (c.relation().startsWith("conj") || isName(s, other) || isName(s, at))) {
                    nodes.add(other);
                }
            }
        }
        return nodes.stream().filter(n -> isName(s, n)).toList();
    }

    /**
     * "was sentenced after pleading guilty", parsed with "after" hanging loose from the verb (or as its adverb) and
     * the participle from "after": the participle is a clause of time of the verb, "after" its mark.
     */
    static Sentence participleHungOnItsTimeWord(Sentence s) {
        for (Dependency loose : s.dependencies()) {
            int word = loose.dependent();
            int verb = loose.governor();
            if (!(loose.relation().equals("dep") || loose.relation().equals("advmod")) || verb < 0 || !isVerb(s, verb)
                    || !TIME_WORDS.contains(s.tokens().get(word).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency clause = s.dependencies().stream().filter(d -> d.governor() == word && d.dependent() == word + 1
                    && s.tokens().get(d.dependent()).pos().matches("VB[GN]")).findFirst().orElse(null);
            if (clause != null) {
                String mark = s.tokens().get(word).word().toLowerCase(Locale.ROOT);
                return withEdgesReplaced(s, List.of(loose, clause), List.of(
                        new Dependency("advcl:" + mark, verb, clause.dependent()), new Dependency("mark", clause.dependent(), word)));
            }
        }
        return s;
    }

    /**
     * "after pleading guilty", parsed as "guilty" described by "pleading": the participle is the
     * head of its clause and the adjective what it says, so that the clause is told of a subject.
     */
    static Sentence participleTakenForAnAdjectivesModifier(Sentence s) {
        for (Dependency amod : s.dependencies()) {
            int adjective = amod.governor();
            int participle = amod.dependent();
            if (!amod.relation().equals("amod") || participle != adjective - 1 || !s.tokens().get(adjective).pos().startsWith("JJ")
                    || !s.tokens().get(participle).pos().equals("VBG")) {
                continue;
            }
            Dependency up = s.dependencies().stream().filter(d -> d.dependent() == adjective && d.governor() >= 0
                    && d.relation().startsWith("advcl")).findFirst().orElse(null);
            if (up == null) {
                continue;
            }
            List<Dependency> removed = new ArrayList<>(List.of(amod, up));
            List<Dependency> added = new ArrayList<>(List.of(new Dependency(up.relation(), up.governor(), participle),
                    new Dependency("xcomp", participle, adjective)));
            for (Dependency d : s.dependencies()) {
                if (d.governor() == adjective && d.dependent() < participle && (d.relation().equals("mark") || d.relation().equals("case"))) {
                    removed.add(d);
                    added.add(new Dependency("mark", participle, d.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /** Nouns of a span of time that can date a verb on their own ("the following year", "a month later"). */
    private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "day", "weekend", "morning",
            "afternoon", "evening", "night", "spring", "summer", "autumn", "fall", "winter");

    /**
     * "was detained in 2020 and the following year sentenced to four years": a participle after
     * "and" and a time, which the parser took for a participle describing the time, is a second
     * verb joined to the first; the time dates it and the first verb's subject undergoes it.
     */
    static Sentence participleAfterAJoinedTimeIsAVerb(Sentence s) {
        for (Dependency acl : s.dependencies()) {
            int time = acl.governor();
            int participle = acl.dependent();
            if (!acl.relation().equals("acl") || time < 0 || participle < time
                    || !s.tokens().get(participle).pos().equals("VBN")
                    || !TIME_NOUNS.contains(s.tokens().get(time).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency and = s.dependencies().stream().filter(d -> d.governor() == time && d.relation().equals("cc")
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("and")).findFirst().orElse(null);
            Dependency dated = s.dependencies().stream().filter(d -> d.dependent() == time && d.relation().startsWith("obl")
                    && d.governor() >= 0 && d.governor() < time && isVerb(s, d.governor())).findFirst().orElse(null);
            if (and == null || dated == null || hasSubject(s, participle)) {
                continue;
            }
            int verb = dated.governor();
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("conj:and", verb, participle),
                    new Dependency("obl:tmod", participle, time), new Dependency("cc", participle, and.dependent())));
            subjectsOf(s, verb).forEach(subject -> added.add(new Dependency("nsubj:pass", participle, subject.dependent())));
            return withEdgesReplaced(s, List.of(acl, and, dated), added);
        }
        return timeTakenForTheSubjectOfAJoinedVerb(s);
    }

    /** "was detained in 2020 and the following year sentenced", with "year" the subject of "sentenced": the time dates it. */
    private static Sentence timeTakenForTheSubjectOfAJoinedVerb(Sentence s) {
        for (Dependency subject : s.dependencies()) {
            int time = subject.dependent();
            int verb = subject.governor();
            if (!subject.relation().startsWith("nsubj") || verb < 0 || time > verb
                    || !TIME_NOUNS.contains(s.tokens().get(time).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency joined = s.dependencies().stream().filter(d -> d.dependent() == verb && d.relation().startsWith("conj")
                    && d.governor() >= 0 && d.governor() < time).findFirst().orElse(null);
            if (joined == null) {
                continue;
            }
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("obl:tmod", verb, time)));
            subjectsOf(s, joined.governor()).forEach(first -> added.add(new Dependency(subject.relation(), verb, first.dependent())));
            return withEdgesReplaced(s, List.of(subject), added);
        }
        return s;
    }

    /**
     * "Lee was arrested and charged with spying": the second verb shares the first one's subjects.
     * The parser copies one of them at most, and not always the right one; a second verb whose
     * subjects are all the first one's takes the rest.
     */
    static Sentence joinedVerbsShareTheirSubjects(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency conj : s.dependencies()) {
            if (!conj.relation().equals("conj:and") || conj.governor() < 0
                    || !s.tokens().get(conj.governor()).pos().startsWith("VB") || !s.tokens().get(conj.dependent()).pos().startsWith("VB")) {
                continue;
            }
            List<Dependency> first = subjectsOf(s, conj.governor());
            List<Dependency> second = subjectsOf(s, conj.dependent());
            if (second.isEmpty() || !first.stream().map(Dependency::dependent).toList()
                    .containsAll(second.stream().map(Dependency::dependent).toList())) {
                continue;
            }
            String relation = second.get(0).relation();
            for (Dependency subject : first) {
                Dependency shared = new Dependency(relation, conj.dependent(), subject.dependent());
                if (second.stream().noneMatch(d -> d.dependent() == subject.dependent()) && !added.contains(shared)) {
                    added.add(shared);
                }
            }
        }
        return withEdges(s, added);
    }

    /**
     * "Lin was sentenced to 14 years and Ash 12 years", "... and Ash to 12 years": a name after "and"
     * that stands with a length of its own, the verb left out, undergoes the verb as the first name
     * does (the parser hangs it on the verb as a phrase of it).
     */
    static Sentence gappedNameSharesTheVerb(Sentence s) {
        List<Dependency> removed = new ArrayList<>();
        List<Dependency> added = new ArrayList<>();
        for (Dependency hung : s.dependencies()) {
            int verb = hung.governor();
            int name = hung.dependent();
            if (verb < 0 || !hung.relation().startsWith("obl") || !s.tokens().get(name).pos().equals("NNP")
                    || !s.tokens().get(verb).pos().startsWith("VB")) {
                continue;
            }
            boolean joined = s.dependencies().stream().anyMatch(d -> d.governor() == name && d.relation().equals("cc")
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("and"));
            boolean withALength = s.dependencies().stream().anyMatch(d -> d.governor() == name && d.dependent() > name
                    && TermParser.isUnitWord(s.tokens().get(d.dependent()).lemma()));
            Dependency first = s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj")
                    && d.dependent() < verb && s.tokens().get(d.dependent()).pos().equals("NNP")).findFirst().orElse(null);
            if (joined && withALength && first != null) {
                removed.add(hung);
                added.add(new Dependency(first.relation(), verb, name));
            }
        }
        return withEdgesReplaced(s, removed, added);
    }

    /**
     * "Police arrested and deported Tom Ash", "it captured and repatriated four men": two verbs
     * joined by "and" right before one object share it. The parser hangs the object on one of them
     * only (and may not join the verbs at all when both follow "said that").
     */
    static Sentence joinedVerbsShareTheObjectAfterThem(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            int first = i;
            int second = i + 2;
            if (!s.tokens().get(first + 1).word().equalsIgnoreCase("and") || !activeVerb(s, first) || !activeVerb(s, second)) {
                continue;
            }
            List<Dependency> objects = s.dependencies().stream().filter(d -> (d.governor() == first || d.governor() == second)
                    && d.relation().equals("obj") && d.dependent() > second).toList();
            if (objects.size() != 1) {
                continue;
            }
            int object = objects.get(0).dependent();
            int other = objects.get(0).governor() == first ? second : first;
            if (s.dependencies().stream().noneMatch(d -> d.governor() == other && COMPLEMENTS.contains(d.relation()))) {
                added.add(new Dependency("obj", other, object));
            }
        }
        return withEdges(s, added);
    }

    private static final java.util.Set<String> COMPLEMENTS = java.util.Set.of("obj", "iobj", "ccomp", "xcomp");

    /** A verb in the past or present told actively: no passive auxiliary and no passive subject. */
    private static boolean activeVerb(Sentence s, int i) {
        return s.tokens().get(i).pos().matches("VBD|VBZ|VBP|VB") && s.dependencies().stream()
                .noneMatch(d -> d.governor() == i && (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")));
    }

    /**
     * "She was sentenced after being arrested in Tehran", "He was detained while visiting family":
     * a participle clause hung on a verb (advcl) without a subject of its own is told of the verb's
     * subject, which undergoes a passive participle ("being arrested") and does an active one.
     * Only a person's: "letters, which reach him after being read" are read, but no one is arrested.
     */
    private static final java.util.Set<String> UNDONE = java.util.Set.of("advcl:against", "advcl:without",
            "advcl:instead_of", "advcl:rather_than");

    /**
     * "found guilty last year, along with ten co-defendants, after being detained in 2010": a
     * participle clause of time that the parser hung on a noun is a clause of the verb the noun
     * belongs to, as if it followed the verb.
     */
    static Sentence timeClauseOnANounIsTheVerbs(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency acl : deps) {
            int clause = acl.dependent();
            if (!acl.relation().startsWith("acl") || acl.relation().equals("acl:relcl") || acl.governor() < 0) {
                continue;
            }
            String mark = timeMark(s, clause);
            if (mark == null || !s.tokens().get(clause).pos().matches("VB[NG]") || hasSubject(s, clause)) {
                continue; // "the first time since he was jailed": a clause with its own subject dates the noun
            }
            int verb = verbOfTheNoun(s, acl.governor());
            if (verb < 0) {
                continue;
            }
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency d : deps) {
                repaired.add(d == acl ? new Dependency("advcl:" + mark, verb, clause) : d);
            }
            return timeClauseOnANounIsTheVerbs(new Sentence(s.index(), s.text(), s.tokens(), repaired));
        }
        return s;
    }

    /** The time word that opens a clause ("after being detained"), or null. */
    private static String timeMark(Sentence s, int clause) {
        return s.dependencies().stream().filter(d -> d.governor() == clause && d.relation().equals("mark"))
                .map(d -> s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))
                .filter(TIME_WORDS::contains).findFirst().orElse(null);
    }

    /** The verb a noun is the subject or object of, or -1. */
    private static int verbOfTheNoun(Sentence s, int noun) {
        return s.dependencies().stream().filter(d -> d.dependent() == noun && d.governor() >= 0 && isVerb(s, d.governor())
                        && (d.relation().startsWith("nsubj") || d.relation().equals("obj") || d.relation().startsWith("obl")))
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
    }

    static Sentence adverbialParticiplesShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency told : s.dependencies()) {
            Dependency clause = clauseAfterTimeWord(s, told);
            int participle = clause.dependent();
            if (!clause.relation().startsWith("advcl") || clause.governor() < 0 || hasSubject(s, participle)
                    || UNDONE.contains(clause.relation())) {
                continue; // "decided against appealing": no appeal
            }
            String pos = s.tokens().get(participle).pos();
            boolean passive = pos.equals("VBN") && (s.dependencies().stream().anyMatch(d -> d.governor() == participle
                    && d.relation().equals("aux:pass") && s.tokens().get(d.dependent()).pos().equals("VBG"))
                    || joinedToAPassive(s, participle, clause.governor()));
            if (!passive && !pos.equals("VBG")) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, clause.governor())) {
                org.dossier.nlp.Token who = s.tokens().get(subject.dependent());
                if (isName(s, subject.dependent()) || who.pos().equals("PRP") || PersonNouns.isPersonNoun(who)
                        || who.pos().equals("NNS") && PersonNouns.isPerson(who.lemma())) { // "the men face death after pleading guilty"
                    added.add(new Dependency(passive ? "nsubj:pass" : "nsubj", participle, subject.dependent()));
                }
            }
        }
        return withEdges(s, added);
    }


    /**
     * "was given a life sentence after pleading guilty", parsed with the participle hung on "after"
     * and "after" on the verb: read as the participle clause of the verb it is; any other edge as it is.
     */
    private static Dependency clauseAfterTimeWord(Sentence s, Dependency d) {
        Dependency misread = participleReadAsAdjective(s, d);
        if (misread != null) {
            return misread;
        }
        if (!d.relation().equals("dep") || d.governor() < 0
                || !TIME_WORDS.contains(s.tokens().get(d.governor()).word().toLowerCase(java.util.Locale.ROOT))) {
            return d;
        }
        return s.dependencies().stream().filter(e -> e.dependent() == d.governor() && e.governor() >= 0
                        && (e.relation().equals("advmod") || e.relation().equals("mark")) && isVerb(s, e.governor()))
                .findFirst().map(e -> new Dependency("advcl:" + s.tokens().get(d.governor()).word().toLowerCase(java.util.Locale.ROOT),
                        e.governor(), d.dependent()))
                .orElse(d);
    }

    /**
     * "returned home after spending eight months in a jail", parsed as if "spending" described the
     * months: a participle right after the time word, on the noun the time word governs, is the
     * verb's participle clause; null for any other edge.
     */
    private static Dependency participleReadAsAdjective(Sentence s, Dependency d) {
        int participle = d.dependent();
        int noun = d.governor();
        if (!d.relation().equals("amod") || noun < 0 || participle == 0 || !s.tokens().get(participle).pos().equals("VBG")) {
            return null;
        }
        String timeWord = s.tokens().get(participle - 1).word().toLowerCase(java.util.Locale.ROOT);
        return s.dependencies().stream().filter(e -> e.dependent() == noun && e.governor() >= 0
                        && e.relation().equals("obl:" + timeWord) && TIME_WORDS.contains(timeWord) && isVerb(s, e.governor()))
                .findFirst().map(e -> new Dependency("advcl:" + timeWord, e.governor(), participle)).orElse(null);
    }

    /**
     * "He was charged with spying, and sentenced to 15 years": a participle joined by "and" that
     * the parser hung inside the first verb's "with" phrase is that passive verb's second verb.
     */
    private static boolean joinedToAPassive(Sentence s, int participle, int verb) {
        boolean joined = s.dependencies().stream().anyMatch(d -> d.governor() == participle && d.relation().equals("cc")
                && s.tokens().get(d.dependent()).word().equalsIgnoreCase("and"));
        return joined && isPassive(s, verb);
    }

    /**
     * "Peru has released two teachers held since March": the parser may read the object and the
     * participle after it as a clause of their own hung loosely on the verb. The noun is the verb's
     * object; the participle describes it.
     */
    static Sentence participleAfterTheObjectDescribesIt(Sentence s) {
        for (Dependency loose : s.dependencies()) {
            int verb = loose.governor();
            int participle = loose.dependent();
            if (!loose.relation().equals("dep") || verb < 0 || participle < verb || !isVerb(s, verb)
                    || !s.tokens().get(participle).pos().equals("VBN") || hasObject(s, verb) || isPassive(s, verb)) {
                continue;
            }
            Dependency subject = subjectsOf(s, participle).stream()
                    .filter(d -> d.dependent() > verb && d.dependent() < participle && s.tokens().get(d.dependent()).pos().startsWith("NN"))
                    .findFirst().orElse(null);
            if (subject == null) {
                continue;
            }
            int noun = subject.dependent();
            return withEdgesReplaced(s, List.of(loose, subject), List.of(new Dependency("obj", verb, noun),
                    new Dependency("acl", noun, participle), new Dependency("nsubj:pass", participle, noun)));
        }
        return s;
    }
}
