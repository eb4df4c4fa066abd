package org.dossier.brief.derive;

/**
 * Where the person is now as far as the sources say.
 *
 * @param stay the current stay of the custody history, or null when the place is not a stay
 */
public record Whereabouts(String place, String lastReported, Stay stay) {
}
