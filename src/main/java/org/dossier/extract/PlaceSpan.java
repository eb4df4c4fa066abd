package org.dossier.extract;

/** A place named in a sentence: a location ("Butner, North Carolina") or a facility ("Lefortovo prison"). */
public record PlaceSpan(int start, int end, int head, String text) {
}
