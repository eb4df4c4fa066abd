package org.dossier.ingest;

import java.util.regex.Pattern;

/**
 * Pages that lose their paragraph breaks glue one sentence to the next ("their ordeal.Ana Brell
 * was"). The tokenizer then reads "ordeal.Ana" as one word and the name is lost; a space after
 * the sentence's end (and its closing quote) gives the next sentence back. Only a lower-case word
 * ends such a sentence, so abbreviations ("U.S.Embassy") and numbers ("3.5") stay as they are.
 */
final class GluedSentences {

    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2})([.!?][\"\u201D\u2019]?)(?=\\p{Lu}\\p{Ll})");

    private GluedSentences() {
    }

    static String separated(String text) {
        return GLUED.matcher(text).replaceAll("$1 ");
    }
}
