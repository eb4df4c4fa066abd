package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;

/** Shapes of a sentence the rules ask about, as "frame" matches on the word that has them. */
final class SentenceFrames {

    private SentenceFrames() {
    }

    /**
     * Sentence shapes the rules ask about: "predicative", a verb with a predicate that is no verb
     * ("called the trial a farce", "called the charges baseless") or with two objects, the thing
     * and its name ("what Moscow calls its special operation"); "describing", a past participle
     * that describes a noun ("a disorder called polyneuropathy", "a man detained in May");
     * "epithet", such a participle set before its noun with no words of its own ("the detained
     * executive", "jailed reporter"); "judged", a noun that a predicate judges ("her release is a
     * great relief", "his arrest was outrageous"); "purpose", a verb that tells what another is done
     * for ("asked for bail to seek treatment", "so that he could see a doctor"); "where", the verb
     * of a clause that says what happened at a place ("the jail where he had been detained"); "someone's",
     * a noun told as a person's ("the sentence of a protester", "her sentence", "a verdict against a woman");
     * "who clause", a verb of a clause that describes a person ("Ann Lee, who had been working to
     * free prisoners, was arrested"); "others", people told of as a group of their own, the subject
     * of their clause ("the Venezuelan men were held incommunicado", "other inmates are denied visits");
     * "grounds", the act or crime someone is arrested, convicted or sentenced for or of; "still ahead",
     * the verb of a time clause told in the present ("until he is deported", "once she is released":
     * what has not happened yet).
     */
    static List<PhraseMatch> find(String id, SentenceSyntax syntax) {
        List<PhraseMatch> found = new ArrayList<>();
        for (int i = 0; i < syntax.size(); i++) {
            if (predicative(syntax, i)) {
                found.add(frame(id, syntax, i, "predicative"));
            }
            if (describing(syntax, i)) {
                found.add(frame(id, syntax, i, "describing"));
            }
            if (epithet(syntax, i)) {
                found.add(frame(id, syntax, i, "epithet"));
            }
            if (judged(syntax, i)) {
                found.add(frame(id, syntax, i, "judged"));
            }
            if (purpose(syntax, i)) {
                found.add(frame(id, syntax, i, "purpose"));
            }
            if (whereClause(syntax, i)) {
                found.add(frame(id, syntax, i, "where"));
            }
            if (someones(syntax, i)) {
                found.add(frame(id, syntax, i, "someone's"));
            }
            if (whoClause(syntax, i)) {
                found.add(frame(id, syntax, i, "who clause"));
            }
            if (othersAsSubject(syntax, i)) {
                found.add(frame(id, syntax, i, "others"));
            }
            if (grounds(syntax, i)) {
                found.add(frame(id, syntax, i, "grounds"));
            }
            if (stillAhead(syntax, i)) {
                found.add(frame(id, syntax, i, "still ahead"));
            }
        }
        return found;
    }

    private static final java.util.Set<String> TIME_CLAUSE_MARKS = java.util.Set.of("until", "till", "before", "once",
            "unless", "when", "after");

