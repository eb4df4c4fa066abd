package org.dossier.extract;

/**
 * A place in a sentence that names or refers to a person: tokens {@code start..end}
 * (exclusive), {@code head} the token that anchors it in the parse. {@code reference} is true for
 * a pronoun or a description such as "the Russian" that was resolved to a person.
 */
public record PersonMention(String article, int sentence, int start, int end, int head,
                            String person, String text, boolean reference) {
}
