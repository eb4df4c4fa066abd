package org.dossier.brief.derive;

import java.util.List;
import org.dossier.facts.Fact;

/**
 * A rule's decision to show a fact as a line of a section of the brief.
 *
 * @param section one of {@link #SECTIONS}
 */
public record Listed(String section, Fact fact) {

    public static final String CUSTODY_EVENTS = "custody events";
    public static final String LEGAL_HISTORY = "legal history";
    public static final String DIPLOMATIC_ACTIONS = "diplomatic actions";
    public static final String HEALTH = "health";
    public static final String CONDITIONS = "conditions";
    public static final String CONTACT = "contact";
    public static final List<String> SECTIONS = List.of(CUSTODY_EVENTS, LEGAL_HISTORY, DIPLOMATIC_ACTIONS,
            HEALTH, CONDITIONS, CONTACT);
}
