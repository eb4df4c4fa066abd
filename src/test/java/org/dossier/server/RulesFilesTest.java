package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which paths the rules editor accepts, and what it reads as a file's top comment. */
class RulesFilesTest {

    @Test
    void onlyKnownFilesInsideTheRulesSubfoldersAreAccepted(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(rules.resolve("lexicon"));
        Files.writeString(rules.resolve("lexicon/words.csv"), "phrase,kind\n");
        Files.writeString(dir.resolve("secret.csv"), "not rules\n");
        Files.createSymbolicLink(rules.resolve("lexicon/outside.csv"), dir.resolve("secret.csv"));
        Files.createSymbolicLink(rules.resolve("elsewhere"), dir);
        RulesFiles files = new RulesFiles(rules);

        assertEquals(rules.resolve("lexicon/words.csv"), files.resolve("lexicon/words.csv"));
        assertEquals(rules.resolve("lexicon/new.csv"), files.resolve("lexicon/new.csv"), "a new file may be created");
        for (String bad : List.of("../secret.csv", "lexicon/../../secret.csv", "/etc/passwd", "lexicon/run.sh",
                "words.csv", "lexicon/.hidden.csv", "lexicon/outside.csv", "elsewhere/secret.csv", "nofolder/x.csv",
                "lexicon\\..\\..\\secret.csv", "")) {
            ApiError e = assertThrows(ApiError.class, () -> files.resolve(bad), bad);
            assertEquals(true, e.status() == 400 || e.status() == 403 || e.status() == 404, bad + ": " + e.status());
        }
    }

    @Test
    void theTopCommentSaysWhatAFileDecides() {
        assertEquals("Decides the status. In two lines.", RulesFiles.topComment("status.drl",
                List.of("// Decides the status.", "// In two lines.", "package dossier.derive;", "// not this")));
        assertEquals("Words that report an event.", RulesFiles.topComment("triggers.csv",
                List.of("phrase,type,kind", "# Words that report an event.", "detain,custody,arrested", "# custody")));
        assertEquals("an exchange ends the stay", RulesFiles.topComment("case.json",
                List.of("{", "  \"case\": \"an exchange ends the stay\",", "  \"facts\": []")));
    }
}
