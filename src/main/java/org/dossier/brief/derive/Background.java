package org.dossier.brief.derive;

/**
 * Marks a conclusion that other rules use as background (the as-of date, the custody status).
 * An item derived with its help does not cite the facts behind it, only its own.
 */
public interface Background {
}
