package org.dossier.bench;

/**
 * Made-up, pronounceable, capitalised names, one per number and never the same for two
 * numbers: the number is scrambled (an odd multiplier is a bijection modulo 2^24) and spelled
 * as four consonant-vowel syllables, so neighbouring numbers give unlike names.
 */
public final class NameGenerator {

    static final int BITS = 24;
    private static final long MASK = (1L << BITS) - 1;
    private static final long MULTIPLIER = 0x9E3779B1L; // odd
    private static final String CONSONANTS = "bdfgklmnprstvzhj";
    private static final String VOWELS = "aeio";

    private NameGenerator() {
    }

    /** The name of {@code n}; distinct for every n in [0, 2^24). */
    public static String name(long n) {
        if (n < 0 || n > MASK) {
            throw new IllegalArgumentException("name number out of range: " + n);
        }
        long m = (n * MULTIPLIER) & MASK;
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 4; i++) {
            int syllable = (int) (m & 63);
            m >>>= 6;
            s.append(CONSONANTS.charAt(syllable >> 2)).append(VOWELS.charAt(syllable & 3));
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }
}
