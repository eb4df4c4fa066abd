package org.dossier.extract;

import java.util.Set;

/** Quotation marks as the tokenizer gives them, straight or curly. */
final class QuoteMarks {

    /** Marks that open a quotation: straight, the tokenizer's ``, curly. */
    static final Set<String> OPENING = Set.of("\"", "``", "'", "\u201C", "\u2018");
    /** Marks that close one: straight, the tokenizer's '', curly. */
    static final Set<String> CLOSING = Set.of("\"", "''", "'", "\u201D", "\u2019");

    private QuoteMarks() {
    }

    /** Whether a token is between an opening double quotation mark and its closing one. */
    static boolean inside(SentenceSyntax syntax, int token) {
        boolean open = false;
        for (int i = 0; i < token; i++) {
            String w = syntax.token(i).word();
            if (w.equals("\u201c") || w.equals("``")) {
                open = true;
            } else if (w.equals("\u201d") || w.equals("''")) {
                open = false;
            } else if (w.equals("\"")) {
                open = !open;
            }
        }
        return open;
    }
}
