package org.dossier.extract;

import static org.dossier.extract.ParseGraph.followsComma;
import static org.dossier.extract.ParseGraph.hasSubject;
import static org.dossier.extract.ParseGraph.isName;
import static org.dossier.extract.ParseGraph.isPassive;
import static org.dossier.extract.ParseGraph.isVerb;
import static org.dossier.extract.ParseGraph.subjectsOf;
import static org.dossier.extract.ParseGraph.withJoinedVerbs;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Mends relative ("who") clauses hung on the wrong word: each is given back to the noun it
 * describes, and a main verb taken for part of such a clause becomes the head of the sentence again.
 * The repairs run from {@link ParseRepairs}.
 * <ul>
 * <li>A relative clause set off by a comma ("... the release of Ana Brell, who was arrested in
 * May") that the parser hung off the main verb as a side remark (parataxis) instead of from the
 * name it describes. The clause is given back to the name, with the edges the parser makes for a
 * relative clause it gets right (the name as the clause's subject, "who" referring to it), so that
 * what the clause says happens to that person and not to whoever is the subject of the main verb.
 * <li>A name described by a relative clause and then the main verb ("Ana Brell, a teacher who
 * worked in X, was freed") parsed as if the main verb went on the relative clause: the main verb
 * becomes the sentence's head, with the name as its subject.
 * <li>A "who" clause of the first of two people listed ("Ann Lee, who was jailed in May, and Tom
 * Ash, a teacher ..."), whose subject the parser shares with the second: it tells of the first only.
 * <li>A "who" clause hung from a thing ("the fate of Ann Lee, who has been held ..."), or from
 * a person described as another's relative or friend ("Paul Roe, brother of Marc Roe, who was
 * sentenced"): about the person named right before the comma.
 * <li>A "who" clause right after the noun of an "of" phrase ("the wife of a national who has been
 * jailed") that the parser hung on the noun before it ("wife"): it describes the nearest noun.
 * <li>A "who" clause with a plural verb after a list ("Ann Lee, a teacher, and her partner, Tom
 * Ash, who were detained in May") that the parser hung on the last name: it tells of everyone listed.
 * </ul>
 */
final class RelativeClauses {

    private RelativeClauses() {
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i");

    /**
     * "jailed on espionage charges he rejects as fabricated", "the accusations she denies": a clause
     * with no "that", whose pronoun subject follows a noun it has no object besides, describes that
     * noun; the parser often hangs it on the main verb, where its "rejects" would deny the jailing.
     */
    static Sentence clauseWithoutThatOnTheNounBefore(Sentence s) {
        List<Token> tokens = s.tokens();
        for (Dependency subject : s.dependencies()) {
            int verb = subject.governor();
            int pronoun = subject.dependent();
            if (!subject.relation().equals("nsubj") || verb != pronoun + 1 || pronoun < 1
                    || !SUBJECT_PRONOUNS.contains(tokens.get(pronoun).word().toLowerCase(java.util.Locale.ROOT))
                    || !tokens.get(verb).pos().startsWith("VB") || !tokens.get(pronoun - 1).pos().matches("NNS?")) {
                continue;
            }
            int noun = pronoun - 1;
            boolean hasObject = s.dependencies().stream().anyMatch(d -> d.governor() == verb
                    && (d.relation().equals("obj") || d.relation().startsWith("ccomp")));
            Dependency hung = s.dependencies().stream().filter(d -> d.dependent() == verb).findFirst().orElse(null);
            if (hasObject || hung == null || hung.governor() == noun || hung.relation().equals("root")) {
                continue;
            }
            return ParseGraph.withEdgesReplaced(s, List.of(hung), List.of(new Dependency("acl:relcl", noun, verb)));
        }
        return s;
    }

    static Sentence relativeClausesReattached(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency subject : deps) {
            int who = subject.dependent();
            if (subject.relation().startsWith("nsubj") && isRelativeWho(s, who)) {
                int antecedent = antecedentBeforeComma(s, who);
                int verb = subject.governor();
                if (antecedent >= 0 && isSideRemark(deps, verb)) {
                    return relativeClausesReattached(reattached(s, verb, antecedent, who));
                }
            }
        }
        return s;
    }

    /**
     * "the fate of Ann Lee, who has been held since June": a "who" clause that the parser hung
     * from the thing ("fate") is about the person named right before the comma; the clause's
     * edges to the thing move to the person.
     */
    static Sentence whoClausesOfTheNamedPerson(Sentence s) {
        for (Dependency ref : s.dependencies()) {
            int who = ref.dependent();
            int thing = ref.governor();
            int person = wordBeforeTheComma(s, who);
            if (!ref.relation().equals("ref") || !isRelativeWho(s, who) || person < 0 || thing == person
                    || !s.tokens().get(who - 1).word().equals(",") || !"PERSON".equals(s.tokens().get(person).ner())
                    || !isThing(s.tokens().get(thing))
                    || s.dependencies().stream().noneMatch(d -> d.governor() == thing && d.dependent() == person)) {
                continue;
            }
            return whoClauseMoved(s, ref, thing, person);
        }
        return s;
    }

    /**
     * "Paul Roe, brother of journalist Marc Roe, who was sentenced to seven years": a "who" clause
     * the parser hung on the first name is about the name right before its comma, when that name
     * is part of the first one's description (a relative, a friend, a colleague of his).
     */
    static Sentence whoClausesOfTheNameRightBefore(Sentence s) {
        for (Dependency ref : s.dependencies()) {
            int who = ref.dependent();
            int first = ref.governor();
            int nearest = wordBeforeTheComma(s, who);
            if (!ref.relation().equals("ref") || !isRelativeWho(s, who) || nearest <= first || first < 0
                    || !s.tokens().get(who - 1).word().equals(",") || !isName(s, first) || !isName(s, nearest)
                    || !governedThroughADescription(s, nearest, first)) {
                continue;
            }
            return whoClauseMoved(s, ref, first, nearest);
        }
        return s;
    }

    /** {@code name} hangs below {@code first} through an "of" phrase of a noun describing it. */
    private static boolean governedThroughADescription(Sentence s, int name, int first) {
        int at = name;
        boolean ofPhrase = false;
        for (int steps = 0; steps < 6; steps++) {
            int child = at;
            Dependency up = s.dependencies().stream().filter(d -> d.dependent() == child && d.governor() >= 0
                    && !d.relation().equals("ref")).findFirst().orElse(null);
            if (up == null) {
                return false;
            }
            ofPhrase |= up.relation().startsWith("nmod");
            if (up.governor() == first) {
                return ofPhrase && (up.relation().equals("appos") || up.relation().startsWith("nmod"));
            }
            at = up.governor();
        }
        return false;
    }

    /** A common noun for no person ("fate", "case"; not "lawyer", "Briton" or a name). */
    private static boolean isThing(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        Nationalities.Words words = Nationalities.Words.get();
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && "O".equals(t.ner()) && !words.isTitle(lemma)
                && !words.isNationality(lemma) && !ReferenceResolver.DETAINEE_NOUNS.contains(lemma);
    }

    /**
     * The word before the comma that opens a "who" clause, over an aside in brackets after it:
     * "Li Yanhe (李延賀), who", "Ann Lee (pictured), who".
     */
    private static int wordBeforeTheComma(Sentence s, int who) {
        int at = who - 2;
        if (at > 0 && s.tokens().get(at).word().equals(")")) {
            for (int i = at - 1; i > 0 && at - i <= 6; i--) {
                if (s.tokens().get(i).word().equals("(")) {
                    return i - 1;
                }
            }
        }
        return at;
    }

    private static boolean isRelativeWho(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return t.pos().equals("WP") && (t.word().equalsIgnoreCase("who") || t.word().equalsIgnoreCase("whom"));
    }

    /** The noun right before ", who" (over a bracketed aside), or -1. */
    private static int antecedentBeforeComma(Sentence s, int who) {
        if (who < 2 || !s.tokens().get(who - 1).word().equals(",")) {
            return -1;
        }
        int noun = wordBeforeTheComma(s, who);
        return noun >= 0 && s.tokens().get(noun).pos().startsWith("NN") ? noun : -1;
    }

    /** The verb hangs off another as a side remark and belongs to no relative clause. */
    private static boolean isSideRemark(List<Dependency> deps, int verb) {
        boolean sideRemark = false;
        for (Dependency d : deps) {
            if (d.dependent() == verb) {
                if (d.relation().startsWith("acl")) {
                    return false;
                }
                sideRemark |= d.relation().equals("parataxis") || d.relation().equals("dep");
            }
        }
        return sideRemark;
    }

    /**
     * The clause's verb (and verbs joined to it, which shared the side-remark edge) hangs from the
     * antecedent; each verb "who" is the subject of gets the antecedent as subject too.
     */
    private static Sentence reattached(Sentence s, int verb, int antecedent, int who) {
        List<Integer> clauseVerbs = new ArrayList<>(List.of(verb));
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("conj")) {
                clauseVerbs.add(d.dependent());
            }
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean sideRemark = clauseVerbs.contains(d.dependent())
                    && (d.relation().equals("parataxis") || d.relation().equals("dep"));
            if (!sideRemark) {
                deps.add(d);
            }
            if (d.dependent() == who && d.relation().startsWith("nsubj") && clauseVerbs.contains(d.governor())) {
                deps.add(new Dependency(d.relation(), d.governor(), antecedent));
            }
        }
        deps.add(new Dependency("acl:relcl", antecedent, verb));
        deps.add(new Dependency("ref", antecedent, who));
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    static Sentence mainVerbAfterARelativeClause(Sentence s) {
        int named = rootNoun(s);
        if (named < 0) {
            return s;
        }
        for (Dependency hanging : s.dependencies()) {
            int relative = hanging.governor();
            int verb = hanging.dependent();
            // the clause's "who", which the parser may pass on to the verb after it, is no subject of its own
            List<Dependency> whoSubjects = s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj")
                    && s.tokens().get(d.dependent()).pos().equals("WP") && d.dependent() < verb).toList();
            if (!hanging.relation().equals("dep") || relative < 0 || verb < relative || !isVerb(s, verb)
                    || subjectsOf(s, verb).size() > whoSubjects.size() || !followsComma(s, verb) || !describes(s, relative, named)) {
                continue;
            }
            List<Dependency> dropped = new ArrayList<>(whoSubjects);
            dropped.add(hanging);
            return withMainVerb(s, named, verb, dropped, List.of());
        }
        return s;
    }

    /**
     * The sentence headed by {@code verb}, with the described noun as the subject of it and of the
     * verbs joined to it ("has been convicted ... and sentenced"), the {@code dropped} edges and the
     * noun's place as head taken out and the {@code added} ones put in.
     */
    private static Sentence withMainVerb(Sentence s, int named, int verb, List<Dependency> dropped, List<Dependency> added) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean replaced = dropped.contains(d) || d.governor() < 0 && d.dependent() == named;
            if (!replaced) {
                deps.add(d);
            }
        }
        deps.addAll(added);
        deps.add(new Dependency("root", -1, verb));
        for (int joined : withJoinedVerbs(s, verb)) {
            deps.add(new Dependency(isPassive(s, joined) || joined != verb && isPassive(s, verb) ? "nsubj:pass" : "nsubj",
                    joined, named));
        }
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /**
     * A main verb after a relative clause, whose subject the parser took from the words that end the
     * clause and which it hung on the clause: "An American who has been held in X since October was
     * sentenced" ("since [October was sentenced]"), "Four men who were arrested in May while carrying
     * drugs by boat, have been sentenced". The words go back to the clause they end (a date as its
     * "since" phrase; a "while" phrase's noun as the object of its participle, "carrying" drugs), and
     * the main verb heads the sentence with the described noun as its subject. A phrase other than a
     * date is moved only when a comma sets the main verb off.
     */
    static Sentence wordsEndingARelativeClauseAreNoSubject(Sentence s) {
        int named = rootNoun(s);
        if (named < 0) {
            return s;
        }
        for (Dependency hung : s.dependencies()) {
            int relative = hung.governor();
            int verb = hung.dependent();
            if (!verbHungOnTheClause(s, hung, named)) {
                continue;
            }
            Dependency wrongSubject = s.dependencies().stream().filter(d -> d.governor() == verb
                    && d.relation().startsWith("nsubj") && d.dependent() < verb && (isDate(s, d.dependent())
                            || d.dependent() > relative && s.tokens().get(d.dependent()).pos().startsWith("NN")))
                    .findFirst().orElse(null);
            Dependency mark = s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().equals("mark")
                    && wrongSubject != null && d.dependent() < wrongSubject.dependent()).findFirst().orElse(null);
            if (wrongSubject == null || mark == null || !isDate(s, wrongSubject.dependent()) && !commaBeforeTheVerbGroup(s, verb)) {
                continue;
            }
            List<Dependency> dropped = new ArrayList<>(List.of(hung, wrongSubject, mark));
            List<Dependency> added = backToTheClause(s, relative, wrongSubject.dependent(), mark.dependent(), dropped);
            return withMainVerb(s, named, verb, dropped, added);
        }
        return s;
    }

    private static boolean isDate(Sentence s, int i) {
        return "DATE".equals(s.tokens().get(i).ner());
    }

    /**
     * The edges that give the words ending a relative clause back to it: a date as the clause's phrase
     * ("since October"); a noun as the object of the participle the "while" introduces, or as the
     * phrase itself when there is none. A participle the parser hung on the noun is {@code dropped} from it.
     */
    private static List<Dependency> backToTheClause(Sentence s, int relative, int words, int mark, List<Dependency> dropped) {
        String marker = s.tokens().get(mark).word().toLowerCase(java.util.Locale.ROOT);
        if (isDate(s, words)) {
            return List.of(new Dependency("obl:" + marker, relative, words), new Dependency("case", words, mark));
        }
        Dependency doing = s.dependencies().stream().filter(d -> d.governor() == words && d.relation().equals("amod")
                && d.dependent() > mark && s.tokens().get(d.dependent()).pos().equals("VBG")).findFirst().orElse(null);
        if (doing == null) {
            return List.of(new Dependency("advcl:" + marker, relative, words), new Dependency("mark", words, mark));
        }
        dropped.add(doing);
        return List.of(new Dependency("advcl:" + marker, relative, doing.dependent()),
                new Dependency("mark", doing.dependent(), mark), new Dependency("obj", doing.dependent(), words));
    }

    /** A verb after a relative clause on the {@code named} noun that the parser hung on that clause (advcl). */
    private static boolean verbHungOnTheClause(Sentence s, Dependency hung, int named) {
        int relative = hung.governor();
        int verb = hung.dependent();
        return hung.relation().startsWith("advcl") && relative >= 0 && verb > relative && isVerb(s, verb)
                && describes(s, relative, named);
    }

    /** A comma right before the verb or before the first of its auxiliaries ("..., have been sentenced"). */
    private static boolean commaBeforeTheVerbGroup(Sentence s, int verb) {
        int first = s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("aux"))
                .mapToInt(Dependency::dependent).min().orElse(verb);
        return first > 0 && s.tokens().get(first - 1).word().equals(",");
    }

    /**
     * "Ann Lee, who the minister said was detained in X": the "who" clause's verb is the saying,
     * and what was said (a verb with no subject of its own) tells of the one the clause describes,
     * not of the speaker.
     */
    static Sentence whoTheSpeakerSaidDidIsTheOneDescribed(Sentence s) {
        for (Dependency clause : s.dependencies()) {
            int said = clause.dependent();
            int described = clause.governor();
            if (!clause.relation().equals("acl:relcl") || described < 0 || !SpeechVerbs.says(s.tokens().get(said))
                    || !hasSubject(s, said) || !refersTo(s, described, said)) {
                continue;
            }
            List<Dependency> removed = new ArrayList<>();
            List<Dependency> added = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                int verb = d.dependent();
                if (d.governor() == said && verb > said && (d.relation().equals("dep") || d.relation().equals("ccomp"))
                        && isVerb(s, verb) && !hasSubject(s, verb)) {
                    added.add(new Dependency(isPassive(s, verb) ? "nsubj:pass" : "nsubj", verb, described));
                }
            }
            s.dependencies().stream().filter(d -> d.governor() == said && d.dependent() == described
                    && d.relation().equals("obj")).forEach(removed::add);
            return ParseGraph.withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /** A "who" right after the described noun, before the clause's verb, refers to that noun. */
    private static boolean refersTo(Sentence s, int described, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.relation().equals("ref") && d.dependent() > described
                && d.dependent() < verb && s.tokens().get(d.dependent()).word().equalsIgnoreCase("who"));
    }

    /** The sentence's head when the parser made it a noun ("Brell" in "Brell, who ..., was freed"), or -1. */
    private static int rootNoun(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                return s.tokens().get(d.dependent()).pos().startsWith("NN") ? d.dependent() : -1;
            }
        }
        return -1;
    }

    /** The verb is a relative clause on the name, or on a description beside it ("Brell, a teacher who ..."). */
    private static boolean describes(Sentence s, int relative, int named) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == relative && d.relation().startsWith("acl")) {
                int noun = d.governor();
                return noun == named || s.dependencies().stream().anyMatch(a -> a.governor() == named
                        && a.dependent() == noun && a.relation().equals("appos"));
            }
        }
        return whoClauseInsideTheDescription(s, relative, named);
    }

    /**
     * "Tom Ash, a 24-year-old who held dual citizenship until Sunday, was released": a "who"
     * clause the parser hung somewhere inside the words set off beside the name ("24-year-old"
     * taken apart) still describes the person named.
     */
    private static boolean whoClauseInsideTheDescription(Sentence s, int relative, int named) {
        boolean who = s.dependencies().stream().anyMatch(d -> d.governor() == relative && d.relation().startsWith("nsubj")
                && s.tokens().get(d.dependent()).pos().equals("WP"));
        if (!who) {
            return false;
        }
        int at = relative;
        for (int steps = 0; at >= 0 && steps < 5; steps++) {
            int from = at;
            int head = s.dependencies().stream().filter(d -> d.dependent() == from && !d.relation().equals("ref"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            if (head == named) {
                return s.dependencies().stream().anyMatch(d -> d.governor() == named && d.relation().equals("appos"));
            }
            at = head;
        }
        return false;
    }

    /**
     * "They include Ann Lee, who was handed a sentence after being found guilty, and Tom Ash, a
     * musician ...": the parser gives the clause's verbs the second name as a subject too, because
     * the names are listed; a clause closed before the next name tells of the first one only.
     * (SentenceFacts keeps the second from borrowing the first one's part through the list.)
     */
    static Sentence whoClauseOfTheFirstListedName(Sentence s) {
        for (Dependency relcl : s.dependencies()) {
            int first = relcl.governor();
            int verb = relcl.dependent();
            if (!relcl.relation().equals("acl:relcl") || first < 0 || verb < first || !isName(s, first)) {
                continue;
            }
            for (Dependency conj : s.dependencies()) {
                int second = conj.dependent();
                if (conj.governor() != first || !conj.relation().startsWith("conj") || second < verb) {
                    continue;
                }
                List<Dependency> shared = s.dependencies().stream()
                        .filter(d -> d.dependent() == second && d.relation().startsWith("nsubj")
                                && d.governor() >= verb && d.governor() < second)
                        .toList();
                if (!shared.isEmpty()) {
                    List<Dependency> deps = new ArrayList<>(s.dependencies());
                    deps.removeAll(shared);
                    return whoClauseOfTheFirstListedName(new Sentence(s.index(), s.text(), s.tokens(), deps));
                }
            }
        }
        return s;
    }

    /**
     * "The wife of a dual national who has been jailed for ten years": with no comma before it, a
     * "who" clause describes the noun right before it, the "of" phrase's, not the noun that phrase
     * belongs to. The clause moves to that noun, which becomes the subject of the clause's verb.
     */
    static Sentence whoClausesOfTheNearestNoun(Sentence s) {
        for (Dependency ref : s.dependencies()) {
            int who = ref.dependent();
            int outer = ref.governor();
            int nearest = who - 1;
            if (!ref.relation().equals("ref") || !isRelativeWho(s, who) || nearest < 0 || outer == nearest
                    || s.dependencies().stream().noneMatch(d -> d.governor() == outer && d.dependent() == nearest
                            && d.relation().startsWith("nmod:of"))) {
                continue;
            }
            if (s.dependencies().stream().noneMatch(d -> d.governor() == outer && d.relation().equals("acl:relcl"))) {
                continue;
            }
            return whoClauseMoved(s, ref, outer, nearest);
        }
        return s;
    }

    /**
     * A "who" clause moved from the noun the parser hung it on to the one it describes: the
     * clause and its "who" hang on the new noun, which becomes the subject of the clause's verb
     * (the parser's subject or object there, "the family of Lee, who has been detained", was
     * the old noun): undergoing a passive verb, doing an active one.
     */
    private static Sentence whoClauseMoved(Sentence s, Dependency ref, int from, int to) {
        List<Integer> clauses = s.dependencies().stream().filter(d -> d.governor() == from && d.relation().equals("acl:relcl"))
                .map(Dependency::dependent).toList();
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean subject = d.dependent() == from && clauses.contains(d.governor())
                    && (d.relation().startsWith("nsubj") || d.relation().equals("obj"));
            if (d == ref || d.governor() == from && clauses.contains(d.dependent())) {
                deps.add(new Dependency(d.relation(), to, d.dependent()));
            } else if (subject) {
                deps.add(new Dependency(isPassive(s, d.governor()) ? "nsubj:pass" : "nsubj", d.governor(), to));
            } else {
                deps.add(d);
            }
        }
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /**
     * "Ann Lee, a teacher, and her partner, Tom Ash, who were detained in May": the parser hangs
     * the clause on the last name listed, but its plural verb tells of all of them. Each other
     * one listed becomes a subject of the clause's verb as the last name is.
     */
    static Sentence pluralWhoClauseTellsOfTheWholeList(Sentence s) {
        for (Dependency relcl : s.dependencies()) {
            int last = relcl.governor();
            int verb = relcl.dependent();
            if (!relcl.relation().equals("acl:relcl") || last < 0 || verb < last || !pluralVerb(s, verb)) {
                continue;
            }
            Dependency subject = s.dependencies().stream()
                    .filter(d -> d.governor() == verb && d.dependent() == last && d.relation().startsWith("nsubj"))
                    .findFirst().orElse(null);
            List<Dependency> added = subject == null ? List.of() : othersListed(s, last, verb).stream()
                    .filter(other -> s.dependencies().stream().noneMatch(d -> d.governor() == verb && d.dependent() == other))
                    .map(other -> new Dependency(subject.relation(), verb, other))
                    .toList();
            if (!added.isEmpty()) {
                List<Dependency> deps = new ArrayList<>(s.dependencies());
                deps.addAll(added);
                return new Sentence(s.index(), s.text(), s.tokens(), deps);
            }
        }
        return s;
    }

    /** Those listed with {@code last} before the clause's verb; a listed noun described by a name stands as the name. */
    private static List<Integer> othersListed(Sentence s, int last, int verb) {
        int described = governorBy(s, last, "appos");
        int own = described >= 0 ? described : last;
        int listHead = governorBy(s, own, "conj");
        int head = listHead >= 0 ? listHead : own;
        if (head == own && s.dependencies().stream()
                .noneMatch(d -> d.governor() == own && d.relation().startsWith("conj") && d.dependent() < verb)) {
            return List.of();
        }
        List<Integer> listed = new ArrayList<>(List.of(head));
        s.dependencies().stream().filter(d -> d.governor() == head && d.relation().startsWith("conj") && d.dependent() < verb)
                .forEach(d -> listed.add(d.dependent()));
        List<Integer> others = new ArrayList<>();
        for (int member : listed) {
            if (member == own || member == last || !s.tokens().get(member).pos().startsWith("NN")) {
                continue;
            }
            others.add(s.dependencies().stream()
                    .filter(d -> d.governor() == member && d.relation().equals("appos") && isName(s, d.dependent()))
                    .map(Dependency::dependent).findFirst().orElse(member));
        }
        return others;
    }

    /** "who were detained", "who have been held", "who remain": a verb that tells of more than one. */
    private static boolean pluralVerb(Sentence s, int verb) {
        List<Integer> auxiliaries = s.dependencies().stream()
                .filter(d -> d.governor() == verb && (d.relation().startsWith("aux") || d.relation().equals("cop")))
                .map(Dependency::dependent).sorted().toList();
        if (auxiliaries.isEmpty()) {
            return s.tokens().get(verb).pos().equals("VBP");
        }
        String first = s.tokens().get(auxiliaries.get(0)).word().toLowerCase(java.util.Locale.ROOT);
        return PLURAL_AUXILIARIES.contains(first);
    }

    private static final java.util.Set<String> PLURAL_AUXILIARIES = java.util.Set.of("were", "are", "have", "'re", "\u2019re", "'ve");

    /** The word {@code token} hangs on by a relation starting {@code relation}, or -1. */
    private static int governorBy(Sentence s, int token, String relation) {
        return s.dependencies().stream().filter(d -> d.dependent() == token && d.relation().startsWith(relation))
                .map(Dependency::governor).findFirst().orElse(-1);
    }
}
