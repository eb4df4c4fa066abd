package org.dossier.nlp;

/**
 * One token of a sentence with CoreNLP's analysis.
 *
 * @param index      0-based position in its sentence
 * @param word       the text as written
 * @param lemma      the dictionary form
 * @param pos        Penn Treebank part of speech
 * @param ner        coarse named-entity tag (PERSON, LOCATION, ORGANIZATION, DATE, ...) or "O"
 * @param normalized SUTime's normalized value for DATE/DURATION tokens ("2022-11-14", "P27Y"), or null
 * @param begin      character offset in the article body where the token starts
 * @param end        character offset where it ends
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    String normalized, int begin, int end) {
}
