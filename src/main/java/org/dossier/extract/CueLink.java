package org.dossier.extract;

/**
 * A cue phrase (negation, future, refusal, a request's object, a date, a place ...) near a
 * trigger phrase in the same sentence. Rules read it in the domain's words: the cue's lexicon
 * columns ({@code meaning}, {@code type}, {@code kind}), whether it comes before the trigger,
 * whether it is inside the trigger's own clause ({@code inside}: the trigger governs it, as
 * "ask" governs "transfer" in "asked to transfer him"), and how close it is. {@code distance}
 * (dependency edges) stays for {@code --explain}.
 */
public record CueLink(PhraseMatch match, PhraseMatch cue, String lexicon, String label, int distance,
                      boolean before, boolean below, boolean background) implements Reach {

    public CueLink(PhraseMatch match, PhraseMatch cue, String lexicon, String label, int distance,
                   boolean before, boolean below) {
        this(match, cue, lexicon, label, distance, before, below, false);
    }

    /**
     * The cue tells what went before the trigger, in an "after ...", "following ..." or
     * "since ..." phrase set before it: "after months of delay, diplomats were granted access"
     * (the delay is over).
     */
    public boolean isBackground() {
        return background;
    }

    /** The trigger phrase the cue is near. */
    public PhraseMatch getTrigger() {
        return match;
    }

    /** The cue is inside the trigger's own clause: the trigger governs it. */
    public boolean isInside() {
        return below;
    }

    /** cues.csv: what the cue says of the trigger (negation, hypothetical, future, refused ...). */
    public String getMeaning() {
        return cue.getMeaning();
    }

    /** triggers.csv (for a trigger seen as a cue of another): custody, legal, request ... */
    public String getType() {
        return cue.getType();
    }

    /** triggers.csv, contact-cues.csv, request-kinds.csv: the kind the cue's line gives. */
    public String getKind() {
        return cue.getKind();
    }

    /** request-kinds.csv: where the request is to be answered (trial ...), if said. */
    public String getSetting() {
        return cue.getSetting();
    }

    /** roles.csv: the role a title or family word names. */
    public String getRole() {
        return cue.getRole();
    }

    /** Nearer to its trigger than the person of {@code link} is to theirs. */
    public boolean nearerThan(PersonLink link) {
        return distance < link.distance();
    }

    /** The cue's phrase holds the whole of {@code other}'s and more ("humane treatment" holds "treatment"). */
    public boolean holds(CueLink other) {
        return cue.article().equals(other.cue.article()) && cue.sentence() == other.cue.sentence()
                && cue.start() <= other.cue.start() && cue.end() >= other.cue.end()
                && cue.end() - cue.start() > other.cue.end() - other.cue.start();
    }

    /** Nearer to its trigger than {@code other} is to its own. */
    public boolean nearerThan(CueLink other) {
        return distance < other.distance;
    }

    /** At most as far from its trigger as {@code other} is from its own. */
    public boolean asCloseAs(CueLink other) {
        return distance <= other.distance;
    }

    /** The cue is one of the trigger's own words ("not" in "not allowed to call"). */
    public boolean isWithinTrigger() {
        return match.covers(cue.head());
    }

    /**
     * The cue stands among the trigger's words, also in a gap its wildcard skipped ("not" in "found
     * not guilty", matched as "find * guilty").
     */
    public boolean isAmongTheTriggerWords() {
        return cue.start() >= match.start() && cue.start() < match.end();
    }

    /** Closer to the trigger than {@code other} is (or as close and earlier in the sentence). */
    public boolean closerThan(CueLink other) {
        return distance < other.distance || (distance == other.distance && cue.start() < other.cue.start());
    }

    /** For a date, place, term or sentence frame: its value ("2021-03-04", "Riverton", "P6Y", "predicative"). */
    public String getValue() {
        return label;
    }

    /** For a date or a length: told roughly ("about 2015", "almost three years"). */
    public boolean isRough() {
        return ("date".equals(lexicon) || "term".equals(lexicon)) && "approx".equals(cue.label2());
    }

    /** For a place cue: the preposition that introduces it ("in", "to", "from"), if any. */
    public String getPreposition() {
        return "place".equals(lexicon) ? cue.label2() : null;
    }
}
