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
        Path target = into.resolve("rules");
        try (Stream<Path> walk = Files.walk(TestRules.RULES)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(TestRules.RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
