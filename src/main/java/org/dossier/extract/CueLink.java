package org.dossier.extract;

/**
 * A cue phrase (negation, future, refusal, a request's object ...) near a trigger phrase in
 * the same sentence, with the number of dependency edges between them, their token order, and
 * whether the cue lies inside the trigger's own clause ({@code below}: the trigger governs it,
 * as "ask" governs "transfer" in "asked to transfer him").
 */
public record CueLink(PhraseMatch match, PhraseMatch cue, String lexicon, String label, int distance,
                      boolean before, boolean below) {
}
