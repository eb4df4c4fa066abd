package org.dossier.brief;

import java.nio.file.Path;

/** The project's derive rules, compiled once for all tests. */
final class TestRules {

    static final Path RULES = Path.of("rules");
    static final Path DERIVE = RULES.resolve("derive");

    private static BriefDeriver deriver;

    private TestRules() {
    }

    static synchronized BriefDeriver deriver() throws Exception {
        if (deriver == null) {
            deriver = BriefDeriver.load(DERIVE);
        }
        return deriver;
    }
}
