package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Mends parse errors common in news sentences before anything reads the graph.
 * <ul>
 * <li>A relative clause set off by a comma ("... the release of Ana Brell, who was arrested in
 * May") that the parser hung off the main verb as a side remark (parataxis) instead of from the
 * name it describes. The clause is given back to the name, with the edges the parser makes for a
 * relative clause it gets right (the name as the clause's subject, "who" referring to it), so that
 * what the clause says happens to that person and not to whoever is the subject of the main verb.
 * <li>A participle after a noun ("A couple detained in Iran are ...", a headline's "Teacher jailed
 * in Minsk") taken for a verb the noun does: a past participle without an auxiliary is told of its
 * noun, which undergoes it (its subject becomes a passive subject); when the parser made that
 * clause the subject of the main verb ("A teacher held in X has been moved"), the noun is.
 * <li>A participle completing a verb ("Lee remains imprisoned in X", "stays detained") left without
 * the verb's subject: the subject undergoes it too.
 * <li>A list of verb phrases ("The pair were arrested, are held in Y and have a lawyer") whose
 * second phrase the parser left hanging (dep) instead of joining it to the first: the phrase after
 * the comma shares the first verb's subject, as a joined verb does.
 * <li>A name and a description set off by commas ("Ana Brell, a father-of-two from Leeds, was
 * arrested"; "The other two, Ana Brell and Li Wen, were arrested") where the parser took the
 * description's noun alone for the verb's subject: the people named are the subject too.
 * <li>A dateline ("LIMA (Agency) - Ana Brell has been freed") taken for the subject of the story's
 * first verb: the subject is the noun after the dateline, which the parser left hanging from it.
 * <li>A name described by a relative clause and then the main verb ("Ana Brell, a teacher who
 * worked in X, was freed") parsed as if the main verb went on the relative clause: the main verb
 * becomes the sentence's head, with the name as its subject.
 * <li>Companions of the subject ("Ana Brell was arrested together with two colleagues, Li Wen and
 * Tom Ash", "along with", "alongside"): they share the subject's part in the verb, and in the verbs
 * joined to it.
 * <li>A name in a list taken for another name of the first ("Ann Lee, Tom Ash, Bo Lin and Li Wen"):
 * one more person of the list.
 * <li>A "who" clause hung from a thing ("the fate of Ann Lee, who has been held ..."): about the
 * person named before the comma.
 * <li>A passive told subject last ("Detained in the raid were Ann Lee and Tom Ash"), which the
 * parser reads as "the detained one was Ann Lee": the people named undergo the participle.
 * <li>A participle joined by "and" to the noun before it ("was accused of espionage and later
 * sentenced to death") instead of to the verb: it is joined to the verb and shares its subject.
 * <li>Names listed after a colon ("four Americans are detained there: Ann Lee, Tom Ash and Bo
 * Lin") or set off by dashes or brackets ("The two Americans – Ann Lee and Tom Ash – were
 * freed") that spell out a plural noun: each name has the noun's part in the sentence.
 * <li>A clause before the closing report ("Ann Lee returned home after being released, the
 * minister said") hung on the report: it goes back to the verb it follows.
 * <li>A participle set off by a comma right after names ("the trials for Ann Lee and Tom Ash,
 * jailed in X since 2018, ...") hung on a noun further back: it describes the people just named.
 * <li>The object of a verb taken for a second subject of the report at the end ("Tarvia on Monday
 * freed teacher Ann Lee, who was jailed in May, the ministry said"): the person is what was freed.
 * <li>A place right after a date ("detained since May in Ruritania", "arrested in 2019 at the
 * airport") hung on the date as if the month had a place: it says where the verb happened.
 * <li>A sentence the parser could not read as a whole ("Ann Lee and Tom Ash, held on charges they
 * deny, are jailed in X"), whose root it made the names, and whose verb it left hanging without a
 * subject: the names are the verb's subject.
 * <li>Two verbs joined by "and" ("was arrested and charged") where the second took only some of
 * the first one's subjects: it has them all.
 * <li>A participle clause of time or reason with no subject of its own ("was sentenced after being
 * arrested in May", "was detained while visiting family"): its subject is the main verb's.
 * <li>A "who" clause right after the noun of an "of" phrase ("the wife of a national who has been
 * jailed") that the parser hung on the noun before it ("wife"): it describes the nearest noun.
 * <li>Names right after the noun that describes them ("Tarvia freed French prisoners Ann Lee and
 * Tom Ash") that the parser left hanging from the noun (dep): they have the noun's part.
 * <li>A passive verb without a subject right after a name the parser hung on a noun before it
 * ("... the release of her mother, Ann Lee was arrested in May"): the name is its subject.
 * </ul>
 */
final class ParseRepairs {

    /** The repairs in the order they run: each reads the graph the ones before it mended. */
    private static final List<UnaryOperator<Sentence>> REPAIRS = List.of(
            ParseRepairs::listedNamesAreConjoined,
            ParseRepairs::namedRootIsTheSubject,
            ParseRepairs::subjectlessPassiveTakesTheNameBeforeIt,
            ParseRepairs::whoClausesOfTheNamedPerson,
            ParseRepairs::whoClausesOfTheNearestNoun,
            ParseRepairs::relativeClausesReattached,
            ParseRepairs::participleAfterANameDescribesIt,
            ParseRepairs::participleSubjectsUndergo,
            ParseRepairs::participleComplementsShareTheSubject,
            ParseRepairs::listedVerbsShareTheSubject,
            ParseRepairs::describedNamesShareTheSubject,
            ParseRepairs::namesRightAfterTheirNounShareItsPart,
            ParseRepairs::datelineIsNoSubject,
            ParseRepairs::companionsShareTheSubject,
            ParseRepairs::mainVerbAfterARelativeClause,
            ParseRepairs::objectsTakenForSubjectsOfTheReport,
            ParseRepairs::invertedPassivesUndergone,
            ParseRepairs::clausesBeforeTheClosingReport,
            ParseRepairs::namesSpellingOutANoun,
            ParseRepairs::participlesJoinedToTheVerb,
            ParseRepairs::placeAfterADateIsTheVerbs,
            ParseRepairs::joinedVerbsShareTheirSubjects,
            ParseRepairs::adverbialParticiplesShareTheSubject);

    private ParseRepairs() {
    }

    static AnnotatedArticle repaired(AnnotatedArticle article) {
        List<Sentence> sentences = new ArrayList<>(article.sentences().size());
        boolean changed = false;
        for (Sentence s : article.sentences()) {
            Sentence r = s;
            for (UnaryOperator<Sentence> repair : REPAIRS) {
                r = repair.apply(r);
            }
            changed |= r != s;
            sentences.add(r);
        }
        return changed ? new AnnotatedArticle(article.article(), sentences) : article;
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
     * "Ann Lee, Tom Ash, Bo Lin and Li Wen were detained": a name the parser took for another
     * name of the first ("Ann Lee, Tom Ash" as an apposition) while the names after it are joined
     * to the first is one more person of the list, with the first one's part in the sentence.
     */
    static Sentence listedNamesAreConjoined(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency appos : deps) {
            int first = appos.governor();
            int next = appos.dependent();
            if (!appos.relation().equals("appos") || first < 0 || next <= first || !isName(s, first) || !isName(s, next)
                    || !listGoesOnAfter(s, next)) {
                continue;
            }
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency d : deps) {
                repaired.add(d == appos ? new Dependency("conj:and", first, next) : d);
                if (d.dependent() == first && d.governor() >= 0 && SHARED_PARTS.matcher(d.relation()).lookingAt()) {
                    repaired.add(new Dependency(d.relation(), d.governor(), next));
                }
            }
            return listedNamesAreConjoined(new Sentence(s.index(), s.text(), s.tokens(), repaired));
        }
        return s;
    }

    /** After the name, a comma and more names, the last of them after "and" ("..., Erik Dahl and Nils Berg"). */
    private static boolean listGoesOnAfter(Sentence s, int name) {
        int i = name + 1;
        if (i >= s.tokens().size() || !s.tokens().get(i).word().equals(",")) {
            return false;
        }
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("cc") && d.governor() > name && isName(s, d.governor())
                    && (d.dependent() > name) && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("and")) {
                return true;
            }
        }
        return false;
    }

    /** The parts a person plays in a clause, which every name of a list shares. */
    private static final java.util.regex.Pattern SHARED_PARTS = java.util.regex.Pattern.compile("nsubj|obj|iobj|obl|nmod");

    private static boolean isName(Sentence s, int i) {
        return "PERSON".equals(s.tokens().get(i).ner()) && s.tokens().get(i).pos().startsWith("NNP");
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
            int person = who - 2;
            if (!ref.relation().equals("ref") || !isRelativeWho(s, who) || person < 0 || thing == person
                    || !s.tokens().get(who - 1).word().equals(",") || !"PERSON".equals(s.tokens().get(person).ner())
                    || !isThing(s.tokens().get(thing))
                    || s.dependencies().stream().noneMatch(d -> d.governor() == thing && d.dependent() == person)) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                // "the family of Lee, who has been detained": a passive clause the parser gave the thing as its object
                boolean passiveObject = d.dependent() == thing && d.relation().equals("obj") && isClauseOf(s, d.governor(), thing)
                        && s.dependencies().stream().anyMatch(a -> a.governor() == d.governor() && a.relation().equals("aux:pass"));
                boolean clauseEdge = d.governor() == thing && (d.relation().equals("acl:relcl") || d == ref)
                        || d.dependent() == thing && d.relation().startsWith("nsubj") && isClauseOf(s, d.governor(), thing);
                deps.add(passiveObject ? new Dependency("nsubj:pass", d.governor(), person)
                        : !clauseEdge ? d : d.governor() == thing ? new Dependency(d.relation(), person, d.dependent())
                        : new Dependency(d.relation(), d.governor(), person));
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    /** A common noun for no person ("fate", "case"; not "lawyer", "Briton" or a name). */
    private static boolean isThing(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        Nationalities.Words words = Nationalities.Words.get();
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && "O".equals(t.ner()) && !words.isTitle(lemma)
                && !words.isNationality(lemma) && !ReferenceResolver.DETAINEE_NOUNS.contains(lemma);
    }

    /** The verb heads a relative clause of the noun. */
    private static boolean isClauseOf(Sentence s, int verb, int noun) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.dependent() == verb && d.relation().equals("acl:relcl"));
    }

    private static boolean isRelativeWho(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return t.pos().equals("WP") && (t.word().equalsIgnoreCase("who") || t.word().equalsIgnoreCase("whom"));
    }

    /** The noun right before ", who", or -1. */
    private static int antecedentBeforeComma(Sentence s, int who) {
        if (who < 2 || !s.tokens().get(who - 1).word().equals(",")) {
            return -1;
        }
        return s.tokens().get(who - 2).pos().startsWith("NN") ? who - 2 : -1;
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
        for (Dependency x : s.dependencies()) {
            int participle = x.dependent();
            if (!x.relation().equals("xcomp") || !s.tokens().get(participle).pos().equals("VBN") || hasSubject(s, participle)) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, x.governor())) {
                added.add(new Dependency("nsubj:pass", participle, subject.dependent()));
            }
        }
        return withEdges(s, added);
    }

    private static boolean hasSubject(Sentence s, int verb) {
        return !subjectsOf(s, verb).isEmpty();
    }

    private static List<Dependency> subjectsOf(Sentence s, int verb) {
        return s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj")).toList();
    }

    static Sentence listedVerbsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency x : s.dependencies()) {
            int first = x.governor();
            int listed = x.dependent();
            if (!x.relation().equals("dep") || first < 0 || listed < first || !isVerb(s, first) || !isVerb(s, listed)
                    || hasSubject(s, listed) || !followsComma(s, listed) || isRelativeClause(s, first)) {
                continue; // "X, who was held for a year, was freed": the hanging verb is the main one, not a second relative
            }
            for (Dependency subject : subjectsOf(s, first)) {
                for (int verb : withJoinedVerbs(s, listed)) {
                    added.add(new Dependency(isPassive(s, verb) ? "nsubj:pass" : "nsubj", verb, subject.dependent()));
                }
            }
        }
        return withEdges(s, added);
    }

    private static boolean isRelativeClause(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.dependent() == verb && d.relation().startsWith("acl"));
    }

    private static boolean isVerb(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("VB");
    }

    /** The verb's phrase (its auxiliaries included) starts right after a comma. */
    private static boolean followsComma(Sentence s, int verb) {
        int start = phraseStart(s, verb);
        if (start > 1 && QUOTES.contains(s.tokens().get(start - 1).word())) {
            start--; // "who inspired the film 'Hotel Rwanda,' has been convicted"
        }
        return start > 0 && s.tokens().get(start - 1).word().equals(",");
    }

    private static final java.util.Set<String> QUOTES = java.util.Set.of("'", "''", "\u2019", "\u201d", "\"");

    private static List<Integer> withJoinedVerbs(Sentence s, int verb) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("conj") && isVerb(s, d.dependent())
                    && !hasSubject(s, d.dependent())) {
                verbs.add(d.dependent());
            }
        }
        return verbs;
    }

    private static boolean isPassive(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
    }

    static Sentence describedNamesShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency subject : s.dependencies()) {
            int noun = subject.dependent();
            int verb = subject.governor();
            if (!subject.relation().startsWith("nsubj") || noun > verb || s.tokens().get(noun).ner().equals("PERSON")) {
                continue;
            }
            int open = commaBefore(s, noun);
            int close = commaAfter(s, noun);
            if (open > 0 && close > 0 && close + 1 == phraseStart(s, verb) && s.tokens().get(open - 1).ner().equals("PERSON")
                    && noVerbBetween(s, open, close) && !hasSubjectAt(s, verb, open - 1)) {
                added.add(new Dependency(subject.relation(), verb, open - 1));
            }
            // "The other two, Tom Ash and Bo Lin, were arrested": the names beside a counted or plural
            // subject ("his counterpart, X, said" stays as the parser read it)
            String pos = s.tokens().get(noun).pos();
            if (!pos.equals("CD") && !pos.equals("NNS")) {
                continue;
            }
            for (Dependency beside : s.dependencies()) {
                boolean named = beside.governor() == noun && beside.dependent() > noun && beside.dependent() < verb
                        && (beside.relation().equals("appos") || beside.relation().equals("dep"))
                        && s.tokens().get(beside.dependent()).ner().equals("PERSON");
                if (named && !hasSubjectAt(s, verb, beside.dependent())) {
                    added.add(new Dependency(subject.relation(), verb, beside.dependent()));
                    for (Dependency joined : s.dependencies()) {
                        if (joined.governor() == beside.dependent() && joined.relation().startsWith("conj")
                                && s.tokens().get(joined.dependent()).ner().equals("PERSON")) {
                            added.add(new Dependency(subject.relation(), verb, joined.dependent()));
                        }
                    }
                }
            }
        }
        return withEdges(s, added);
    }

    private static int commaBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s.tokens().get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static int commaAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean noVerbBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.tokens().get(k).pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSubjectAt(Sentence s, int verb, int token) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.dependent() == token);
    }

    /** Where a verb's phrase starts: its first auxiliary ("was" in "was arrested"), or the verb. */
    private static int phraseStart(Sentence s, int verb) {
        int start = verb;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("aux") && d.dependent() < start) {
                start = d.dependent();
            }
        }
        return start;
    }

    private static final java.util.Set<String> DATELINE_MARKS = java.util.Set.of("-", "--", "\u2013", "\u2014", ":");

    static Sentence datelineIsNoSubject(Sentence s) {
        int mark = datelineMark(s);
        if (mark < 0) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        boolean changed = false;
        for (int k = 0; k < deps.size(); k++) {
            Dependency subject = deps.get(k);
            if (subject.relation().startsWith("nsubj") && subject.dependent() < mark) {
                int story = storyNounAfter(s, mark, subject.dependent());
                if (story >= 0) {
                    deps.set(k, new Dependency(subject.relation(), subject.governor(), story));
                    changed = true;
                }
            }
        }
        return changed ? new Sentence(s.index(), s.text(), s.tokens(), deps) : s;
    }

    /** The dash or colon ending a dateline ("CAIRO (AA) \u2013"): a place first, a few words, then the mark. */
    private static int datelineMark(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !"LOCATION".equals(tokens.get(0).ner()) && !tokens.get(0).ner().equals("CITY")) {
            return -1;
        }
        for (int i = 1; i < Math.min(tokens.size(), 8); i++) {
            if (DATELINE_MARKS.contains(tokens.get(i).word())) {
                return i;
            }
            if (tokens.get(i).pos().startsWith("VB")) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun after the dateline that the parser hung from the dateline's words. */
    private static int storyNounAfter(Sentence s, int mark, int dateline) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == dateline && d.dependent() > mark && d.relation().equals("dep")
                    && s.tokens().get(d.dependent()).pos().startsWith("NN")) {
                return d.dependent();
            }
        }
        return -1;
    }

    static Sentence companionsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency with : s.dependencies()) {
            int verb = with.governor();
            if (verb < 0 || !isVerb(s, verb) || !isCompanion(s, with)) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, verb)) {
                for (int companion : companionAndNames(s, with.dependent())) {
                    for (Dependency shared : subjectEdges(s, verb, subject.dependent())) {
                        added.add(new Dependency(shared.relation(), shared.governor(), companion));
                    }
                }
            }
        }
        return withEdges(s, added);
    }

    /** "together with X", "along with X", "alongside X" attached to a verb. */
    private static boolean isCompanion(Sentence s, Dependency d) {
        String r = d.relation();
        if (r.equals("obl:alongside") || r.equals("obl:along_with") || r.equals("obl:together_with")) {
            return true;
        }
        if (!r.equals("obl:with")) {
            return false;
        }
        int with = d.dependent();
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

    static Sentence mainVerbAfterARelativeClause(Sentence s) {
        int named = rootNoun(s);
        if (named < 0) {
            return s;
        }
        for (Dependency hanging : s.dependencies()) {
            int relative = hanging.governor();
            int verb = hanging.dependent();
            if (!hanging.relation().equals("dep") || relative < 0 || verb < relative || !isVerb(s, verb)
                    || hasSubject(s, verb) || !followsComma(s, verb) || !describes(s, relative, named)) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                boolean replaced = d == hanging || d.governor() < 0 && d.dependent() == named;
                if (!replaced) {
                    deps.add(d);
                }
            }
            deps.add(new Dependency("root", -1, verb));
            for (int joined : withJoinedVerbs(s, verb)) { // "has been convicted ... and sentenced"
                deps.add(new Dependency(isPassive(s, joined) || joined != verb && isPassive(s, verb) ? "nsubj:pass" : "nsubj",
                        joined, named));
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
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
        return false;
    }

    /**
     * "Tarvia on Monday freed teacher Ann Lee, who was jailed in May, the ministry said": a report
     * verb with two subjects, the first of them right after a verb that has no object, is the
     * parser's misreading of that verb's object: the person becomes the object of the verb (and of
     * the verbs joined before it, "pardoned and freed").
     */
    static Sentence objectsTakenForSubjectsOfTheReport(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int report = d.governor();
            if (!d.relation().equals("nsubj") || report < 0
                    || !SpeechVerbs.reports(s.tokens().get(report))) {
                continue;
            }
            int object = d.dependent();
            int verb = nounPhraseStart(s, object) - 1;
            boolean second = subjectsOf(s, report).stream().anyMatch(o -> o.dependent() > object && o.dependent() < report);
            if (!second || verb < 0 || !isVerb(s, verb) || verb >= report || isPassive(s, verb) || hasObject(s, verb)) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>(s.dependencies());
            deps.remove(d);
            deps.add(new Dependency("obj", verb, object));
            for (Dependency joined : s.dependencies()) {
                if (joined.dependent() == verb && joined.relation().startsWith("conj") && !hasObject(s, joined.governor())) {
                    deps.add(new Dependency("obj", joined.governor(), object)); // "pardoned and freed X"
                }
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
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
     * "There are four Americans detained there: Ann Lee, Tom Ash and Bo Lin": the names after a
     * colon spell out the plural noun before it, and each takes the noun's part in the sentence (the
     * subject of "detained") and its descriptions (a participle on it).
     */
    static Sentence namesSpellingOutANoun(Sentence s) {
        int colon = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 1 || colon + 1 >= s.tokens().size()
                || !(isName(s, colon + 1) || DESCRIBED.contains(s.tokens().get(colon + 1).pos()))) {
            return namesBetweenDashesSpellOutTheNoun(s);
        }
        int noun = -1;
        for (int i = colon - 1; i >= 0 && noun < 0; i--) {
            String pos = s.tokens().get(i).pos();
            if (pos.equals("NNS") || pos.equals("NNPS")) {
                noun = i;
            }
        }
        List<Integer> names = namesAfter(s, colon);
        if (noun < 0 || names.size() < 2) {
            return namesBetweenDashesSpellOutTheNoun(s);
        }
        return namesShareTheNounsPart(withoutObjectsOfAPassiveAfter(s, colon), noun, names);
    }

    /** "... when she was freed: her fiance, Tom Ash": a passive verb takes no object after a colon. */
    private static Sentence withoutObjectsOfAPassiveAfter(Sentence s, int colon) {
        List<Dependency> deps = s.dependencies().stream().filter(d -> !(d.relation().equals("obj") && d.dependent() > colon
                && d.governor() >= 0 && d.governor() < colon && s.dependencies().stream()
                        .anyMatch(a -> a.governor() == d.governor() && a.relation().equals("aux:pass")))).toList();
        return deps.size() == s.dependencies().size() ? s : new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /** What sets an aside off before it: a dash or a bracket. */
    static final java.util.Set<String> ASIDE_OPENERS = java.util.Set.of("\u2013", "\u2014", "--", "-", "-LRB-", "(");
    private static final java.util.Set<String> ASIDE_CLOSERS = java.util.Set.of("\u2013", "\u2014", "--", "-", "-RRB-", ")");

    /**
     * "The two Americans – Ann Lee and Tom Ash – were exchanged", "two aid workers (Ann Lee and
     * Tom Ash) were freed": names set off by dashes or brackets right after a plural noun spell it
     * out, and the parser, which hangs them loose (dep), is told so.
     */
    static Sentence namesBetweenDashesSpellOutTheNoun(Sentence s) {
        for (int open = 1; open + 1 < s.tokens().size(); open++) {
            String pos = s.tokens().get(open - 1).pos();
            if (!ASIDE_OPENERS.contains(s.tokens().get(open).word()) || !(pos.equals("NNS") || pos.equals("NNPS"))) {
                continue;
            }
            List<Integer> names = namesInAside(s, open);
            if (names.size() >= 2) {
                return namesShareTheNounsPart(s, open - 1, names);
            }
        }
        return s;
    }

    /**
     * The last word of each name between an opening dash or bracket and its closing one, each name
     * perhaps with its description ("-- Cuban-American Ann Lee and former executive Tom Ash --");
     * none if anything else stands between them.
     */
    private static List<Integer> namesInAside(Sentence s, int open) {
        List<Integer> names = new ArrayList<>();
        for (int i = open + 1; i < s.tokens().size() && i <= open + 25; i++) {
            Token t = s.tokens().get(i);
            if (ASIDE_CLOSERS.contains(t.word()) && !t.pos().equals("HYPH")) { // not the hyphen of "Cuban-American"
                return names;
            }
            boolean last = isName(s, i) && (i + 1 >= s.tokens().size() || !isName(s, i + 1));
            if (last) {
                names.add(i);
            } else if (!isName(s, i) && !t.word().equals(",") && !t.pos().equals("CC") && !t.pos().startsWith("JJ")
                    && !t.pos().startsWith("NN") && !t.pos().equals("HYPH") && !t.pos().equals("DT")
                    && !t.pos().equals("VBN")) { // "Iraqi-born", "US-based"
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Each name gets the noun's part in the sentence, and the noun's description; an object the
     * parser took for an indirect one ("freed prisoners A and B": iobj) is the object.
     */
    private static Sentence namesShareTheNounsPart(Sentence s, int noun, List<Integer> names) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean part = d.dependent() == noun && d.governor() >= 0
                    && (SHARED_PARTS.matcher(d.relation()).lookingAt() || d.relation().equals("iobj"));
            boolean description = d.governor() == noun && d.relation().startsWith("acl");
            for (int name : names) {
                if (part) {
                    added.add(new Dependency(d.relation().equals("iobj") ? "obj" : d.relation(), d.governor(), name));
                } else if (description) {
                    added.add(new Dependency(d.relation(), name, d.dependent()));
                }
            }
        }
        return withEdges(s, added);
    }

    /** The last word of each name after the colon (a name ends where the next token is no part of it). */
    private static List<Integer> namesAfter(Sentence s, int colon) {
        List<Integer> names = new ArrayList<>();
        for (int i = colon + 1; i < s.tokens().size(); i++) {
            boolean last = isName(s, i) && (i + 1 >= s.tokens().size() || !isName(s, i + 1));
            if (last) {
                names.add(i);
            } else if (!isName(s, i) && !s.tokens().get(i).word().equals(",") && !s.tokens().get(i).pos().equals("CC")
                    && !DESCRIBED.contains(s.tokens().get(i).pos())) {
                break;
            }
        }
        return names;
    }

    /** Words that may describe a name in a list ("her fiance, Tom Ash, and their friend Bo Lin"). */
    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("PRP$", "DT", "JJ", "NN");

    /**
     * "Ann Lee returned home on Friday after being released, the minister said": a clause told
     * before the report that closes the sentence, which the parser hung on the report, belongs to
     * the verb before it (so that who was released is who returned, not who said it).
     */
    static Sentence clausesBeforeTheClosingReport(Sentence s) {
        for (Dependency report : s.dependencies()) {
            int main = report.governor();
            int said = report.dependent();
            if (main < 0 || !(report.relation().equals("parataxis") || report.relation().equals("ccomp")) || said < main
                    || !SpeechVerbs.reports(s.tokens().get(said))) {
                continue;
            }
            int speaker = subjectsOf(s, said).stream().mapToInt(Dependency::dependent).min().orElse(said);
            for (Dependency clause : s.dependencies()) {
                if (clause.governor() == said && clause.relation().startsWith("advcl")
                        && clause.dependent() > main && clause.dependent() < speaker) {
                    List<Dependency> deps = new ArrayList<>(s.dependencies());
                    deps.remove(clause);
                    deps.add(new Dependency(clause.relation(), main, clause.dependent()));
                    return clausesBeforeTheClosingReport(new Sentence(s.index(), s.text(), s.tokens(), deps));
                }
            }
        }
        return s;
    }

    private static final java.util.Set<String> COPULAS = java.util.Set.of("was", "were", "is", "are");

    /**
     * "Detained in the raid were Ann Lee and editor Tom Ash": a participle the parser made the
     * subject of "were [names]" is undergone by each person named after the copula.
     */
    static Sentence invertedPassivesUndergone(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            int participle = d.dependent();
            int named = d.governor();
            if (!d.relation().equals("nsubj") || named < 0 || participle > named
                    || !s.tokens().get(participle).pos().equals("VBN") || !s.tokens().get(named).pos().startsWith("NN")
                    || !hasCopulaBetween(s, named, participle)) {
                continue;
            }
            for (int person : withJoinedNouns(s, named)) {
                added.add(new Dependency("nsubj:pass", participle, person));
            }
        }
        return withEdges(s, added);
    }

    private static boolean hasCopulaBetween(Sentence s, int noun, int participle) {
        return s.dependencies().stream().anyMatch(c -> c.governor() == noun && c.relation().equals("cop")
                && c.dependent() > participle && COPULAS.contains(s.tokens().get(c.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The noun, the nouns joined to it by "and", and the names hung on those ("director Tom Ash"). */
    private static List<Integer> withJoinedNouns(Sentence s, int noun) {
        List<Integer> nouns = new ArrayList<>(List.of(noun));
        for (Dependency c : s.dependencies()) {
            if (c.governor() == noun && c.relation().startsWith("conj")) {
                nouns.add(c.dependent());
                for (Dependency n : s.dependencies()) {
                    if (n.governor() == c.dependent() && (n.relation().equals("dep") || n.relation().equals("appos"))
                            && isName(s, n.dependent())) {
                        nouns.add(n.dependent());
                    }
                }
            }
        }
        return nouns;
    }

    private static boolean hasObject(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
    }

    /** Where a noun's phrase begins: its determiner, adjectives and compound words before it. */
    private static int nounPhraseStart(Sentence s, int noun) {
        int start = noun;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == noun && d.dependent() < start && java.util.Set.of("det", "amod", "compound", "nummod", "nmod:poss")
                    .contains(d.relation())) {
                start = Math.min(start, nounPhraseStart(s, d.dependent()));
            }
        }
        return start;
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

    private static Sentence withEdges(Sentence s, List<Dependency> added) {
        if (added.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        deps.addAll(added);
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /**
     * "detained since May in Ruritania": a date has no place of its own, so a place the parser hung
     * on a date (nmod) is where the verb the date belongs to happened (obl).
     */
    static Sentence placeAfterADateIsTheVerbs(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (!d.relation().startsWith("nmod:") || d.governor() < 0 || !isDate(s.tokens().get(d.governor()))
                    || isDate(s.tokens().get(d.dependent()))) {
                continue;
            }
            Dependency dateEdge = s.dependencies().stream()
                    .filter(e -> e.dependent() == d.governor() && e.relation().startsWith("obl")).findFirst().orElse(null);
            if (dateEdge == null) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>(s.dependencies());
            deps.remove(d);
            deps.add(new Dependency("obl:" + d.relation().substring("nmod:".length()), dateEdge.governor(), d.dependent()));
            return placeAfterADateIsTheVerbs(new Sentence(s.index(), s.text(), s.tokens(), deps));
        }
        return s;
    }

    private static boolean isDate(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    /**
     * "Ann Lee and Tom Ash, held on charges they deny, are jailed in X": the parser made the names
     * the root and left "are jailed" hanging (dep) from the words between, without a subject. A
     * finite verb without a subject below a named root is the sentence's head, with the names for
     * its subject, so that the words between ("they deny") are no longer told of it.
     */
    static Sentence namedRootIsTheSubject(Sentence s) {
        int root = s.dependencies().stream().filter(d -> d.governor() < 0).mapToInt(Dependency::dependent).findFirst().orElse(-1);
        if (root < 0 || !isName(s, root)) {
            return s;
        }
        List<Integer> names = new ArrayList<>(List.of(root));
        s.dependencies().stream().filter(d -> d.governor() == root && d.relation().startsWith("conj") && isName(s, d.dependent()))
                .forEach(d -> names.add(d.dependent()));
        for (int verb = root + 1; verb < s.tokens().size(); verb++) {
            int v = verb;
            if (!hangsBelow(s, v, root) || hasSubject(s, v)) {
                continue;
            }
            String auxiliary = finiteAuxiliary(s, v);
            if (auxiliary == null) {
                continue;
            }
            // the verb becomes the sentence's head, with the names as its subject
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0) {
                    deps.add(new Dependency("root", -1, v));
                } else if (d.dependent() != v || !(d.relation().equals("dep") || d.relation().equals("parataxis"))) {
                    deps.add(d);
                }
            }
            for (int name : names) {
                deps.add(new Dependency(auxiliary.equals("aux:pass") ? "nsubj:pass" : "nsubj", v, name));
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    /**
     * "As her daughter reports in a petition for the release of her mother, Ann Lee was arrested
     * in May": the parser set "Ann Lee" beside "mother" and left "was arrested" without a subject.
     * A passive verb with no subject, right after a name that hangs on a word before it, has that
     * name for its subject.
     */
    static Sentence subjectlessPassiveTakesTheNameBeforeIt(Sentence s) {
        for (Dependency aux : s.dependencies()) {
            int verb = aux.governor();
            int name = phraseStart(s, verb) - 1;
            if (!aux.relation().equals("aux:pass") || name < 0 || hasSubject(s, verb) || !isName(s, name)) {
                continue;
            }
            Dependency hung = s.dependencies().stream().filter(d -> d.dependent() == name).findFirst().orElse(null);
            if (hung == null || hung.governor() < 0 || hung.governor() >= name
                    || !(hung.relation().equals("appos") || hung.relation().startsWith("conj") || hung.relation().equals("dep"))) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d != hung) {
                    deps.add(d);
                }
            }
            deps.add(new Dependency("nsubj:pass", verb, name));
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    /** Reached from the root through edges the parser uses when it gives up (dep, parataxis). */
    private static boolean hangsBelow(Sentence s, int token, int root) {
        return hangsBelow(s, token, root, 4);
    }

    private static boolean hangsBelow(Sentence s, int token, int root, int steps) {
        return steps > 0 && s.dependencies().stream()
                .filter(d -> d.dependent() == token && (d.relation().equals("dep") || d.relation().equals("parataxis")))
                .anyMatch(d -> d.governor() == root || d.governor() >= 0 && hangsBelow(s, d.governor(), root, steps - 1));
    }

    /** The relation of a finite auxiliary of the verb ("are jailed": aux:pass), or null. */
    private static String finiteAuxiliary(Sentence s, int verb) {
        return s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("aux"))
                .filter(d -> s.tokens().get(d.dependent()).pos().matches("VBP|VBZ|VBD|MD"))
                .map(Dependency::relation).findFirst().orElse(null);
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
     * "She was sentenced after being arrested in Tehran", "He was detained while visiting family":
     * a participle clause hung on a verb (advcl) without a subject of its own is told of the verb's
     * subject, which undergoes a passive participle ("being arrested") and does an active one.
     * Only a person's: "letters, which reach him after being read" are read, but no one is arrested.
     */
    private static final java.util.Set<String> UNDONE = java.util.Set.of("advcl:against", "advcl:without",
            "advcl:instead_of", "advcl:rather_than");

    static Sentence adverbialParticiplesShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency clause : s.dependencies()) {
            int participle = clause.dependent();
            if (!clause.relation().startsWith("advcl") || clause.governor() < 0 || hasSubject(s, participle)
                    || UNDONE.contains(clause.relation())) {
                continue; // "decided against appealing": no appeal
            }
            String pos = s.tokens().get(participle).pos();
            boolean passive = pos.equals("VBN") && s.dependencies().stream().anyMatch(d -> d.governor() == participle
                    && d.relation().equals("aux:pass") && s.tokens().get(d.dependent()).pos().equals("VBG"));
            if (!passive && !pos.equals("VBG")) {
                continue;
            }
            for (Dependency subject : subjectsOf(s, clause.governor())) {
                if (isName(s, subject.dependent()) || s.tokens().get(subject.dependent()).pos().equals("PRP")) {
                    added.add(new Dependency(passive ? "nsubj:pass" : "nsubj", participle, subject.dependent()));
                }
            }
        }
        return withEdges(s, added);
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
            Integer verb = s.dependencies().stream().filter(d -> d.governor() == outer && d.relation().equals("acl:relcl"))
                    .map(Dependency::dependent).findFirst().orElse(null);
            if (verb == null) {
                continue;
            }
            boolean passive = s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d == ref) {
                    deps.add(new Dependency("ref", nearest, who));
                } else if (d.governor() == outer && d.dependent() == verb) {
                    deps.add(new Dependency(d.relation(), nearest, verb));
                } else if (d.governor() == verb && d.dependent() == outer) {
                    deps.add(new Dependency(passive ? "nsubj:pass" : "nsubj", verb, nearest));
                } else {
                    deps.add(d);
                }
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
    }

    /**
     * "Tarvia freed French prisoners Ann Lee and Tom Ash": the names the parser hung from the noun
     * for people held or for nationals before them (dep) are what the noun is in the sentence; an
     * object the parser took for an indirect one (iobj) is the object.
     */
    static Sentence namesRightAfterTheirNounShareItsPart(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int noun = d.governor();
            int name = d.dependent();
            if (!d.relation().equals("dep") || noun < 0 || !isName(s, name) || !startsRightAfter(s, noun, name)
                    || !nounForDetainedPeople(s.tokens().get(noun))) {
                continue;
            }
            List<Integer> names = new ArrayList<>(List.of(name));
            s.dependencies().stream().filter(c -> c.governor() == name && c.relation().startsWith("conj") && isName(s, c.dependent()))
                    .forEach(c -> names.add(c.dependent()));
            return namesShareTheNounsPart(s, noun, names);
        }
        return s;
    }

    /**
     * "prisoners", "hostages", "citizens", "Britons": a noun for people held or for nationals, not
     * for an office ("his counterpart Ann Lee" is whom a minister spoke to, and stays so).
     */
    private static boolean nounForDetainedPeople(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return t.pos().startsWith("NN") && (ReferenceResolver.DETAINEE_NOUNS.contains(lemma)
                || lemma.equals("citizen") || lemma.equals("national") || Nationalities.Words.get().isNationality(lemma));
    }

    /** The name's words begin right after the noun ("prisoners Ann Lee"). */
    private static boolean startsRightAfter(Sentence s, int noun, int name) {
        int first = name;
        while (first - 1 > noun && isName(s, first - 1)) {
            first--;
        }
        return first == noun + 1;
    }
}
