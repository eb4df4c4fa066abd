package org.dossier.brief.derive;

import java.util.List;

/** One event for which sources disagree: what it is, which slot, and the values they give. */
public record Disagreement(String event, String slot, List<String> values) {

    public Disagreement(String event, String slot, String first, String second) {
        this(event, slot, List.of(String.valueOf(first), String.valueOf(second)));
    }
}
