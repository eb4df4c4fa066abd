package org.dossier.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dossier.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier rules check} and {@code dossier rules test}. */
class RulesCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkPassesOnTheProjectRules() {
        assertEquals(0, Main.run("rules", "check", "--rules", TestRules.RULES.toString()), err());
        assertTrue(out().startsWith("rules OK: lexicon"), out());
    }

    @Test
    void checkReportsEveryFolderWithRulesAndEachErrorByFileLineAndColumn() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Path extract = Files.createDirectories(rules.resolve("extract/triggers"));
        Files.writeString(extract.resolve("broken.drl"), "package x;\n\nrule \"r\"\nwhen\n    String( length > )\nthen\nend\n");
        Files.writeString(rules.resolve("derive/legal-history.drl"), "\nrule \"also broken\" when then x( end\n",
                StandardOpenOption.APPEND);

        assertEquals(1, Main.run("rules", "check", "--rules", rules.toString()));
        String[] lines = err().split("\\R");
        assertTrue(err().contains(extract.resolve("broken.drl") + ":5:"), err());
        assertTrue(err().contains(rules.resolve("derive/legal-history.drl") + ":"), err());
        for (String line : lines) {
            assertTrue(line.matches(".+:\\d+:\\d+: .+") || line.matches("\\d+ errors? in .+"), line);
        }
    }

    @Test
    void checkReportsEachBadLexiconLineByFileAndLine() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Path triggers = rules.resolve("lexicon/triggers.csv");
        int lines = Files.readAllLines(triggers).size();
        Files.writeString(triggers, "round up,custody\nhaul off,custody,arrested,noun,twice\n\"pick up,custody,arrested\n",
                StandardOpenOption.APPEND);

        assertEquals(1, Main.run("rules", "check", "--rules", rules.toString()));
        assertTrue(err().contains(triggers + ":" + (lines + 1) + ":1: missing column kind"), err());
        assertTrue(err().contains(triggers + ":" + (lines + 2) + ":1: 5 columns"), err());
        assertTrue(err().contains(triggers + ":" + (lines + 3) + ":1: not a CSV line"), err());
        assertTrue(err().contains("3 errors in"), err());
    }

    @Test
    void aLexiconColumnMarkedOptionalMayBeLeftOut() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Files.writeString(rules.resolve("lexicon/escorts.csv"), "phrase,type,kind?\nescort,custody\nconvoy,custody,transferred\n");
        assertEquals(0, Main.run("rules", "check", "--rules", rules.toString()), err());
    }

    @Test
    void checkReportsARuleThatReadsAMissingSetting() throws Exception {
        Path rules = RuleFiles.copyRules(tmp);
        Path drl = rules.resolve("derive/long-open-requests.drl");
        Files.writeString(drl, EditingRulesTest.LONG_OPEN_RULE);
        assertEquals(1, Main.run("rules", "check", "--rules", rules.toString()));
        assertTrue(err().contains(drl + ":12:") && err().contains("\"alert.request-open.days\" is not in"), err());

        Files.writeString(rules.resolve("derive/settings.properties"), "\nalert.request-open.days = 90\n",
                StandardOpenOption.APPEND);
        err.reset();
        assertEquals(0, Main.run("rules", "check", "--rules", rules.toString()), err());
    }

    @Test
    void testRunsTheCasesAndFailsOnAWrongExpectation() throws Exception {
        assertEquals(0, Main.run("rules", "test", "--rules", TestRules.RULES.toString()), out());
        assertTrue(out().contains(" passed, 0 failed"), out());

        Path rules = RuleFiles.copyRules(tmp);
        Files.writeString(rules.resolve("tests/wrong.json"), """
                {"case": "a wrong expectation",
                 "articles": [{"id": "a1", "date": "2020-01-01"}],
                 "facts": [{"type": "custody", "kind": "held", "place": "Riverside Prison", "date": "2020"}],
                 "expect": {"status": {"value": "released"}}}
                """);
        out.reset();
        assertEquals(1, Main.run("rules", "test", "--rules", rules.toString()));
        assertTrue(out().contains("FAIL  a wrong expectation"), out());
        assertTrue(out().contains(".value: expected \"released\", found \"in_custody\""), out());
    }
}
