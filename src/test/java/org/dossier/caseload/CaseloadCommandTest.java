package org.dossier.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.brief.BriefWriter;
import org.dossier.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier caseload}: the CSV from the briefs of the last run, or a one-line error and nothing written. */
class CaseloadCommandTest {

    @Test
    void writesOneRowPerBriefOfTheLastRun(@TempDir Path output) throws Exception {
        CaseloadBriefs.writeRun(output, List.of(CaseloadBriefs.held(), CaseloadBriefs.released()));
        assertEquals(0, Main.run("caseload", "--output", output.toString()));
        List<String> lines = Files.readAllLines(output.resolve("caseload.csv"), StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("ana-torve,Ana Torve,Northlander,pretrial_detention,Brazil,"), lines.get(1));
        byte[] pdf = Files.readAllBytes(output.resolve("caseload.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1), "the caseload PDF beside the CSV");
        try (var files = Files.list(output)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary file left");
        }
    }

    @Test
    void withoutARunItSaysSoAndWritesNothing(@TempDir Path output) {
        String err = stderrOf(() -> assertEquals(2, Main.run("caseload", "--output", output.toString())));
        assertTrue(err.contains("manifest.json: not found; run ./dossier generate first"), err);
        assertFalse(Files.exists(output.resolve("caseload.csv")));
    }

    @Test
    void aBrokenBriefIsNamedAndTheLastCsvIsKept(@TempDir Path output) throws Exception {
        CaseloadBriefs.writeRun(output, List.of(CaseloadBriefs.held(), CaseloadBriefs.released()));
        assertEquals(0, Main.run("caseload", "--output", output.toString()));
        String before = Files.readString(output.resolve("caseload.csv"));
        Path broken = BriefWriter.fileFor(output, "bo-lindqvist");
        Files.writeString(broken, "{\"schema\": ");
        String err = stderrOf(() -> assertEquals(2, Main.run("caseload", "--output", output.toString())));
        assertTrue(err.contains(broken + ": not a readable brief"), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertEquals(before, Files.readString(output.resolve("caseload.csv")));
        assertTrue(Files.isRegularFile(output.resolve("caseload.pdf")), "and the last PDF");
    }

    private static String stderrOf(Runnable run) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
