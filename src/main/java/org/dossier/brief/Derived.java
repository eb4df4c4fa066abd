package org.dossier.brief;

import java.util.List;

/** A single derived value (such as the status) with the rule that decided it and the facts it used. */
public record Derived(String value, String rule, List<String> facts, List<Integer> sources) {
}
