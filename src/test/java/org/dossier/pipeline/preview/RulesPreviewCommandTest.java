package org.dossier.pipeline.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.dossier.cli.Main;
import org.dossier.io.Folders;
import org.dossier.pipeline.Hashes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier rules preview} on the seed articles, from their cached annotations. */
class RulesPreviewCommandTest {

    @TempDir
    static Path dir;
    static Path rules;
    static Path output;

    @BeforeAll
    static void annotateTheSeeds() throws Exception {
        rules = Folders.copy(Path.of("rules"), dir.resolve("rules"));
        output = AnnotatedSeeds.output(dir);
    }

    record Run(int status, String out, String err) {
    }

    static Run preview(Path candidate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run("rules", "preview", "--candidate", candidate.toString(), "--rules", rules.toString(),
                    "--output", output.toString(), "--input", AnnotatedSeeds.SEEDS.toString());
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Path candidate(String name) throws Exception {
        return Folders.copy(rules, dir.resolve(name));
    }

    @Test
    void aTriggerAddedToTheLexiconNamesTheBriefThatChangesAndTheFactAdded() throws Exception {
        Path candidate = candidate("with-trigger");
        Files.writeString(candidate.resolve("lexicon/triggers.csv"), "comply with,conditions,regime\n",
                StandardOpenOption.APPEND);
        Run run = preview(candidate);
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        int person = out.indexOf("Roman Seleznev (roman-seleznev)");
        assertTrue(person >= 0, out);
        int added = out.indexOf("+ fact conditions regime", person);
        assertTrue(added > person, out);
        String quoteLine = out.substring(added).lines().skip(1).findFirst().orElse("");
        assertTrue(quoteLine.contains("must comply with special safety requirements"), quoteLine);
        assertFalse(out.contains("Viktor Bout ("), "a brief that does not change is not listed: " + out);
        assertTrue(out.contains("1 of 3 briefs change"), out);
    }

    @Test
    void theSameRulesChangeNothing() throws Exception {
        Run run = preview(candidate("same"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("0 of 3 briefs change"), run.out());
    }

    @Test
    void aBrokenRuleIsReportedByLineAndNothingIsComparedOrWritten() throws Exception {
        Path candidate = candidate("broken");
        Path status = candidate.resolve("derive/status.drl");
        List<String> lines = Files.readAllLines(status);
        int broken = lines.indexOf("when") + 1; // the 0-based index of the line after the first "when"
        lines.set(broken, "    $custody : Fact( type == \"custody\" ) )");
        Files.write(status, lines);
        String before = Hashes.ofFolder(output) + Hashes.ofFolder(rules) + Hashes.ofFolder(candidate);
        Run run = preview(candidate);
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(candidate.resolve("derive/status.drl") + ":" + (broken + 1) + ":"), run.err());
        assertFalse(run.out().contains("briefs change"), run.out());
        assertEquals(before, Hashes.ofFolder(output) + Hashes.ofFolder(rules) + Hashes.ofFolder(candidate));
    }

    @Test
    void aFailingExampleFailsThePreview() throws Exception {
        Path candidate = candidate("failing-example");
        Path example = candidate.resolve("tests/release-ends-custody.json");
        Files.writeString(example, Files.readString(example).replace("\"value\": \"exchanged\"", "\"value\": \"released\""));
        Run run = preview(candidate);
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("FAIL  example an exchange ends the last stay"), run.out());
        long examples;
        try (var files = Files.list(candidate.resolve("tests"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertTrue(run.out().contains((examples - 1) + " passed, 1 failed"), run.out());
    }
}
