package org.dossier.extract;

import java.util.Set;

/**
 * How a person mention stands to a trigger phrase in the same sentence. Rules read it in the
 * domain's words: the person's {@link #getPart() part} in the event (it happens to them, they do
 * it, it is theirs ...), how close they are ({@link #isAdjacent()}, {@link #isClose()},
 * {@link #isInClause()}) and their role. The parser's relation and edge count stay for
 * {@code --explain}.
 */
public record PersonLink(PhraseMatch match, PersonMention mention, String person, String role,
                         String relation, int distance) implements Reach {

    // "relcl:pass": a passive clause on the name ("X, who was jailed in 2019"); "nsubj:intransitive":
    // the subject of an arrest word that acts on no one ("X vanished in Iran")
    private static final Set<String> UNDERGOES = Set.of("nsubj:pass", "obj", "iobj", "nsubj:pass:xsubj",
            "relcl:pass", "nsubj:intransitive");
    private static final Set<String> WHOSE = Set.of("nmod:poss", "nmod:of");
    private static final Set<String> BY = Set.of("obl:agent", "nmod:agent", "nmod:by");
    private static final Set<String> WITH = Set.of("nmod:to", "nmod:with", "obl:to", "obl:with");
    private static final Set<String> FROM = Set.of("nmod:from", "obl:from");
    private static final Set<String> BESIDE = Set.of("compound", "appos", "amod");
    private static final Set<String> HAPPENS_TO = Set.of("custody", "legal");
    /** The subject of a trigger phrase's predicate ("found him guilty": him), which the phrase is about. */
    static final String PREDICATE_SUBJECT = "nsubj:predicate";
    /** The subject of a custody verb that acts on someone else ("Putin pardoned her": Putin). */
    static final String AGENT_SUBJECT = "nsubj:agent";

    public boolean isDetainee() {
        return "detainee".equals(role);
    }

    /** The trigger phrase the person is linked to. */
    public PhraseMatch getTrigger() {
        return match;
    }

    /**
     * The person's part in what the trigger tells: "undergoes" (arrested him, he was sentenced),
     * "whose" (his arrest, the release of X), "does" (he appealed, she visited), "by" (sentenced by
     * X), "against" (charges against X), "on" (an attack on X), "with" (a visit to X, a meeting
     * with X, talked to X), "from" (a call from X), "for" (exchanged for X), "beside" (a title or description next to the
     * name: "Ambassador X"), or "other".
     */
    public String getPart() {
        if (distance == 0 || BESIDE.contains(relation) || relation.startsWith("appos")) {
            return "beside";
        }
        if (UNDERGOES.contains(relation)) {
            return "undergoes";
        }
        if (relation.equals(PREDICATE_SUBJECT)) {
            // "found him guilty": a court or custody word happens to its subject
            return HAPPENS_TO.contains(match.label()) ? "undergoes" : "does";
        }
        if (relation.equals(AGENT_SUBJECT)) {
            return "other"; // "Putin pardoned her": who frees or holds someone else
        }
        if (relation.equals("nsubj:xsubj")) {
            // "urged Iran to free him", "hopes to walk free": the subject of an active verb does it
            return "does";
        }
        if (WHOSE.contains(relation)) {
            return "whose";
        }
        if (relation.equals("nsubj")) {
            return "does";
        }
        if (BY.contains(relation)) {
            return "by";
        }
        if (relation.equals("nmod:against") || relation.equals("obl:against")) {
            return "against";
        }
        if (relation.equals("nmod:on") || relation.equals("obl:on")) {
            return "on";
        }
        if (FROM.contains(relation)) {
            return "from";
        }
        if (relation.equals("nmod:for") || relation.equals("obl:for")) {
            return "for";
        }
        return WITH.contains(relation) ? "with" : "other";
    }

    /** Nearer to the trigger than the person of {@code other} is to theirs. */
    public boolean nearerThan(PersonLink other) {
        return distance < other.distance;
    }

    /** Named or referred to before the trigger in the sentence. */
    public boolean isBeforeTrigger() {
        return mention.head() < match.start();
    }

    /** Named or referred to after the trigger in the sentence. */
    public boolean isAfterTrigger() {
        return mention.head() >= match.end();
    }

    /** Named or referred to right after the trigger ("visited her"), whatever the parser made of it. */
    public boolean isRightAfterTrigger() {
        return mention.start() == match.end();
    }

    /**
     * Named by a word's own phrase or right after it: "his ailing father, Ali" names Ali as the
     * father; "her father said she ..." does not.
     */
    public boolean isNamedBy(PhraseMatch word) {
        return mention.start() >= word.start() && mention.start() <= word.end() + 1;
    }

    /** The word's own owner: "her health", "his illness", not "his father's illness". */
    public boolean isOwner() {
        return distance == 1 && relation.equals("nmod:poss");
    }

    /** Referred to by a possessive ("his", "her", "their", "X's"). */
    public boolean isPossessive() {
        String m = mention.text().toLowerCase(java.util.Locale.ROOT);
        return m.equals("his") || m.equals("her") || m.equals("their") || m.endsWith("'s") || m.endsWith("\u2019s");
    }
}