    /** The verb, or an auxiliary of it after the clause's "until", is in the present ("until he is deported"). */
    private static boolean stillAhead(SentenceSyntax syntax, int i) {
        if (!syntax.token(i).pos().startsWith("VB")) {
            return false;
        }
        for (int mark : syntax.children(i, "mark")) {
            if (TIME_CLAUSE_MARKS.contains(syntax.token(mark).lemma().toLowerCase(java.util.Locale.ROOT))
                    && (syntax.token(i).pos().matches("VBZ|VBP") || syntax.children(i).stream().anyMatch(d -> d.dependent() > mark
                            && (d.relation().startsWith("aux") || d.relation().equals("cop"))
                            && syntax.token(d.dependent()).pos().matches("VBZ|VBP")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean othersAsSubject(SentenceSyntax syntax, int i) {
        return syntax.token(i).pos().equals("NNS") && syntax.relationToHead(i).startsWith("nsubj")
                && syntax.children(i, "nummod").isEmpty() // "the two men": those just named
                && PersonNouns.isPerson(syntax.token(i).lemma());
    }

    /**
     * "arrested for illegally crossing the border", "convicted of espionage", "jailed for fraud", "held
     * over a post": the act or crime a verb is done for, of or over (no length of time, no person, no questioning).
     */
    private static boolean grounds(SentenceSyntax syntax, int i) {
        org.dossier.nlp.Token t = syntax.token(i);
        String relation = syntax.relationToHead(i);
        int head = syntax.head(i);
        if (head < 0 || !(t.pos().equals("VBG") || t.pos().startsWith("NN") && !t.pos().startsWith("NNP"))
                || NOT_GROUNDS_NER.contains(t.ner()) || PersonNouns.isPerson(t.lemma())
                || NOT_GROUNDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String headPos = syntax.token(head).pos();
        boolean forIt = relation.equals("advcl:for") || relation.equals("obl:for") || relation.equals("nmod:for");
        boolean ofIt = relation.equals("advcl:of") || relation.equals("obl:of");
        // "jailed over a post", "detained over the killing of a guard"
        boolean overIt = relation.equals("obl:over") && headPos.startsWith("VB");
        return forIt && (headPos.startsWith("VB") || headPos.startsWith("NN")) || ofIt && (headPos.startsWith("VB") || headPos.equals("JJ"))
                || overIt || inConnectionWith(syntax, i, relation, head);
    }

    /**
     * "arrested in connection with the killing": the verb's "connection" with an act stands for the
     * act (it hangs on the verb itself, the act one step further).
     */
    private static boolean inConnectionWith(SentenceSyntax syntax, int i, String relation, int head) {
        return relation.equals("obl:in") && syntax.token(i).lemma().equalsIgnoreCase("connection")
                && syntax.token(head).pos().startsWith("VB") && !syntax.children(i, "nmod:with").isEmpty();
    }

    private static final java.util.Set<String> NOT_GROUNDS_NER = java.util.Set.of("DURATION", "DATE", "TIME", "NUMBER",
            "MONEY", "PERSON", "LOCATION", "CITY", "COUNTRY", "ORGANIZATION");
    /** Why someone is held that is no accusation: "detained for questioning". */
    private static final java.util.Set<String> NOT_GROUNDS = java.util.Set.of("questioning", "question", "interrogation",
            "year", "month", "week", "day", "hour", "life", "time", "while", "treatment", "reason",
            "half", "decade", "night", "minute", "weekend", "fortnight", "period", // "for a year and a half"
            "border", "phone", "course"); // "over the border", "over the phone", "over the course of"

    private static PhraseMatch frame(String id, SentenceSyntax syntax, int i, String shape) {
        return new PhraseMatch(id, syntax.sentence().index(), i, i + 1, i, "frame", shape, null, syntax.token(i).word());
    }

    private static boolean predicative(SentenceSyntax syntax, int i) {
        boolean verb = syntax.token(i).pos().startsWith("VB");
        return syntax.children(i, "xcomp").stream().anyMatch(x -> !syntax.token(x).pos().startsWith("VB"))
                || verb && syntax.children(i, "obj").size() >= 2
                || verb && syntax.children(i, "obj").stream().anyMatch(o -> quotedNameOf(syntax, o))
                // "calling him a sick man": the parser took the one named for an indirect object
                || verb && NAMING.contains(syntax.token(i).lemma().toLowerCase(java.util.Locale.ROOT))
                   && !syntax.children(i, "iobj").isEmpty() && !syntax.children(i, "obj").isEmpty()
                // "calls Yang's sentence \"harrowing news\"": a thing, then its name in quotes
                || verb && NAMING.contains(syntax.token(i).lemma().toLowerCase(java.util.Locale.ROOT))
                   && syntax.children(i, "obj").stream().anyMatch(o -> nameInQuotesAfterAThing(syntax, i, o));
    }

    private static boolean nameInQuotesAfterAThing(SentenceSyntax syntax, int verb, int object) {
        for (int q = verb + 2; q <= object; q++) {
            if (QuoteMarks.OPENING.contains(syntax.token(q).word())) {
                return syntax.token(q - 1).pos().startsWith("NN") || syntax.token(q - 1).pos().startsWith("PRP");
            }
        }
        return false;
    }

    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "label", "brand", "dub", "term");

    private static boolean describing(SentenceSyntax syntax, int i) {
        int head = syntax.head(i);
        String relation = syntax.relationToHead(i);
        String pos = syntax.token(i).pos();
        // The tagger sometimes takes such a participle for a past tense ("a ring called/VBD the
        // Serpents"); hung on a noun as a clause, it is still the participle.
        boolean participle = pos.equals("VBN") || pos.equals("VBD") && relation.equals("acl");
        return participle && head >= 0 && syntax.token(head).pos().startsWith("NN")
                && (relation.equals("amod") || relation.equals("acl"));
    }

    private static boolean epithet(SentenceSyntax syntax, int i) {
        return describing(syntax, i) && syntax.head(i) > i && syntax.relationToHead(i).equals("amod")
                && syntax.children(i).isEmpty();
    }

    private static boolean whereClause(SentenceSyntax syntax, int i) {
        int place = syntax.head(i);
        return syntax.token(i).pos().startsWith("VB") && syntax.relationToHead(i).equals("acl:relcl")
                && place >= 0 && syntax.token(place).pos().startsWith("NN")
                && syntax.children(i, "advmod").stream().anyMatch(a -> syntax.token(a).word().equalsIgnoreCase("where"));
    }

    private static boolean whoClause(SentenceSyntax syntax, int i) {
        if (!syntax.token(i).pos().startsWith("VB")) {
            return false;
        }
        int token = i;
        for (int hops = 0; token >= 0 && hops < 4; hops++) {
            int governor = syntax.head(token);
            if (governor >= 0 && syntax.relationToHead(token).equals("acl:relcl")) {
                org.dossier.nlp.Token described = syntax.token(governor);
                return "PERSON".equals(described.ner()) || described.pos().startsWith("NN") && PersonNouns.isPerson(described.lemma());
            }
            if (governor < 0 || !syntax.token(governor).pos().startsWith("VB")) {
                return false;
            }
            token = governor;
        }
        return false;
    }

    private static boolean someones(SentenceSyntax syntax, int i) {
        return syntax.token(i).pos().startsWith("NN") && syntax.children(i).stream()
                .filter(d -> d.relation().startsWith("nmod:poss") || d.relation().equals("nmod:of")
                        || d.relation().equals("nmod:against") || d.relation().equals("nmod:for"))
                .map(d -> syntax.token(d.dependent()))
                .anyMatch(t -> t.pos().startsWith("PRP") || "PERSON".equals(t.ner()) || PersonNouns.isPerson(t.lemma()));
    }

    private static boolean judged(SentenceSyntax syntax, int i) {
        int predicate = syntax.head(i);
        return syntax.token(i).pos().startsWith("NN") && predicate >= 0 && syntax.relationToHead(i).equals("nsubj")
                && !syntax.token(predicate).pos().startsWith("VB") && !syntax.children(predicate, "cop").isEmpty();
    }

    /**
     * "in order to learn", "so that he could see", "bail to seek treatment": a clause of aim. A
     * "to" clause on a noun ("a request to free him") tells what is asked, not what for.
     */
    private static boolean purpose(SentenceSyntax syntax, int i) {
        String relation = syntax.relationToHead(i);
        if (!syntax.token(i).pos().startsWith("VB")) {
            return false;
        }
        int head = syntax.head(i);
        boolean inOrderTo = head >= 0 && syntax.token(head).word().equalsIgnoreCase("order"); // parsed as a noun
        return relation.endsWith(":in_order") || inOrderTo
                || (relation.startsWith("advcl") || relation.startsWith("acl")) && hasMark(syntax, i, "so")
                || relation.startsWith("advcl") && hasMark(syntax, i, "to");
    }

    private static boolean hasMark(SentenceSyntax syntax, int i, String word) {
        return syntax.children(i, "mark").stream().anyMatch(m -> syntax.token(m).word().equalsIgnoreCase(word));
    }

    /** "called his detention \"an impediment\"": a quoted noun the parser hung on the object is its name. */
    private static boolean quotedNameOf(SentenceSyntax syntax, int object) {
        return syntax.children(object, "dep").stream()
                .anyMatch(name -> syntax.token(name).pos().startsWith("NN") && quoteBetween(syntax, object, name));
    }

    private static boolean quoteBetween(SentenceSyntax syntax, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (QuoteMarks.OPENING.contains(syntax.token(i).word())) {
                return true;
            }
        }
        return false;
    }
}
