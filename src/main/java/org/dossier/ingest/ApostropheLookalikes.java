package org.dossier.ingest;

import java.util.regex.Pattern;

/**
 * Some outlets set the apostrophe as a look-alike: the modifier letter apostrophe, a prime or an
 * accent ("the regionʼs former minister"). The tokenizer knows none of them for an apostrophe, takes
 * "regionʼs" for one word and the parse of the sentence around it goes wrong; after a letter they
 * become the typographic apostrophe.
 */
final class ApostropheLookalikes {

    private static final Pattern LOOKALIKE = Pattern.compile("(?<=\\p{L})[\u02BC\u2032\u00B4`]");

    private ApostropheLookalikes() {
    }

    static String replaced(String text) {
        return LOOKALIKE.matcher(text).replaceAll("\u2019");
    }
}
