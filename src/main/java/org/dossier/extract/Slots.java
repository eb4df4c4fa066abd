package org.dossier.extract;

/** The slots of a fact filled from the sentence around its trigger. */
public record Slots(String place, String date, Boolean dateApprox, String actor, String addressee,
                    String term, String status, String detail) {
}
