package org.dossier.brief.cases;

import java.nio.file.Path;
import java.util.List;

/** The outcome of one case: passed when there are no failures. */
public record CaseResult(Path file, String name, List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
