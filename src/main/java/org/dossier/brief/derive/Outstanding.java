package org.dossier.brief.derive;

/**
 * A request that is still outstanding.
 *
 * @param status   open, under_review or unknown
 * @param daysOpen days from first asked to the brief's as-of date, or null when either is unknown
 */
public record Outstanding(Request request, String status, Long daysOpen) {
}
