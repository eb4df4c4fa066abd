package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
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
 * noun, which undergoes it (its subject becomes a passive subject).
 * <li>A participle completing a verb ("Lee remains imprisoned in X", "stays detained") left without
 * the verb's subject: the subject undergoes it too.
 * </ul>
 */
final class ParseRepairs {

    private ParseRepairs() {
    }

    static AnnotatedArticle repaired(AnnotatedArticle article) {
        List<Sentence> sentences = new ArrayList<>(article.sentences().size());
        boolean changed = false;
        for (Sentence s : article.sentences()) {
            Sentence r = participleComplementsShareTheSubject(participleSubjectsUndergo(relativeClausesReattached(s)));
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
                deps.set(k, new Dependency("nsubj:pass", d.governor(), d.dependent()));
            }
        }
        return deps == null ? s : new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    /** A past participle ("detained") with no auxiliary of its own ("was", "has"). */
    private static boolean isBareParticiple(Sentence s, int verb) {
        if (!s.tokens().get(verb).pos().equals("VBN")) {
            return false;
        }
        return s.dependencies().stream().noneMatch(d -> d.governor() == verb && d.relation().startsWith("aux"));
    }

    static Sentence participleComplementsShareTheSubject(Sentence s) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency x : s.dependencies()) {
            int participle = x.dependent();
            if (!x.relation().equals("xcomp") || !s.tokens().get(participle).pos().equals("VBN") || hasSubject(s, participle)) {
                continue;
            }
            for (Dependency subject : s.dependencies()) {
                if (subject.governor() == x.governor() && subject.relation().startsWith("nsubj")) {
                    added.add(new Dependency("nsubj:pass", participle, subject.dependent()));
                }
            }
        }
        if (added.isEmpty()) {
            return s;
        }
        List<Dependency> deps = new ArrayList<>(s.dependencies());
        deps.addAll(added);
        return new Sentence(s.index(), s.text(), s.tokens(), deps);
    }

    private static boolean hasSubject(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }
}
