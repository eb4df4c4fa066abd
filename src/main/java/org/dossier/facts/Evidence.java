package org.dossier.facts;

/** One sentence that supports a fact: the article id, the sentence's 0-based index and its text. */
public record Evidence(String article, int sentence, String quote) {
}
