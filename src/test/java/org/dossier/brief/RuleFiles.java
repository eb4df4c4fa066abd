package org.dossier.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies the project's rules folder for tests that edit rules. */
final class RuleFiles {

    private RuleFiles() {
    }

    static Path copyRules(Path into) throws IOException {
        return org.dossier.io.Folders.copy(TestRules.RULES, into.resolve("rules"));
    }
}
