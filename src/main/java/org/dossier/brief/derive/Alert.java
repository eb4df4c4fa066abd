package org.dossier.brief.derive;

/**
 * The rules' judgement that something needs a reader's attention.
 *
 * @param code     a short stable name ("no-recent-visit")
 * @param severity high, medium or info
 */
public record Alert(String code, String severity, String message) {
}
