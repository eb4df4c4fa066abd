package org.dossier.brief.derive;

import org.dossier.facts.Fact;

/** The newest consular visit that took place, and the days from it to the brief's as-of date. */
public record LatestVisit(Fact visit, Long daysSince) {
}
