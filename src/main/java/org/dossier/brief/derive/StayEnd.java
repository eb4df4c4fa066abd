package org.dossier.brief.derive;

/** The date a stay ended (the next move or a release), or null when that move has no date. */
public record StayEnd(Stay stay, String until) {
}
