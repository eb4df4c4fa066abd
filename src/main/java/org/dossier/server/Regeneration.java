package org.dossier.server;

import java.time.Instant;
import java.util.List;

/**
 * One regeneration: when, why, and what came of it.
 *
 * @param trigger  startup, request, upload, watch or schedule
 * @param ok       false when it failed; the previous briefs are then still served
 * @param message  a one-line summary, or the error
 * @param rendered the briefs whose PDF was rendered
 * @param skipped  articles that could not be read (each names its file)
 */
public record Regeneration(Instant at, String trigger, boolean ok, String message, int briefs,
                           List<String> rendered, List<String> skipped, long millis) {
}
