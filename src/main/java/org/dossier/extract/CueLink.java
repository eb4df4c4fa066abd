package org.dossier.extract;

/**
 * A cue phrase (negation, future, refusal, a request's object ...) near a trigger phrase in
 * the same sentence, with the number of dependency edges between them and their token order.
 */
public record CueLink(PhraseMatch match, PhraseMatch cue, String lexicon, String label, int distance,
                      boolean before) {
}
