package org.dossier.extract;

/**
 * How far apart two words of a sentence are in its grammar, in the words rules use: the number
 * of dependency edges between them, read as directly joined ("his arrest", "arrested him"),
 * close (one word between: "asked to release him"), near (two words between), or in the same clause.
 */
final class Reach {

    static final int ADJACENT = 1;
    static final int CLOSE = 2;
    static final int NEAR = 3;
    static final int CLAUSE = 4;

    private Reach() {
    }
}
