package org.dossier.extract;

import static org.dossier.extract.ParseGraph.hasSubject;
import static org.dossier.extract.ParseGraph.isName;
import static org.dossier.extract.ParseGraph.phraseStart;
import static org.dossier.extract.ParseGraph.withEdges;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Mends the parts of people named in a list, beside a description or after a noun they spell out:
 * each name gets the part in the sentence that the parser gave only to the first name, to the
 * noun or to nothing. The repairs run from {@link ParseRepairs}.
 * <ul>
 * <li>A name and a description set off by commas ("Ana Brell, a father-of-two from Leeds, was
 * arrested"; "The other two, Ana Brell and Li Wen, were arrested") where the parser took the
 * description's noun alone for the verb's subject: the people named are the subject too.
 * <li>A name in a list taken for another name of the first ("Ann Lee, Tom Ash, Bo Lin and Li Wen"):
 * one more person of the list; a name joined to the verb after its object ("detaining Ann Lee, and
 * Tom Ash on charges"): one more object.
 * <li>The last name of a list, after the noun that describes it ("executive Ann Lee and teacher Tom
 * Ash"), where the parser joined the noun to the list and left the name hanging: the name is listed.
 * <li>Names listed after a colon ("four Americans are detained there: Ann Lee, Tom Ash and Bo
 * Lin") or set off by dashes or brackets ("The two Americans – Ann Lee and Tom Ash – were
 * freed") that spell out a plural noun: each name has the noun's part in the sentence.
 * <li>A sentence the parser could not read as a whole ("Ann Lee and Tom Ash, held on charges they
 * deny, are jailed in X"), whose root it made the names, and whose verb it left hanging without a
 * subject: the names are the verb's subject.
 * <li>Names right after the noun that describes them ("Tarvia freed French prisoners Ann Lee and
 * Tom Ash") that the parser left hanging from the noun (dep): they have the noun's part.
 * <li>A passive verb without a subject right after a name the parser hung on a noun before it
 * ("... the release of her mother, Ann Lee was arrested in May"): the name is its subject.
 * </ul>
 */
final class NamesAndLists {

    private NamesAndLists() {
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

    /**
     * "The three nationals, Li Wei, He Ming and Wan Qin were arrested": the parser set the list's
     * first name beside the noun (or made it the sentence's head) and made the second the verb's
     * subject, joined to the last. The first name, followed by a comma and that name, is one more
     * of the list, with its part.
     */
    static Sentence nameOpeningAListIsListed(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency appos : deps) {
            int first = appos.dependent();
            boolean named = isName(s, first) || s.tokens().get(first).pos().equals("NNP") && appos.governor() >= 0
                    && PersonNouns.isPerson(s.tokens().get(appos.governor()).lemma()); // "nationals, Hung Qingzhou": a town's name too
            if (!(appos.relation().equals("appos") || appos.governor() < 0) || !named || first + 2 >= s.tokens().size()
                    || !s.tokens().get(first + 1).word().equals(",")) {
                continue;
            }
            int next = lastWordOfTheName(s, first + 2);
            boolean listed = isName(s, next) && deps.stream().anyMatch(d -> d.governor() == next && d.relation().startsWith("conj")
                    && d.dependent() > next && isName(s, d.dependent()));
            List<Dependency> parts = deps.stream().filter(d -> d.dependent() == next && d.governor() >= 0
                    && !d.relation().equals("appos") && SHARED_PARTS.matcher(d.relation()).lookingAt()).toList();
            if (!listed || parts.isEmpty() || deps.stream().anyMatch(d -> d.dependent() == first && d.governor() >= 0 && !d.relation().equals("appos"))) {
                continue;
            }
            List<Dependency> repaired = new ArrayList<>(deps);
            parts.forEach(d -> repaired.add(new Dependency(d.relation(), d.governor(), first)));
            return new Sentence(s.index(), s.text(), s.tokens(), repaired);
        }
        return s;
    }

    /** The last of the name words that run on from token {@code i} ("He Ming Wei" from "He": "Wei"), or {@code i}. */
    private static int lastWordOfTheName(Sentence s, int i) {
        int last = i;
        while (last + 1 < s.tokens().size() && isName(s, last + 1)) {
            last++;
        }
        return last;
    }

    /**
     * "police raided the office, detaining its editor Ann Lee, and its director Tom Ash on charges
     * of fraud": a name the parser joined to the sentence's verb, as if it were a second clause
     * without a verb, is one more of the people named as the object before it.
     */
    static Sentence nameJoinedToAVerbIsListedWithTheObject(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency conj : deps) {
            int verb = conj.governor();
            int name = conj.dependent();
            if (!conj.relation().startsWith("conj") || verb < 0 || !s.tokens().get(verb).pos().startsWith("VB")
                    || !isName(s, name) || hasSubject(s, name)) {
                continue;
            }
            Dependency object = nameObjectBefore(s, verb, name);
            if (object == null) {
                continue;
            }
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency d : deps) {
                if (d == conj) {
                    repaired.add(new Dependency(conj.relation(), object.dependent(), name));
                    repaired.add(new Dependency(object.relation(), object.governor(), name));
                } else {
                    repaired.add(d);
                }
            }
            return nameJoinedToAVerbIsListedWithTheObject(new Sentence(s.index(), s.text(), s.tokens(), repaired));
        }
        return s;
    }

    /** A name that is the object of {@code verb} or of a verb joined to it, before {@code name}. */
    private static Dependency nameObjectBefore(Sentence s, int verb, int name) {
        for (Dependency d : s.dependencies()) {
            boolean ofTheVerb = d.governor() == verb || s.dependencies().stream().anyMatch(
                    c -> c.governor() == verb && c.dependent() == d.governor() && c.relation().startsWith("conj"));
            if (ofTheVerb && d.relation().equals("obj") && d.dependent() < name && isName(s, d.dependent())) {
                return d;
            }
        }
        return null;
    }

    /**
     * "like executive Ann Lee, reporter Bo Lin and teacher Tom Ash, were freed": the parser joined
     * "teacher" to the list and hung "Tom Ash" on its first name; the name is the one listed, with
     * the first one's part in the sentence, and the noun describes it.
     */
    static Sentence describedLastNameIsListed(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency conj : deps) {
            int first = conj.governor();
            int noun = conj.dependent();
            if (!conj.relation().startsWith("conj") || first < 0 || !isName(s, first) || isName(s, noun)
                    || !s.tokens().get(noun).pos().startsWith("NN") || noun + 1 >= s.tokens().size() || !isName(s, noun + 1)) {
                continue;
            }
            int name = lastOfName(s, noun + 1);
            boolean hanging = deps.stream().anyMatch(d -> d.dependent() == name && d.governor() == first && d.relation().equals("dep"));
            if (!hanging) {
                continue;
            }
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency d : deps) {
                if (d == conj) {
                    repaired.add(new Dependency(conj.relation(), first, name));
                    repaired.add(new Dependency("compound", name, noun));
                } else if (!(d.dependent() == name && d.governor() == first)) {
                    repaired.add(d);
                }
                if (d.dependent() == first && d.governor() >= 0 && SHARED_PARTS.matcher(d.relation()).lookingAt()) {
                    repaired.add(new Dependency(d.relation(), d.governor(), name));
                }
            }
            return describedLastNameIsListed(new Sentence(s.index(), s.text(), s.tokens(), repaired));
        }
        return s;
    }

    /** The last word of the name that begins at {@code i} ("Marc Fogel": "Fogel"). */
    private static int lastOfName(Sentence s, int i) {
        int last = i;
        while (last + 1 < s.tokens().size() && isName(s, last + 1)) {
            last++;
        }
        return last;
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

    /**
     * "Ann Lee, a teacher from Lyon, and her partner Tom Ash were arrested": the parser set "her
     * partner" beside Ann Lee; the name given to a noun joined by "and" in the subject's aside is
     * a subject too.
     */
    static Sentence partnerNamedBesideTheSubjectSharesIt(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency subject : s.dependencies()) {
            int name = subject.dependent();
            int verb = subject.governor();
            if (!subject.relation().startsWith("nsubj") || name > verb || !isName(s, name)) {
                continue;
            }
            for (Dependency aside : s.dependencies()) {
                int noun = aside.dependent();
                boolean joined = aside.governor() == name && aside.relation().equals("appos") && noun < verb
                        && s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.relation().equals("cc")
                                && s.tokens().get(d.dependent()).lemma().equalsIgnoreCase("and"));
                if (!joined) {
                    continue;
                }
                s.dependencies().stream().filter(d -> d.governor() == noun && (d.relation().equals("appos") || d.relation().equals("dep"))
                                && isName(s, d.dependent()) && d.dependent() < verb && !hasSubjectAt(s, verb, d.dependent()))
                        .forEach(d -> added.add(new Dependency(subject.relation(), verb, d.dependent())));
            }
        }
        return withEdges(s, added);
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
            if (!ASIDE_OPENERS.contains(s.tokens().get(open).word())) {
                continue;
            }
            int noun = isPlural(s, open - 1) ? open - 1 : -1;
            int participle = noun < 0 ? participleAfterAPlural(s, open) : -1;
            Sentence described = s;
            if (participle >= 0) {
                noun = pluralBefore(s, participle);
                described = describedBy(s, noun, participle);
            }
            List<Integer> names = noun < 0 ? List.of() : namesInAside(s, open);
            if (names.size() >= 2) {
                return namesShareTheNounsPart(described, noun, names);
            }
        }
        return s;
    }

    /**
     * "Americans unjustly detained in X -- A, B and C --": the participle of a phrase that follows
     * a plural noun right up to the aside (only adverbs between the noun and it), or -1.
     */
    private static int participleAfterAPlural(Sentence s, int open) {
        for (int v = open - 2; v >= 1 && open - v <= 8; v--) {
            Token t = s.tokens().get(v);
            if (t.word().equals(",")) {
                return -1;
            }
            if (t.pos().equals("VBN")) {
                return pluralBefore(s, v) >= 0 ? v : -1;
            }
        }
        return -1;
    }

    /** The plural noun right before a participle, over adverbs ("Americans unjustly detained"), or -1. */
    private static int pluralBefore(Sentence s, int participle) {
        int before = participle - 1;
        while (before > 0 && s.tokens().get(before).pos().startsWith("RB")) {
            before--;
        }
        return isPlural(s, before) ? before : -1;
    }

    /** The participle describes the noun, whatever the parser hung it on. */
    private static Sentence describedBy(Sentence s, int noun, int participle) {
        if (s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.dependent() == participle && d.relation().startsWith("acl"))) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies().stream()
                .filter(d -> !(d.dependent() == participle && d.relation().equals("dep"))).toList());
        deps.add(new Dependency("acl", noun, participle));
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    private static boolean isPlural(Sentence s, int i) {
        String pos = s.tokens().get(i).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
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
     * "Li Wei, He Ming and Wan Qin were arrested": a family name written as a pronoun ("He", "She")
     * opening a name the tagger marks a person's was parsed as the pronoun, the rest of the name
     * and the names after it hanging on it. The name's last word takes the pronoun's part, the
     * pronoun is a word of the name, and a name after it joined by "and" is listed with it.
     */
    static Sentence pronounOpeningANameIsPartOfIt(Sentence s) {
        for (int i = 0; i + 1 < s.tokens().size(); i++) {
            int pronoun = i;
            if (!s.tokens().get(pronoun).pos().equals("PRP") || !"PERSON".equals(s.tokens().get(pronoun).ner())
                    || !isName(s, pronoun + 1)) {
                continue;
            }
            int last = lastWordOfTheName(s, pronoun + 1);
            boolean hangsOnThePronoun = s.dependencies().stream().anyMatch(d -> d.governor() == pronoun && d.dependent() == last);
            if (!hangsOnThePronoun) {
                continue;
            }
            List<Dependency> deps = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == pronoun) {
                    deps.add(new Dependency(d.relation(), d.governor(), last));
                    deps.add(new Dependency("compound", last, pronoun));
                } else if (d.dependent() == last) {
                    continue;
                } else if (d.governor() == pronoun) {
                    boolean listed = d.relation().equals("dep") && isName(s, d.dependent())
                            && s.dependencies().stream().anyMatch(c -> c.governor() == d.dependent() && c.relation().equals("cc"));
                    deps.add(new Dependency(listed ? "conj:and" : d.relation(), last, d.dependent()));
                } else {
                    deps.add(d);
                }
            }
            return new Sentence(s.index(), s.text(), s.tokens(), deps);
        }
        return s;
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
            String auxiliary = ParseGraph.finiteAuxiliary(s, v, false);
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
     * A passive verb with no subject, right after a name that hangs on a word before it, or after
     * the object of the report it hangs on ("confirmed her husband had been released"), has that
     * name or object for its subject.
     */
    static Sentence subjectlessPassiveTakesTheNameBeforeIt(Sentence s) {
        for (Dependency aux : s.dependencies()) {
            int verb = aux.governor();
            int name = phraseStart(s, verb) - 1;
            if (!aux.relation().equals("aux:pass") || name < 0 || hasSubject(s, verb)) {
                continue;
            }
            Dependency hung = s.dependencies().stream().filter(d -> d.dependent() == name).findFirst().orElse(null);
            boolean named = isName(s, name) && hung != null && hung.governor() >= 0 && hung.governor() < name
                    && (hung.relation().equals("appos") || hung.relation().startsWith("conj") || hung.relation().equals("dep"));
            if (!named && !objectOfTheReportItHangsOn(s, hung, verb)) {
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

    /**
     * "She confirmed her husband had been released": the report's object right before a passive
     * verb that hangs on the same report is what the report tells of, the verb's subject.
     */
    private static boolean objectOfTheReportItHangsOn(Sentence s, Dependency hung, int verb) {
        return hung != null && hung.relation().equals("obj") && hung.governor() >= 0
                && SpeechVerbs.reports(s.tokens().get(hung.governor()))
                && s.dependencies().stream().anyMatch(d -> d.governor() == hung.governor() && d.dependent() == verb);
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

    /**
     * "A Tarvian inmate at Lima prison, identified as Tom Ash, is ill": the name a noun is identified
     * (or named) as is set beside the noun, as if written "A Tarvian inmate, Tom Ash,".
     */
    static Sentence nameANounIsIdentifiedAsIsBesideIt(Sentence s) {
        for (Dependency acl : s.dependencies()) {
            int noun = acl.governor();
            int participle = acl.dependent();
            if (!acl.relation().equals("acl") || noun < 0 || !s.tokens().get(noun).pos().startsWith("NN")
                    || !s.tokens().get(participle).pos().equals("VBN")
                    || !IDENTIFYING.contains(s.tokens().get(participle).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Dependency as = s.dependencies().stream().filter(d -> d.governor() == participle && d.relation().equals("obl:as")
                    && isName(s, d.dependent())).findFirst().orElse(null);
            if (as != null) {
                return ParseGraph.withEdgesReplaced(s, List.of(as), List.of(new Dependency("appos", noun, as.dependent())));
            }
        }
        return s;
    }

    private static final java.util.Set<String> IDENTIFYING = java.util.Set.of("identify", "name");

    /**
     * "the arrest of a billionaire and critic of Prime Minister A, B, by two months": a name set off
     * after another name is not that person's (two names, two people); it names the noun the first
     * name hangs on, the one described. So with a name set off after a country or a body ("the former
     * president of the Tarvia Republic, B"): B is the president.
     */
    static Sentence nameApposedToAnotherNameNamesTheNounAbove(Sentence s) {
        for (Dependency appos : s.dependencies()) {
            int first = appos.governor();
            int second = appos.dependent();
            if (!appos.relation().equals("appos") || first < 0 || !isName(s, second)
                    || !isName(s, first) && !s.tokens().get(first).pos().startsWith("NNP")) {
                continue;
            }
            int noun = nounDescribed(s, first);
            if (noun >= 0) {
                return ParseGraph.withEdgesReplaced(s, List.of(appos), List.of(new Dependency("appos", noun, second)));
            }
        }
        return s;
    }

    /**
     * The common noun a name or body hangs on by "of" or "in", or -1: for a body or place, up the bodies
     * and places to a noun for a person ("the director of the Safety Organization in Burkina Faso").
     */
    private static int nounDescribed(Sentence s, int first) {
        boolean person = isName(s, first);
        Dependency hung = hungBy(s, first);
        for (int steps = 0; steps < 6 && !person && hung != null && s.tokens().get(hung.governor()).pos().startsWith("NNP")
                && !isName(s, hung.governor()); steps++) {
            hung = hungBy(s, hung.governor());
        }
        if (hung == null || !s.tokens().get(hung.governor()).pos().startsWith("NN") || isName(s, hung.governor())
                || !person && !PersonNouns.isPersonNoun(s.tokens().get(hung.governor()))) {
            return -1;
        }
        return hung.governor();
    }

    /** The "of" or "in" edge that hangs a word on the noun before it, or null. */
    private static Dependency hungBy(Sentence s, int word) {
        return s.dependencies().stream()
                .filter(d -> d.dependent() == word && d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss") && d.governor() >= 0)
                .findFirst().orElse(null);
    }

    /**
     * "police arrested the Canadian activist Ana Ash": the parser may take the noun for the verb's
     * object and hang the name on it loosely. The name right after its noun heads the phrase; the
     * noun describes it. After a word for a person ("the citizen Ana San Martin") the name is one
     * even where the tagger took it for a town.
     */
    static Sentence nameRightAfterItsNounHeadsThePhrase(Sentence s) {
        for (Dependency loose : s.dependencies()) {
            int name = loose.dependent();
            int noun = nounRightBefore(s, name);
            if (loose.governor() < 0 || noun < 0 || !s.tokens().get(name).pos().equals("NNP")
                    || !PersonNouns.isPersonNoun(s.tokens().get(noun))
                    && java.util.stream.IntStream.rangeClosed(noun + 1, name).noneMatch(i -> isName(s, i))) {
                continue;
            }
            Dependency role = s.dependencies().stream().filter(d -> d.dependent() == noun && d.governor() >= 0).findFirst().orElse(null);
            if (role == null || role.relation().startsWith("nsubj")) { // "lawyers Ann Lee and Tom Ash said": the rules read the noun as the speaker
                continue;
            }
            boolean onTheNoun = loose.governor() == noun && loose.relation().equals("dep");
            boolean besideTheNoun = loose.governor() == role.governor() && loose.relation().matches("obj|dep") // "given to his deputy Bo Lin"
                    && ParseGraph.isVerb(s, role.governor());
            if (!onTheNoun && !besideTheNoun) {
                continue;
            }
            String relation = role.relation().equals("iobj") ? "obj" : role.relation();
            List<Dependency> removed = new java.util.ArrayList<>(List.of(loose, role));
            List<Dependency> added = new java.util.ArrayList<>(List.of(new Dependency(relation, role.governor(), name),
                    new Dependency("compound", name, noun)));
            for (Dependency partner : s.dependencies()) { // "lawyers Ann Lee and Tom Ash": the names after it are listed with it
                if (partner.governor() == noun && partner.dependent() > name && isName(s, partner.dependent())
                        && (partner.relation().equals("dep") || partner.relation().startsWith("conj"))) {
                    removed.add(partner);
                    added.add(new Dependency("conj:and", name, partner.dependent()));
                }
            }
            return nameRightAfterItsNounHeadsThePhrase(ParseGraph.withEdgesReplaced(s, removed, added));
        }
        return s;
    }

    /**
     * "Liberation Front of Assam leader Ana Ash was handed over": the parser took the body for the
     * subject and hung the name on it by "of". A name whose title ("leader", "chief") stands right
     * before it, after the body it leads, is the subject; the body only says whose leader.
     */
    static Sentence nameLeadingTheBodyBeforeItIsTheSubject(Sentence s) {
        for (Dependency of : s.dependencies()) {
            int body = of.governor();
            int name = of.dependent();
            if (!of.relation().equals("nmod:of") || body < 0 || name <= body || !isName(s, name)
                    || !s.tokens().get(body).pos().startsWith("NNP")) {
                continue;
            }
            int first = firstWordOf(s, name);
            boolean titled = first > 0 && s.tokens().get(first - 1).pos().equals("NN")
                    && Nationalities.Words.get().isTitle(s.tokens().get(first - 1).word());
            Dependency subject = s.dependencies().stream().filter(d -> d.dependent() == body && d.relation().startsWith("nsubj"))
                    .findFirst().orElse(null);
            if (!titled || subject == null) {
                continue;
            }
            return ParseGraph.withEdgesReplaced(s, List.of(of, subject),
                    List.of(new Dependency(subject.relation(), subject.governor(), name), new Dependency("nmod:poss", name, body)));
        }
        return s;
    }

    /** The common noun right before the name whose last word is {@code head}, over a quote mark ("minister" Bo Lin), or -1. */
    private static int nounRightBefore(Sentence s, int head) {
        int before = firstWordOf(s, head) - 1;
        if (before > 0 && s.tokens().get(before).pos().matches("``|''")) {
            before--;
        }
        return before >= 0 && s.tokens().get(before).pos().matches("NNS?") ? before : -1;
    }

    /** The first word of the name whose last word is {@code head}: the proper nouns before it. */
    private static int firstWordOf(Sentence s, int head) {
        int first = head;
        while (first > 0 && s.tokens().get(first - 1).pos().equals("NNP")) {
            first--;
        }
        return first;
    }

    /**
     * "Ann Lee and Tom Ash were among eight men whom police arrested", "... among those freed": the
     * people said to be among a group undergo what the group does.
     */
    static Sentence peopleAmongAGroupShareWhatHappensToIt(Sentence s) {
        List<Dependency> added = new java.util.ArrayList<>();
        for (Dependency among : s.dependencies()) {
            int group = among.governor();
            if (!among.relation().equals("case") || group < 0 || !s.tokens().get(among.dependent()).word().equalsIgnoreCase("among")
                    || s.dependencies().stream().noneMatch(d -> d.governor() == group && d.relation().equals("cop"))) {
                continue;
            }
            List<Integer> members = new java.util.ArrayList<>();
            s.dependencies().stream().filter(d -> d.governor() == group && d.relation().startsWith("nsubj"))
                    .forEach(d -> members.addAll(withTheListed(s, d.dependent())));
            for (Dependency done : s.dependencies()) {
                boolean undergone = done.dependent() == group && (done.relation().equals("obj") || done.relation().equals("nsubj:pass"))
                        && done.governor() >= 0 && ParseGraph.isVerb(s, done.governor());
                // "among 11 Britons and one Swede handed over to X": the parser may join the participle to the group
                boolean participle = done.governor() == group && (done.relation().equals("acl") || done.relation().startsWith("conj"))
                        && s.tokens().get(done.dependent()).pos().equals("VBN");
                if (undergone || participle) {
                    int verb = undergone ? done.governor() : done.dependent();
                    String relation = undergone ? done.relation() : "nsubj:pass";
                    members.forEach(m -> added.add(new Dependency(relation, verb, m)));
                }
            }
        }
        return added.isEmpty() ? s : ParseGraph.withEdges(s, added);
    }

    /**
     * "Those detained included Ann Lee and Tom Ash", "the men arrested include Tom Ash": the people a
     * group told by what happened to it includes undergo it too.
     */
    static Sentence peopleAGroupIncludesShareWhatHappensToIt(Sentence s) {
        List<Dependency> added = new java.util.ArrayList<>();
        for (Dependency subject : s.dependencies()) {
            int include = subject.governor();
            int group = subject.dependent();
            if (!subject.relation().equals("nsubj") || include < 0 || !s.tokens().get(include).lemma().equalsIgnoreCase("include")) {
                continue;
            }
            List<Integer> participles = s.dependencies().stream().filter(d -> d.governor() == group
                    && (d.relation().equals("amod") || d.relation().equals("acl")) && s.tokens().get(d.dependent()).pos().equals("VBN"))
                    .map(Dependency::dependent).toList();
            List<Integer> members = new java.util.ArrayList<>();
            s.dependencies().stream().filter(d -> d.governor() == include && d.relation().equals("obj") && isName(s, d.dependent()))
                    .forEach(d -> withTheListed(s, d.dependent()).stream().filter(m -> isName(s, m)).forEach(members::add));
            participles.forEach(p -> members.forEach(m -> added.add(new Dependency("nsubj:pass", p, m))));
        }
        return added.isEmpty() ? s : ParseGraph.withEdges(s, added);
    }

    /** A word and those listed with it ("Ann Lee and Tom Ash": both). */
    private static List<Integer> withTheListed(Sentence s, int head) {
        List<Integer> listed = new java.util.ArrayList<>(List.of(head));
        s.dependencies().stream().filter(c -> c.governor() == head && c.relation().startsWith("conj"))
                .forEach(c -> listed.add(c.dependent()));
        return listed;
    }
}
