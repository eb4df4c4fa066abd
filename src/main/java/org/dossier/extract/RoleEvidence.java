package org.dossier.extract;

/** A rule's finding that a person has a role (detainee, official, family, lawyer, other). */
public record RoleEvidence(String person, String role, String article, int sentence, String rule) {
}
