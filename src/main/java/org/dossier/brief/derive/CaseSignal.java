package org.dossier.brief.derive;

/**
 * A step towards the case status (rules/derive/case-status.drl): how custody ended ("died",
 * "exchanged", "deported", "released"), its form ("house arrest") or the stage of the case in
 * court ("on trial", "convicted", "appeal pending"). The facts behind a signal are cited by the
 * status it leads to.
 */
public record CaseSignal(String what) {
}
