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
}
