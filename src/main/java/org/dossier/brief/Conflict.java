package org.dossier.brief;

import java.util.List;

/** One event for which sources disagree: what it is, which slot, and the values each gives. */
public record Conflict(String event, String slot, List<String> values, String rule, List<String> facts,
                       List<Integer> sources) {
}
