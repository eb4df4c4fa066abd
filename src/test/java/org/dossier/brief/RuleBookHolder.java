package org.dossier.brief;

import org.dossier.rules.RuleBook;

/** The compiled project derive rules, shared by tests that need the book itself. */
final class RuleBookHolder {

    private static RuleBook derive;

    private RuleBookHolder() {
    }

    static synchronized RuleBook derive() throws Exception {
        if (derive == null) {
            derive = RuleBook.load(TestRules.DERIVE);
        }
        return derive;
    }
}
