package org.dossier.extract;

/**
 * How far apart two words of a sentence are in its grammar, in the words rules use: the number
 * of dependency edges between them ({@link #distance()}), read as directly joined ("his arrest",
 * "arrested him"), close (one word between: "asked to release him"), near (two words between),
 * or in the same clause. Person links and cue links both have a reach.
 */
public interface Reach {

    int ADJACENT = 1;
    int CLOSE = 2;
    int NEAR = 3;
    int CLAUSE = 4;

    /** Dependency edges between the two words. */
    int distance();

    /** Directly joined in the grammar of the sentence. */
    default boolean isAdjacent() {
        return distance() <= ADJACENT;
    }

    /** Joined directly or through one word. */
    default boolean isClose() {
        return distance() <= CLOSE;
    }

    /** Joined through at most two other words. */
    default boolean isNear() {
        return distance() <= NEAR;
    }

    /** In the same clause. */
    default boolean isInClause() {
        return distance() <= CLAUSE;
    }
}
