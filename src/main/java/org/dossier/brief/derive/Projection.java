package org.dossier.brief.derive;

/** An estimated release year and how the rule reached it: a judgement, never a reported fact. */
public record Projection(String year, String basis) {
}
