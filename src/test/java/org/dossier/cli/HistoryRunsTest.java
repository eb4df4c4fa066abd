package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.brief.Brief;
import org.dossier.facts.FactsDocument;
import org.dossier.history.BriefHistory;
import org.dossier.history.Version;
import org.dossier.io.Json;
import org.dossier.pipeline.BriefChanges;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} keeping the history of three invented detainees across runs: a version only
 * when a brief changes, the PDF's "changed since" read from the history, {@code dossier history},
 * {@code --as-of}, and a run killed with {@code kill -9} half way. The tests run in order on one
 * output folder, so that CoreNLP annotates each article once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryRunsTest {

    static final String NOVAK_MARCH = """
            date 2021-03-05

            LISBON, March 5 (Harbour Post) Jan Novak, a Czech engineer, was detained in Lisbon on March 3, 2021 \
            on a warrant from Brazil. He is being held in Lisbon Central Prison. The Czech embassy requested \
            consular access to Novak on March 4.
            """;
    static final String NOVAK_JUNE = """
            date 2021-06-10

            PRAGUE, June 10 (Daily Ledger) Czech consul Eva Dvorak visited Jan Novak in Lisbon Central Prison on \
            June 9. A Lisbon court ordered on June 8 that Novak be extradited to Brazil.
            """;
    static final String MARSH_FEBRUARY = """
            date 2021-02-20

            VIENNA, February 20 (Alpine Courier) Lena Marsh, a Polish teacher, was arrested in Vienna on \
            February 18, 2021. She is being held in Josefstadt Prison. The Polish embassy requested consular \
            access to Marsh on February 19.
            """;
    static final String BREL_MAY = """
            date 2021-05-15

            MADRID, May 15 (Daily Ledger) Tomas Brel, a Slovak journalist, was detained in Madrid on May 12, 2021. \
            He is being held in Soto del Real Prison.
            """;
    /** For the killed run: one new article for each of the three. */
    static final Map<String, String> LATER = Map.of(
            "novak-3.txt", """
                    date 2021-08-02

                    LISBON, August 2 (Harbour Post) Jan Novak was released from Lisbon Central Prison on July 30, \
                    2021, his lawyer said.
                    """,
            "marsh-2.txt", """
                    date 2021-08-03

                    VIENNA, August 3 (Alpine Courier) Polish consul Adam Wolny visited Lena Marsh in Josefstadt \
                    Prison on August 2.
                    """,
            "brel-2.txt", """
                    date 2021-08-04

                    MADRID, August 4 (Daily Ledger) A Madrid court sentenced Tomas Brel to four years in prison on \
                    August 3, 2021.
                    """);

    static final String NOVAK = "jan-novak";

    @TempDir
    static Path dir;
    static Path input;
    static Path output;
    static final Path RULES = Path.of("rules");

    @BeforeAll
    static void firstRun() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        output = dir.resolve("out");
        Files.writeString(input.resolve("novak-1.txt"), NOVAK_MARCH);
        Files.writeString(input.resolve("marsh-1.txt"), MARSH_FEBRUARY);
        Files.writeString(input.resolve("brel-1.txt"), BREL_MAY);
        assertEquals(0, generate());
    }

    @Test
    @Order(1)
    void eachBriefStartsItsHistoryAndAnUnchangedRunAddsNoVersion() throws IOException {
        BriefHistory history = new BriefHistory(output);
        List<String> people = history.people();
        assertTrue(people.contains(NOVAK), people.toString());
        Map<Path, byte[]> before = historyFiles();
        assertEquals(0, generate());
        assertEquals(before.keySet(), historyFiles().keySet(), "an unchanged run keeps no new version");
        for (String id : people) {
            List<Version> versions = history.versions(id);
            assertEquals(1, versions.size(), id);
            assertTrue(history.pdf(id, versions.get(0)).isPresent(), id + " has its PDF beside it");
            assertArrayEquals(Files.readAllBytes(output.resolve(id + ".json")),
                    Files.readAllBytes(history.folder(id).resolve(versions.get(0).json())));
        }
    }

    @Test
    @Order(2)
    void aChangedBriefIsANewVersionComparedWithTheLastOneKept() throws IOException {
        // the current brief gone: "changed since the previous brief" still knows the previous, from the history
        Files.delete(output.resolve(NOVAK + ".json"));
        Files.writeString(input.resolve("novak-2.txt"), NOVAK_JUNE);
        Map<String, Integer> counts = versionCounts();
        assertEquals(0, generate());
        BriefHistory history = new BriefHistory(output);
        List<Version> versions = history.versions(NOVAK);
        assertEquals(2, versions.size());
        counts.forEach((id, n) -> {
            if (!id.equals(NOVAK)) {
                assertEquals(n, versionCounts().get(id), id + " did not change");
            }
        });
        Brief first = history.stored(NOVAK, versions.get(0)).brief();
        Brief second = history.stored(NOVAK, versions.get(1)).brief();
        List<String> expected = BriefChanges.between(first, second);
        assertEquals(expected, second.changes());
        assertFalse(expected.contains("First brief for this person."), expected.toString());
        assertTrue(expected.stream().anyMatch(c -> c.contains("new item")), expected.toString());
        String pdf = pdfText(output.resolve(NOVAK + ".pdf"));
        assertTrue(pdf.contains("Changed since the previous brief"), pdf);
        assertTrue(pdf.contains(expected.get(expected.size() - 1)), pdf);
    }

    @Test
    @Order(3)
    void historyPrintsTheVersionsAndComparesTwo() {
        String list = cli("history", NOVAK, "--output", output.toString());
        assertTrue(list.startsWith("jan-novak: 2 versions in "), list);
        assertTrue(list.contains("\n   1  ") && list.contains("\n   2  "), list);
        assertTrue(list.contains("as of 2021-06-10"), list);
        assertTrue(list.contains("in_custody (pretrial detention)"), list);
        assertTrue(list.contains("First brief for this person."), list);

        String compared = cli("history", NOVAK, "--compare", "1", "2", "--output", output.toString());
        assertTrue(compared.startsWith("jan-novak: version 1 ("), compared);
        assertTrue(compared.contains("facts added ("), compared);
        assertTrue(compared.contains("visit") && compared.contains("2021-06-09"), compared);
        assertFalse(compared.contains("facts removed"), compared);
        String back = cli("history", NOVAK, "--compare", "2", "1", "--output", output.toString());
        assertTrue(back.contains("facts removed (") && !back.contains("facts added"), back);

        assertEquals(2, Main.run("history", "nobody-known", "--output", output.toString()));
        assertEquals(2, Main.run("history", NOVAK, "--compare", "1", "9", "--output", output.toString()));
    }

    @Test
    @Order(4)
    void asOfADateLeavesOutLaterArticlesAndKeepsTheCurrentBriefs() throws IOException {
        Map<Path, byte[]> current = filesIn(output, 1);
        String printed = cli("generate", "--as-of", "2021-04-01", "--input", input.toString(),
                "--output", output.toString(), "--rules", RULES.toString());
        assertTrue(printed.contains("as of 2021-04-01: 2 later or undated articles left out"), printed);
        Path asOf = output.resolve("as-of/2021-04-01");
        FactsDocument facts = Json.read(asOf.resolve("facts.json"), FactsDocument.class);
        assertEquals(List.of("marsh-1", "novak-1"), facts.articles().stream().map(a -> a.id()).sorted().toList());
        Brief novak = Json.read(asOf.resolve(NOVAK + ".json"), Brief.class);
        assertEquals("2021-03-05", novak.asOf());
        assertTrue(novak.diplomaticActions().stream().noneMatch(i -> "visit".equals(i.kind())),
                "the June visit is not known in April");
        assertFalse(Files.exists(asOf.resolve("tomas-brel.json")), "Brel was arrested in May");
        assertTrue(Files.exists(asOf.resolve(NOVAK + ".pdf")));
        Map<Path, byte[]> after = filesIn(output, 1);
        current.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " was replaced"));
    }

    /**
     * A {@code generate} in a JVM of its own, killed ({@code kill -9}) as soon as it has kept the
     * first new version: every history file left is whole, the earlier versions are untouched, and
     * the next run completes the history with one version per changed brief.
     */
    @Test
    @Order(5)
    void aRunKilledHalfWayLosesNothingAndTheNextRunCompletesTheHistory() throws Exception {
        for (Map.Entry<String, String> e : LATER.entrySet()) {
            Files.writeString(input.resolve(e.getKey()), e.getValue());
        }
        // annotated here, so that the child reads them from the cache and reaches the briefs quickly
        assertEquals(0, Main.run("facts", "--input", input.toString(), "--output", output.toString(),
                "--rules", RULES.toString(), "--out", dir.resolve("facts-later.json").toString()));
        Map<Path, byte[]> before = historyFiles();
        Map<String, Integer> counts = versionCounts();

        Process child = startChildGenerate(dir.resolve("child.log"));
        boolean killed = false;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline && child.isAlive()) {
                if (historyFiles().keySet().stream().anyMatch(p -> !before.containsKey(p)
                        && p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json"))) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                    killed = true;
                    break;
                }
                Thread.sleep(2);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertTrue(killed, "the child was to be killed after its first new version; it ended with status "
                + child.exitValue() + ":\n" + Files.readString(dir.resolve("child.log")));

        Map<Path, byte[]> left = historyFiles();
        before.forEach((file, bytes) -> {
            if (!file.getFileName().toString().equals("index.json")) {
                assertArrayEquals(bytes, left.get(file), file + " changed or vanished");
            }
        });
        left.forEach(HistoryRunsTest::assertWhole);
        long newPdfs = left.keySet().stream().filter(p -> !before.containsKey(p) && p.toString().endsWith(".pdf")).count();
        assertTrue(newPdfs < counts.size(), "killed before it kept every PDF, so the next run has something to finish");

        assertEquals(0, generate());
        BriefHistory history = new BriefHistory(output);
        for (String id : history.people()) {
            List<Version> versions = history.versions(id);
            assertEquals(counts.get(id) + 1, versions.size(), id + ": one new version, whether the killed run kept it or not");
            for (int i = 0; i < versions.size(); i++) {
                assertEquals(i + 1, versions.get(i).number(), id);
                assertTrue(history.pdf(id, versions.get(i)).isPresent(), id + " version " + (i + 1) + " has its PDF");
            }
            Version last = versions.get(versions.size() - 1);
            assertArrayEquals(Files.readAllBytes(output.resolve(id + ".json")),
                    Files.readAllBytes(history.folder(id).resolve(last.json())), id);
            Brief previous = history.stored(id, versions.get(versions.size() - 2)).brief();
            assertEquals(BriefChanges.between(previous, history.stored(id, last).brief()), last.changes(), id);
        }
        historyFiles().forEach(HistoryRunsTest::assertWhole);
    }

    private static Process startChildGenerate(Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.dossier.cli.Main", "generate", "--input", input.toString(), "--output", output.toString(),
                "--rules", RULES.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A version is a whole brief or a whole PDF; the index, when there is one, is whole JSON. */
    private static void assertWhole(Path file, byte[] bytes) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertTrue(doc.getNumberOfPages() > 0, file.toString());
                }
            } else if (name.equals("index.json")) {
                Json.MAPPER.readTree(bytes);
            } else {
                Brief b = Json.MAPPER.readValue(bytes, Brief.class);
                assertNotEquals(null, b.person(), file.toString());
            }
        } catch (IOException e) {
            throw new AssertionError(file + " is not whole: " + e.getMessage(), e);
        }
    }

    private static int generate() {
        return Main.run("generate", "--input", input.toString(), "--output", output.toString(), "--rules", RULES.toString());
    }

    private static Map<String, Integer> versionCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        try {
            BriefHistory history = new BriefHistory(output);
            for (String id : history.people()) {
                counts.put(id, history.versions(id).size());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return counts;
    }

    /**
     * Every file of the history but hidden ones (the lock, a writer's temporary files, which come
     * and go while a child runs: they are never looked at, so none can vanish under a look).
     */
    private static Map<Path, byte[]> historyFiles() throws IOException {
        Path root = output.resolve(BriefHistory.FOLDER);
        Map<Path, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.toList();
        }
        for (Path folder : folders) {
            List<Path> names;
            try (Stream<Path> s = Files.list(folder)) {
                names = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            }
            for (Path p : names) {
                files.put(p, Files.readAllBytes(p)); // versions are never removed; the index is replaced by a rename
            }
        }
        return files;
    }

    private static Map<Path, byte[]> filesIn(Path folder, int depth) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder, depth)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
