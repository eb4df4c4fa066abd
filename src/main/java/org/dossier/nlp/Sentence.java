package org.dossier.nlp;

import java.util.List;

/**
 * A sentence of an article body, as CoreNLP split it.
 *
 * @param index        0-based index in the article body (the `sentence` of evidence)
 * @param text         the sentence's text as it stands in the body
 * @param tokens       its tokens in order
 * @param dependencies its dependency edges
 */
public record Sentence(int index, String text, List<Token> tokens, List<Dependency> dependencies) {
}
