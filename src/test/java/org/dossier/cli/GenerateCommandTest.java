package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.brief.Brief;
import org.dossier.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code dossier generate} on the seed articles, then again, then with a broken rule. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateCommandTest {

    private static final List<String> DETAINEES = List.of("roman-seleznev", "viktor-bout", "konstantin-yaroshenko");

    @TempDir
    static Path dir;
    static Path output;
    static Path rules;

    @BeforeAll
    static void generateOnTheSeeds() throws IOException {
        output = dir.resolve("out");
        rules = dir.resolve("rules");
        org.dossier.io.Folders.copy(Path.of("rules"), rules);
        assertEquals(0, Main.run("generate", "--output", output.toString(), "--rules", rules.toString()));
    }

    @Test
    @Order(1)
    void eachDetaineeGetsABriefModelAndAPdfWithEverySection() throws IOException {
        for (String id : DETAINEES) {
            Brief brief = Json.read(output.resolve(id + ".json"), Brief.class);
            String text = pdfText(output.resolve(id + ".pdf"));
            assertTrue(text.contains(brief.person().name()), id);
            for (String section : List.of("Custody history", "Legal history", "Diplomatic actions", "Requests",
                    "Health, conditions and contact", "Sources")) {
                assertTrue(text.contains(section), id + " lacks " + section);
            }
            if (brief.currentPlace() != null) {
                assertTrue(text.contains(brief.currentPlace().place()), id + " lacks its current place");
            }
        }
    }

    @Test
    @Order(2)
    void theSeedsGiveSeleznevACustodyHistoryEndingInButner() throws IOException {
        Brief brief = Json.read(output.resolve("roman-seleznev.json"), Brief.class);
        assertTrue(brief.currentPlace().place().contains("Butner"), brief.currentPlace().toString());
        assertTrue(brief.custodyHistory().size() >= 2);
        assertTrue(brief.custodyHistory().get(0).place().contains("Maldives")
                || brief.custodyHistory().get(0).place().contains("Guam"), brief.custodyHistory().toString());
    }

    @Test
    @Order(3)
    void aSecondRunWithNothingChangedRendersNothingAndChangesNoFile() throws IOException {
        Map<Path, byte[]> before = snapshot();
        assertEquals(0, Main.run("generate", "--output", output.toString(), "--rules", rules.toString()));
        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    }

    @Test
    @Order(4)
    void brokenRulesStopTheRunAndKeepThePreviousOutputs() throws IOException {
        Map<Path, byte[]> before = snapshot();
        Path broken = rules.resolve("derive/status.drl");
        String good = Files.readString(broken);
        Files.writeString(broken, good + "\nrule \"half written\" when Fact( then end\n");
        try {
            assertEquals(2, Main.run("generate", "--output", output.toString(), "--rules", rules.toString()));
            Map<Path, byte[]> after = snapshot();
            before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
        } finally {
            Files.writeString(broken, good);
        }
    }

    @Test
    @Order(5)
    void brokenRulesStopAFirstRunBeforeAnyArticleIsAnnotated() throws IOException {
        Path broken = rules.resolve("extract/custody.drl");
        String good = Files.readString(broken);
        Files.writeString(broken, good + "\nrule \"half written\" when PhraseMatch( then end\n");
        Path fresh = dir.resolve("fresh");
        try {
            assertEquals(2, Main.run("generate", "--output", fresh.toString(), "--rules", rules.toString()));
            assertEquals(0, filesBelow(fresh), "nothing written, not even the annotation cache");
        } finally {
            Files.writeString(broken, good);
        }
    }

    @Test
    @Order(6)
    void aMistypedInputFolderStopsTheRunAndKeepsThePreviousOutputs() throws IOException {
        Map<Path, byte[]> before = snapshot();
        Path missing = dir.resolve("no-such-folder");
        assertEquals(2, Main.run("generate", "--input", "seeds", "--input", missing.toString(),
                "--output", output.toString(), "--rules", rules.toString()));
        assertEquals(2, Main.run("facts", "--input", missing.toString(), "--output", output.toString(),
                "--rules", rules.toString()));
        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    }

    @Test
    @Order(7)
    void anExtractionRuleThatNeverSettlesIsNamedAndThePreviousOutputsStay() throws IOException {
        Map<Path, byte[]> before = snapshot();
        Path custody = rules.resolve("extract/custody.drl");
        String good = Files.readString(custody);
        Files.writeString(custody, good + """

                rule "A custody event told again and again"
                when
                    $e : Event( type == "custody" )
                then
                    retract($e);
                    insert($e.withStatus("again"));
                end
                """);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oldErr = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("generate", "--output", output.toString(), "--rules", rules.toString()));
        } finally {
            System.setErr(oldErr);
            Files.writeString(custody, good);
        }
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.contains(custody + ": rule \"A custody event told again and again\""), message);
        assertTrue(message.contains("for article "), message);
        Map<Path, byte[]> after = snapshot();
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    }

    @Test
    @Order(8)
    void anOutputThatCannotBeWrittenStopsTheRunAtOnceWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream oldErr = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("generate", "--output", file.toString(), "--rules", rules.toString()));
            assertEquals(2, Main.run("facts", "--output", file.resolve("below").toString(), "--rules", rules.toString()));
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(message.startsWith("error: cannot write in " + file + ": it is a file, not a folder; choose another"
                + " --output folder"), message);
        assertTrue(message.contains("error: cannot write in " + file.resolve("below")), message);
        assertTrue(!message.contains("\tat ") && !message.contains("Exception"), message);
        assertEquals("x", Files.readString(file));
    }

    private static Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(output)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static long filesBelow(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
