package org.dossier.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash signature of an article's text over its word 5-grams (shingles): two texts agree in
 * about as many of the signature's places as the share of shingles they have in common (their
 * Jaccard similarity). Wire copy republished with a changed lead or a cut ending stays close;
 * two outlets' own reports of one event, which share a quote at most, do not.
 */
final class StoryFingerprint {

    static final int HASHES = 64;
    static final int SHINGLE_WORDS = 5;

    private final int[] minima;

    private StoryFingerprint(int[] minima) {
        this.minima = minima;
    }

    /** The fingerprint of {@code text}, or null when it has fewer words than one shingle. */
    static StoryFingerprint of(String text) {
        long[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).mapToLong(StoryFingerprint::fnv).toArray();
        if (words.length < SHINGLE_WORDS) {
            return null;
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            long shingle = 0;
            for (int w = i; w < i + SHINGLE_WORDS; w++) {
                shingle = mix(shingle ^ words[w]);
            }
            for (int h = 0; h < HASHES; h++) {
                minima[h] = Math.min(minima[h], mix(shingle + h * 0x9E3779B97F4A7C15L));
            }
        }
        return new StoryFingerprint(Arrays.stream(minima).mapToInt(m -> (int) (m ^ (m >>> 32))).toArray());
    }

    /** The estimated Jaccard similarity of the two texts' shingles, 0 to 1. */
    double similarity(StoryFingerprint other) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (minima[h] == other.minima[h]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** A key of the {@code rows} places of band {@code band}, for finding candidates without comparing all pairs. */
    String band(int band, int rows) {
        return band + ":" + Arrays.toString(Arrays.copyOfRange(minima, band * rows, band * rows + rows));
    }

    /** FNV-1a over a word's characters. */
    private static long fnv(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: a well-spread hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
