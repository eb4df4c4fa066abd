package org.dossier.extract;

/**
 * How a person mention stands to a trigger phrase in the same sentence: the dependency
 * relation from the trigger to the person ("nsubj:pass", "obj", "nsubj", "obl:agent", ...,
 * or "other" when not directly attached), the number of edges between them, and the person's role.
 */
public record PersonLink(PhraseMatch match, PersonMention mention, String person, String role,
                         String relation, int distance) {

    public boolean isDetainee() {
        return "detainee".equals(role);
    }
}
