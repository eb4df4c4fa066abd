package org.dossier.brief.derive;

/**
 * The case status in the words caseworkers use: pretrial_detention, on_trial,
 * convicted_serving_sentence, appeal_pending, house_arrest, released, exchanged,
 * deported_or_expelled, died_in_custody or unknown. Decided by rules/derive/case-status.drl;
 * the facts a rule bound are the ones that decided it.
 */
public record CaseStatus(String value) {
}
