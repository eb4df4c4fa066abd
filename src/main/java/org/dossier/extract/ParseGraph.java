package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;

/**
 * Questions several parse repairs ask of a sentence's dependency graph (is a token a name, a verb,
 * passive; what are a verb's subjects; where does its phrase start) and the sentence with edges added.
 */
final class ParseGraph {

    /** Words that open a clause of time ("after being detained", "while visiting family"). */
    static final java.util.Set<String> TIME_WORDS = java.util.Set.of("after", "before", "while", "since", "upon", "when");

    private ParseGraph() {
    }

    static boolean isName(Sentence s, int i) {
        return "PERSON".equals(s.tokens().get(i).ner()) && s.tokens().get(i).pos().startsWith("NNP");
    }

    /**
     * The relation of a finite auxiliary of the verb ("are jailed": aux:pass), or with
     * {@code copulas} of a finite copula too ("is to be held": cop); null if it has none.
     */
    static String finiteAuxiliary(Sentence s, int verb, boolean copulas) {
        return s.dependencies().stream().filter(d -> d.governor() == verb
                        && (d.relation().startsWith("aux") || copulas && d.relation().equals("cop")))
                .filter(d -> FINITE.contains(s.tokens().get(d.dependent()).pos()))
                .map(Dependency::relation).findFirst().orElse(null);
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("VBP", "VBZ", "VBD", "MD");

    static boolean hasSubject(Sentence s, int verb) {
        return !subjectsOf(s, verb).isEmpty();
    }

    static List<Dependency> subjectsOf(Sentence s, int verb) {
        return s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().startsWith("nsubj")).toList();
    }

    static boolean hasObject(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
    }

    static boolean isVerb(Sentence s, int i) {
        return s.tokens().get(i).pos().startsWith("VB");
    }

    /** The verb's phrase (its auxiliaries included) starts right after a comma. */
    static boolean followsComma(Sentence s, int verb) {
        int start = phraseStart(s, verb);
        if (start > 1 && QuoteMarks.CLOSING.contains(s.tokens().get(start - 1).word())) {
            start--; // "who inspired the film 'Hotel Rwanda,' has been convicted"
        }
        return start > 0 && s.tokens().get(start - 1).word().equals(",");
    }

    static List<Integer> withJoinedVerbs(Sentence s, int verb) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("conj") && isVerb(s, d.dependent())
                    && !hasSubject(s, d.dependent())) {
                verbs.add(d.dependent());
            }
        }
        return verbs;
    }

    static boolean isPassive(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
    }

    /** Where a verb's phrase starts: its first auxiliary ("was" in "was arrested"), or the verb. */
    static int phraseStart(Sentence s, int verb) {
        int start = verb;
        for (Dependency d : s.dependencies()) {
            if (d.governor() == verb && d.relation().startsWith("aux") && d.dependent() < start) {
                start = d.dependent();
            }
        }
        return start;
    }

    static Sentence withEdges(Sentence s, List<Dependency> added) {
        return withEdgesReplaced(s, List.of(), added);
    }

    /** The sentence with {@code removed} edges taken out and {@code added} put in; itself when nothing is added. */
    static Sentence withEdgesReplaced(Sentence s, List<Dependency> removed, List<Dependency> added) {
        if (added.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        deps.removeAll(removed);
        deps.addAll(added);
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }
}
