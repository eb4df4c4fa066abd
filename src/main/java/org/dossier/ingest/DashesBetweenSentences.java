package org.dossier.ingest;

import java.util.regex.Pattern;

/**
 * Captions and wire copy set a dash between two sentences ("... in Hanoi. – A court on Monday
 * jailed ..."). The parser reads the dash as the start of the next sentence and loses its verb, so
 * the dash goes and the sentence starts with its first word.
 */
final class DashesBetweenSentences {

    private static final Pattern DASH = Pattern.compile("(?<=[.!?][\"\u201D\u2019)]?) +[-\u2013\u2014] +(?=[\"\u201C]?\\p{Lu})");

    private DashesBetweenSentences() {
    }

    static String dropped(String text) {
        return DASH.matcher(text).replaceAll(" ");
    }
}
