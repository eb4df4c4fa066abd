package org.dossier.extract;

/**
 * A place named in a sentence: a location ("Sintra, Portugal") or a facility ("Linho
 * prison"), with the preposition that introduces it ("in", "to", "from"), or null.
 */
public record PlaceSpan(int start, int end, int head, String text, String preposition) {
}
