package org.dossier.brief.derive;

/** The person's status as the rules decide it: in_custody, released, exchanged or unknown. */
public record CustodyStatus(String value) implements Background {
}
