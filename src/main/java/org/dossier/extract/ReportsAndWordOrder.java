package org.dossier.extract;

import static org.dossier.extract.ParseGraph.hasObject;
import static org.dossier.extract.ParseGraph.hasSubject;
import static org.dossier.extract.ParseGraph.isName;
import static org.dossier.extract.ParseGraph.isPassive;
import static org.dossier.extract.ParseGraph.isVerb;
import static org.dossier.extract.ParseGraph.subjectsOf;
import static org.dossier.extract.ParseGraph.withEdges;
import static org.dossier.extract.ParseGraph.withEdgesReplaced;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Mends word orders of news the parser misreads: a dateline before the story, a report closing
 * the sentence ("..., the ministry said"), a passive told subject last, and a place right after a
 * date. The repairs run from {@link ParseRepairs}.
 * <ul>
 * <li>A dateline ("LIMA (Agency) - Ana Brell has been freed") taken for the subject of the story's
 * first verb: the subject is the noun after the dateline, which the parser left hanging from it.
 * <li>A passive told subject last ("Detained in the raid were Ann Lee and Tom Ash"), which the
 * parser reads as "the detained one was Ann Lee": the people named undergo the participle.
 * <li>A clause before the closing report ("Ann Lee returned home after being released, the
 * minister said") hung on the report: it goes back to the verb it follows.
 * <li>The object of a verb taken for a second subject of the report at the end ("Tarvia on Monday
 * freed teacher Ann Lee, who was jailed in May, the ministry said"): the person is what was freed.
 * <li>A place right after a date ("detained since May in Ruritania", "arrested in 2019 at the
 * airport") hung on the date as if the month had a place: it says where the verb happened.
 * <li>A source named first ("According to the agency, Ann Lee, a teacher, was arrested") with the
 * subject taken for another name of the source: the name after the source is the subject.
 * <li>A headline's clause without "was" ("Relief as teacher freed", "..., after professor
 * released from X"), read as if the noun were where the participle happened "after": the noun
 * right before the participle is the one it happened to.
 * <li>A year read as the count of the name after it ("in 2018 Gui was detained"): the year dates
 * the verb and the name is its subject.
 * <li>A verb's second object hung on the first ("handed the writer a suspended sentence", with
 * "sentence" left loose on "writer"): both are the verb's, the first the one given it.
 * </ul>
 */
final class ReportsAndWordOrder {

    private ReportsAndWordOrder() {
    }

    private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of("after", "as", "before", "when", "while", "since");

    static Sentence headlineParticipleTakesTheNounBeforeIt(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int participle = d.governor();
            int noun = d.dependent();
            if (noun != participle - 1 || !s.tokens().get(participle).pos().equals("VBN")
                    || !s.tokens().get(noun).pos().startsWith("NN") || !d.relation().startsWith("obl:")
                    || !CLAUSE_MARKS.contains(d.relation().substring(4)) || !subjectsOf(s, participle).isEmpty()) {
                continue;
            }
            return withEdgesReplaced(s, List.of(d), List.of(new Dependency("nsubj:pass", participle, noun)));
        }
        return s;
    }

    /**
     * "A Tarvian court on Monday jailed Tom Ash for ten years(, state media said)": a verb the
     * tagger took for a participle describing the name after it ("jailed Tom Ash"), right after a
     * noun that the parser made the root or the subject of a verb further on, is that noun's verb:
     * the noun is its subject, the name its object, and a date before it or what the parser hung on
     * the noun or the name after it is the verb's.
     */
    static Sentence verbTakenForAParticipleOfTheNameAfterIt(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int name = d.governor();
            if (!d.relation().equals("amod") || name != verb + 1 || !s.tokens().get(verb).pos().equals("VBN")
                    || !s.tokens().get(name).pos().equals("NNP") || describedByWhatComesBefore(s, verb)) {
                continue;
            }
            Dependency subjectEdge = subjectEdgeBefore(s, verb);
            if (subjectEdge == null) {
                continue;
            }
            int subject = subjectEdge.dependent();
            int nameHead = nameEnd(s, name);
            List<Dependency> removed = new ArrayList<>(List.of(subjectEdge, d));
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("nsubj", verb, subject), new Dependency("obj", verb, nameHead),
                    subjectEdge.relation().equals("root") ? new Dependency("root", -1, verb) : new Dependency("ccomp", subjectEdge.governor(), verb)));
            for (Dependency e : s.dependencies()) {
                if (e.dependent() == nameHead && e != d) {
                    removed.add(e);
                    continue;
                }
                boolean afterTheVerb = e.dependent() > verb && e.dependent() != nameHead && !e.relation().equals("punct");
                boolean dateBefore = e.dependent() > subject && e.dependent() < verb && isDate(s.tokens().get(e.dependent()))
                        && (e.relation().startsWith("nmod:") || e.relation().startsWith("obl"));
                boolean onTheNouns = e.governor() == subject || e.governor() == nameHead;
                if (dateBefore || onTheNouns && afterTheVerb && e.relation().startsWith("nmod:")) {
                    removed.add(e);
                    added.add(new Dependency(e.relation().replaceFirst("^nmod", "obl"), verb, e.dependent()));
                } else if (e.governor() == subject && afterTheVerb && !e.relation().equals("compound")) {
                    removed.add(e);
                    added.add(new Dependency(e.relation(), verb, e.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /**
     * The noun before the verb, past a date ("court on June 24 jailed"), if the parser made it the
     * root or the subject of a verb after this one: the edge that made it so; null otherwise.
     */
    private static Dependency subjectEdgeBefore(Sentence s, int verb) {
        int k = verb - 1;
        while (k > 0 && (isDate(s.tokens().get(k)) || s.tokens().get(k).pos().equals("IN") || s.tokens().get(k).pos().equals("CD"))) {
            k--;
        }
        int noun = k;
        if (noun < 0 || !s.tokens().get(noun).pos().startsWith("NN")) {
            return null;
        }
        return s.dependencies().stream().filter(e -> e.dependent() == noun && (e.relation().equals("root")
                || e.relation().equals("nsubj") && e.governor() > verb)).findFirst().orElse(null);
    }

    /** "the jailed Ash", "his detained son": a participle after a determiner describes the noun. */
    private static boolean describedByWhatComesBefore(Sentence s, int participle) {
        String before = s.tokens().get(participle - 1).pos();
        return before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.startsWith("JJ") || before.startsWith("RB");
    }

    /** The last word of the run of proper nouns that starts at {@code first} ("Tom Ash": "Ash"). */
    private static int nameEnd(Sentence s, int first) {
        int end = first;
        while (end + 1 < s.tokens().size() && s.tokens().get(end + 1).pos().equals("NNP")) {
            end++;
        }
        return end;
    }

    /**
     * "Two spies arrested in X have pleaded guilty": a past participle without an auxiliary that
     * the parser made the root (or the clause a verb of saying reports: "A teacher jailed in X
     * should be sent home, said Y"), with a verb that has one hung loose on it ("dep"), describes
     * its subject; the loose verb is the clause's, and the subject is its subject. ("A teacher
     * beaten while in custody is to be held at home, a judge ruled": the reported clause and the
     * verb may be hung on as side clauses too.)
     */
    static Sentence participleOnTheSubjectIsNoMainVerb(Sentence s) {
        for (Dependency head : s.dependencies()) {
            boolean reported = (REPORTED.contains(head.relation()) || head.relation().startsWith("advcl") && !hasMark(s, head.dependent()))
                    && head.governor() > head.dependent();
            if (!head.relation().equals("root") && !reported || !s.tokens().get(head.dependent()).pos().equals("VBN")) {
                continue;
            }
            Sentence mended = mainVerbHungOn(s, head);
            if (mended != s) {
                return mended;
            }
        }
        return s;
    }

    private static final java.util.Set<String> REPORTED = java.util.Set.of("ccomp", "dep", "parataxis");

    private static boolean hasMark(Sentence s, int verb) {
        return s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark"));
    }

    private static Sentence mainVerbHungOn(Sentence s, Dependency head) {
        int participle = head.dependent();
        boolean ownAuxiliary = s.dependencies().stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("aux"));
        Dependency subject = subjectsOf(s, participle).stream().filter(d -> d.dependent() < participle).findFirst().orElse(null);
        // "A tourist arrested for X was this Wednesday granted bail": hung as a side remark too
        Dependency loose = s.dependencies().stream().filter(d -> d.governor() == participle
                && (d.relation().equals("dep") || d.relation().equals("parataxis")
                    // "is to be held": a verb with "is", "was" or "will" of its own heads a clause, no side remark
                    || d.relation().startsWith("advcl") && ParseGraph.finiteAuxiliary(s, d.dependent(), true) != null)
                && d.dependent() > participle && isVerb(s, d.dependent())
                && s.dependencies().stream().anyMatch(a -> a.governor() == d.dependent() && a.relation().startsWith("aux"))).findFirst().orElse(null);
        if (ownAuxiliary || subject == null || loose == null || hasSubject(s, loose.dependent())
                || head.governor() >= 0 && loose.dependent() > head.governor()) {
            return s;
        }
        int verb = loose.dependent();
        return withEdgesReplaced(s, List.of(head, subject, loose), List.of(new Dependency(head.relation(), head.governor(), verb),
                new Dependency(isPassive(s, verb) ? "nsubj:pass" : "nsubj", verb, subject.dependent()),
                new Dependency("acl", subject.dependent(), participle)));
    }

    /**
     * "Lee was with an embassy official and two officers in the terminal": a noun told with "be"
     * and "with" is whom the subject is with, not what the subject is; the subject is in its
     * company (and in the company of those joined to it).
     */
    static Sentence companyKeptIsNoIdentity(Sentence s) {
        List<Dependency> removed = new ArrayList<>();
        List<Dependency> added = new ArrayList<>();
        for (Dependency subject : s.dependencies()) {
            int noun = subject.governor();
            if (!subject.relation().equals("nsubj") || noun < 0 || !s.tokens().get(noun).pos().startsWith("NN")) {
                continue;
            }
            boolean copula = s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.relation().equals("cop"));
            boolean with = s.dependencies().stream().anyMatch(d -> d.governor() == noun && d.relation().equals("case")
                    && s.tokens().get(d.dependent()).word().equalsIgnoreCase("with"));
            if (copula && with) {
                removed.add(subject);
                added.add(new Dependency("obl:with", noun, subject.dependent()));
            }
        }
        return withEdgesReplaced(s, removed, added);
    }

    /**
     * "Ash was indeed the Tarvian national detained by X": a noun with its determiner between "was"
     * and a past participle is what the subject is, and the participle describes the noun; the
     * parser took "was ... detained" for a passive with two subjects.
     */
    static Sentence copulaBeforeANounIsNoPassive(Sentence s) {
        for (Dependency aux : s.dependencies()) {
            int verb = aux.governor();
            if (!aux.relation().equals("aux:pass") || aux.dependent() > verb) {
                continue;
            }
            List<Dependency> subjects = s.dependencies().stream().filter(d -> d.governor() == verb && d.relation().equals("nsubj:pass")).toList();
            Dependency before = subjects.stream().filter(d -> d.dependent() < aux.dependent()).findFirst().orElse(null);
            Dependency noun = subjects.stream().filter(d -> d.dependent() > aux.dependent() && d.dependent() < verb
                    && s.tokens().get(d.dependent()).pos().startsWith("NN")
                    && s.dependencies().stream().anyMatch(c -> c.governor() == d.dependent() && c.relation().equals("det"))).findFirst().orElse(null);
            if (before == null || noun == null) {
                continue;
            }
            int predicate = noun.dependent();
            List<Dependency> removed = new ArrayList<>(List.of(aux, before, noun));
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("cop", predicate, aux.dependent()),
                    new Dependency("nsubj", predicate, before.dependent()), new Dependency("acl", predicate, verb)));
            for (Dependency up : s.dependencies()) {
                if (up.dependent() == verb) {
                    removed.add(up);
                    added.add(new Dependency(up.relation(), up.governor(), predicate));
                }
                // "that" and "indeed" open the clause, which the noun now heads
                if (up.governor() == verb && up.dependent() < predicate && !up.relation().startsWith("nsubj") && up != aux) {
                    removed.add(up);
                    added.add(new Dependency(up.relation(), predicate, up.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    static Sentence sourceNamedFirstIsNoPartOfTheSubject(Sentence s) {
        for (Dependency source : s.dependencies()) {
            int verb = source.governor();
            if (!source.relation().equals("obl:according_to") || !isVerb(s, verb) || !subjectsOf(s, verb).isEmpty()) {
                continue;
            }
            for (Dependency appos : s.dependencies()) {
                if (appos.governor() == source.dependent() && appos.relation().equals("appos")
                        && appos.dependent() < verb && s.tokens().get(appos.dependent()).pos().startsWith("NN")) {
                    String subject = isPassive(s, verb) ? "nsubj:pass" : "nsubj";
                    return withEdgesReplaced(s, List.of(appos), List.of(new Dependency(subject, verb, appos.dependent())));
                }
            }
        }
        return s;
    }

    /**
     * "met with her 14 times", parsed as "her 14 times" (whose times): the pronoun is whom the verb
     * was done with, and the count of times how often.
     */
    static Sentence pronounBeforeACountOfTimesIsTheVerbs(Sentence s) {
        for (Dependency owner : s.dependencies()) {
            int times = owner.governor();
            int pronoun = owner.dependent();
            if (!owner.relation().equals("nmod:poss") || times < 0 || !s.tokens().get(pronoun).pos().equals("PRP$")
                    || !s.tokens().get(times).lemma().equalsIgnoreCase("time") || !s.tokens().get(times).pos().equals("NNS")) {
                continue;
            }
            Dependency phrase = s.dependencies().stream().filter(d -> d.dependent() == times && d.relation().startsWith("obl:")
                    && d.governor() >= 0).findFirst().orElse(null);
            Dependency preposition = s.dependencies().stream().filter(d -> d.governor() == times && d.relation().equals("case")
                    && d.dependent() == pronoun - 1).findFirst().orElse(null);
            if (phrase == null || preposition == null) {
                continue;
            }
            return withEdgesReplaced(s, List.of(owner, phrase, preposition), List.of(
                    new Dependency(phrase.relation(), phrase.governor(), pronoun),
                    new Dependency("case", pronoun, preposition.dependent()),
                    new Dependency("obl:tmod", phrase.governor(), times)));
        }
        return s;
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
        changed |= wordsAcrossTheDatelineKeptApart(s, mark, deps);
        return changed ? new Sentence(s.index(), s.text(), s.tokens(), deps) : s;
    }

    /**
     * "SANTO DOMINGO (AFP) - Four men were jailed", with "Four" counting the town and the town a
     * word of "men": the count goes back to the noun after it, and the dateline is no word of the story.
     */
    private static boolean wordsAcrossTheDatelineKeptApart(Sentence s, int mark, List<Dependency> deps) {
        boolean changed = false;
        for (int k = 0; k < deps.size(); k++) {
            Dependency d = deps.get(k);
            if (d.governor() >= 0 && d.governor() < mark && d.dependent() > mark
                    && Set.of("nummod", "amod", "det").contains(d.relation())) {
                int noun = nounAfter(s, d.dependent());
                if (noun >= 0) {
                    deps.set(k, new Dependency(d.relation(), noun, d.dependent()));
                    changed = true;
                }
            } else if (d.dependent() < mark && d.governor() > mark && Set.of("compound", "amod").contains(d.relation())) {
                deps.set(k, new Dependency("dep", d.governor(), d.dependent()));
                changed = true;
            }
        }
        return changed;
    }

    /** The first noun after a word that modifies it ("Four British men": "men"), within a few words. */
    private static int nounAfter(Sentence s, int word) {
        for (int i = word + 1; i < Math.min(s.tokens().size(), word + 4); i++) {
            String pos = s.tokens().get(i).pos();
            if (pos.equals("NNS") || pos.equals("NNPS")) {
                return i;
            }
            if (!pos.startsWith("JJ") && !pos.startsWith("NN")) {
                return -1;
            }
        }
        return -1;
    }

    /** The dash or colon ending a dateline ("CAIRO (AA) \u2013"): a place first, a few words, then the mark. */
    private static int datelineMark(Sentence s) {
        return datelineMark(s.tokens());
    }

    /** As {@link #datelineMark(Sentence)}, on the sentence's tokens. */
    static int datelineMark(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return -1;
        }
        // a town the tagger took for a person's name is a dateline still when the agency follows it
        boolean place = "LOCATION".equals(tokens.get(0).ner()) || tokens.get(0).ner().equals("CITY");
        for (int i = 1; i < Math.min(tokens.size(), 8); i++) {
            if (DATELINE_MARKS.contains(tokens.get(i).word())) {
                return place || tokens.get(i - 1).pos().equals("-RRB-") ? i : -1;
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
     * "upheld the sentence imposed on two Canadians, Ann Lee and Tom Ash, ..., a spokeswoman told the
     * agency": the parser may take a phrase with a preposition, told before the closing report, for
     * the report's object. It belongs to the verb or participle right before it.
     */
    static Sentence phraseTakenForTheObjectOfTheClosingReport(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int report = d.governor();
            int phrase = d.dependent();
            if (!(d.relation().equals("obj") || d.relation().startsWith("obl:")) || report < 0 || phrase > report
                    || !SpeechVerbs.reports(s.tokens().get(report))) {
                continue;
            }
            Dependency preposition = s.dependencies().stream()
                    .filter(c -> c.governor() == phrase && c.relation().equals("case") && c.dependent() < phrase).findFirst().orElse(null);
            int verb = preposition == null ? -1 : preposition.dependent() - 1;
            if (verb < 0 || !isVerb(s, verb)) {
                continue;
            }
            String relation = "obl:" + s.tokens().get(preposition.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            // the names listed with the phrase were hung on the report the same way
            List<Dependency> moved = s.dependencies().stream().filter(e -> e.governor() == report && e.dependent() > verb
                    && e.dependent() < report && e.relation().equals(d.relation())).toList();
            return withEdgesReplaced(s, moved, moved.stream().map(e -> new Dependency(relation, verb, e.dependent())).toList());
        }
        return s;
    }

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
     * "detained since May in Ruritania", "jailed for a year in Dubai": a date or a length of time has
     * no place of its own, so a place the parser hung on one (nmod) is where the verb it belongs to
     * happened (obl).
     */
    static Sentence placeAfterADateIsTheVerbs(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (!d.relation().startsWith("nmod:") || d.governor() < 0
                    || !isDate(s.tokens().get(d.governor())) && !isPlaceAfterALength(s, d)
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

    /**
     * "charges against a couple detained in Istanbul on Friday": a date right after the place phrase
     * of a participle describing a noun, which the parser hung on a verb before the participle, is
     * when the participle's event happened.
     */
    static Sentence dateAfterAParticiplesPlaceIsItsOwn(Sentence s) {
        for (Dependency date : s.dependencies()) {
            int verb = date.governor();
            int when = date.dependent();
            if (!date.relation().startsWith("obl") || verb < 0 || verb > when || !isDate(s.tokens().get(when))) {
                continue;
            }
            for (Dependency participle : s.dependencies()) {
                int p = participle.dependent();
                if (participle.relation().equals("acl") && p > verb && p < when && s.tokens().get(p).pos().equals("VBN")
                        && onlyItsPhraseBetween(s, p, when)) {
                    return withEdgesReplaced(s, List.of(date), List.of(new Dependency(date.relation(), p, when)));
                }
            }
        }
        return s;
    }

    /** The words between the participle and the date are the participle's own phrase ("in Istanbul"), and the date's case word. */
    private static boolean onlyItsPhraseBetween(Sentence s, int participle, int date) {
        for (int i = participle + 1; i < date; i++) {
            int at = i;
            boolean belongs = s.dependencies().stream().anyMatch(d -> d.dependent() == at
                    && (d.governor() == date || d.governor() == participle
                        || s.dependencies().stream().anyMatch(e -> e.dependent() == d.governor() && e.governor() == participle)));
            if (!belongs) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The court of Lima, on Thursday, January 13, sentenced colonel Tom Ash to life": the parser may
     * take the date set off before the verb (or the court before it) for the root, and the verb for an
     * adjective of the noun after it. The verb is the root: what hung on the date is its own, the court
     * its subject, the phrase it described its object, and what that phrase was sentenced "to" its term.
     */
    static Sentence dateSetOffBeforeTheVerbIsNoRoot(Sentence s) {
        Dependency root = s.dependencies().stream().filter(d -> d.relation().equals("root")).findFirst().orElse(null);
        if (root == null || !s.tokens().get(root.dependent()).pos().startsWith("NN")) {
            return s;
        }
        int top = root.dependent();
        boolean date = isDate(s.tokens().get(top));
        for (Dependency described : s.dependencies()) {
            int verb = described.dependent();
            if (!described.relation().equals("amod") || verb <= top || described.governor() <= verb
                    || !s.tokens().get(verb).pos().matches("VBD|VBN") || !s.tokens().get(verb - 1).word().equals(",")
                    || !date && java.util.stream.IntStream.range(top, verb).noneMatch(i -> isDate(s.tokens().get(i)))) {
                continue;
            }
            int object = phraseHead(s, described.governor());
            List<Dependency> removed = new ArrayList<>(List.of(root, described));
            List<Dependency> added = new ArrayList<>(List.of(new Dependency("root", -1, verb), new Dependency("obj", verb, object),
                    date ? new Dependency("obl:tmod", verb, top) : new Dependency("nsubj", verb, top)));
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == object) {
                    removed.add(d);
                } else if (d.governor() == object && d.relation().equals("nmod:to")) {
                    removed.add(d);
                    added.add(new Dependency("obl:to", verb, d.dependent()));
                } else if (date && d.governor() == top && !d.relation().matches("nummod|compound|amod|det")) {
                    removed.add(d);
                    added.add(new Dependency(d.relation(), verb, d.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /** The word a noun is a part of a name or compound of ("colonel" in "colonel Tom Ash": "Ash"). */
    private static int phraseHead(Sentence s, int noun) {
        int head = noun;
        for (int steps = 0; steps < 4; steps++) {
            int at = head;
            Dependency up = s.dependencies().stream().filter(d -> d.dependent() == at && d.relation().equals("compound")).findFirst().orElse(null);
            if (up == null) {
                break;
            }
            head = up.governor();
        }
        return head;
    }

    /**
     * "But in 2018 Gui was detained again": a year read as the count of the name after it ("2018
     * Gui", the phrase of "in"); the year is when the verb happened and the name is its subject.
     */
    static Sentence yearBeforeANameIsNoCountOfIt(Sentence s) {
        for (Dependency year : s.dependencies()) {
            int name = year.governor();
            if (!year.relation().equals("nummod") || name < 0 || year.dependent() > name || !mayBeAName(s, name)
                    || !isDate(s.tokens().get(year.dependent()))) {
                continue;
            }
            Dependency phrase = s.dependencies().stream().filter(e -> e.dependent() == name && e.relation().startsWith("obl:"))
                    .findFirst().orElse(null);
            if (phrase == null || !isVerb(s, phrase.governor()) || phrase.governor() < name || !subjectsOf(s, phrase.governor()).isEmpty()) {
                continue;
            }
            int verb = phrase.governor();
            List<Dependency> removed = new ArrayList<>(List.of(year, phrase));
            List<Dependency> added = new ArrayList<>(List.of(
                    new Dependency(isPassive(s, verb) ? "nsubj:pass" : "nsubj", verb, name),
                    new Dependency(phrase.relation(), verb, year.dependent())));
            for (Dependency c : s.dependencies()) {
                if (c.governor() == name && c.relation().equals("case") && c.dependent() < year.dependent()) {
                    removed.add(c);
                    added.add(new Dependency("case", year.dependent(), c.dependent()));
                }
            }
            return withEdgesReplaced(s, removed, added);
        }
        return s;
    }

    /** Verbs that give someone a sentence ("handed him ten years", "imposed a fine on her"). */
    private static final java.util.Set<String> GIVING = java.util.Set.of("hand", "give", "award", "grant", "impose");

    /**
     * "handed Canadian teacher Tom Ash a suspended sentence", "handed Tom Ash, 27, a 12-month sentence": the parser made "Ash" the verb's
     * object and left "sentence" hanging loosely on him; the person is the one given it (indirect
     * object), the sentence what is given (object).
     */
    static Sentence secondObjectHungOnTheFirst(Sentence s) {
        for (Dependency loose : s.dependencies()) {
            int receiver = loose.governor();
            int thing = loose.dependent();
            boolean apposed = loose.relation().equals("appos");
            if (!(loose.relation().equals("dep") || apposed) || receiver < 0 || thing < receiver
                    || !s.tokens().get(thing).pos().startsWith("NN") || !mayBeAName(s, receiver)) {
                continue;
            }
            Dependency object = s.dependencies().stream().filter(e -> e.dependent() == receiver
                    && (e.relation().equals("obj") || e.relation().equals("iobj")) && isVerb(s, e.governor())).findFirst().orElse(null);
            // "handed Tom Ash, 27, a 12-month sentence": set off like a description, but given to him
            if (object == null || apposed && !GIVING.contains(s.tokens().get(object.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            return withEdgesReplaced(s, List.of(loose, object), List.of(
                    new Dependency("iobj", object.governor(), receiver), new Dependency("obj", object.governor(), thing)));
        }
        return s;
    }

    /**
     * "Police have arrested in a hideout apartment a former spymaster", "deported on Tuesday two
     * suspects Tom Ash and Bo Lin": the object told after a place or time phrase (a heavy object
     * moved last) is hung loosely on it; it is the verb's object, when the verb has none.
     */
    static Sentence objectToldAfterThePlace(Sentence s) {
        for (Dependency loose : s.dependencies()) {
            int place = loose.governor();
            int thing = loose.dependent();
            if (!loose.relation().equals("dep") || place < 0 || thing < place
                    || !s.tokens().get(thing).pos().startsWith("NN") || !s.tokens().get(place).pos().startsWith("NN")
                    || !(isName(s, thing) || s.dependencies().stream().anyMatch(e -> e.governor() == thing
                            && (e.relation().equals("det") || e.relation().equals("nummod")) && e.dependent() < thing))) {
                continue;
            }
            Dependency obl = s.dependencies().stream().filter(e -> e.dependent() == place
                    && e.relation().startsWith("obl") && isVerb(s, e.governor()) && e.governor() < place).findFirst().orElse(null);
            if (obl == null || s.dependencies().stream().anyMatch(e -> e.governor() == obl.governor() && e.relation().equals("obj"))) {
                continue;
            }
            return withEdgesReplaced(s, List.of(loose), List.of(new Dependency("obj", obl.governor(), thing)));
        }
        return s;
    }

    /**
     * "Officials had moved Jerce from the centre": a rare given name right after a verb, tagged a
     * person but parsed as an adverb of the verb, is its object when the verb has none.
     */
    static Sentence nameTakenForAnAdverbIsTheObject(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int name = d.dependent();
            if (!(d.relation().equals("advmod") || d.relation().equals("dep")) || name != verb + 1
                    || !"PERSON".equals(s.tokens().get(name).ner()) || !isVerb(s, verb)
                    || !hasSubject(s, verb) // "said Jerce": the speaker told after the verb
                    || s.dependencies().stream().anyMatch(e -> e.governor() == verb && (e.relation().equals("obj")
                            || e.relation().startsWith("nsubj:pass")))) {
                continue;
            }
            return withEdgesReplaced(s, List.of(d), List.of(new Dependency("obj", verb, name)));
        }
        return s;
    }

    /** A proper noun the tagger did not take for a place, body or date (a lone family name often has no tag). */
    private static boolean mayBeAName(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return t.pos().startsWith("NNP") && ("PERSON".equals(t.ner()) || "O".equals(t.ner()));
    }

    /** "for a year in Dubai": a named place hung on a length of time ("months of delay" is no place). */
    private static boolean isPlaceAfterALength(Sentence s, Dependency d) {
        return "DURATION".equals(s.tokens().get(d.governor()).ner()) && d.relation().equals("nmod:in")
                && s.tokens().get(d.dependent()).pos().startsWith("NNP");
    }

    private static boolean isDate(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }
}
