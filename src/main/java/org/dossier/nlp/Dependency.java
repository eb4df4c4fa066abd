package org.dossier.nlp;

/**
 * One edge of a sentence's enhanced++ dependency graph, between 0-based token indices.
 * The root has governor -1.
 */
public record Dependency(String relation, int governor, int dependent) {
}
