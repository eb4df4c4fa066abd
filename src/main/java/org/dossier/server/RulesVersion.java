package org.dossier.server;

import java.time.Instant;

/**
 * One change of a rules file applied from the browser: who, when, why, and what it changed.
 *
 * @param id     the version's number, in the order applied ("0001")
 * @param path   the file inside the rules folder ("lexicon/triggers.csv")
 * @param before hash of the file's bytes before the change ({@code absent} for a new file)
 * @param after  hash of its bytes after
 * @param diff   the change as a unified diff
 */
public record RulesVersion(String id, String path, String who, Instant at, String message, String before,
                           String after, String diff) {
}
