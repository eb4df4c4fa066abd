package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.Main;
import org.dossier.nlp.AnnotationCache;
import org.dossier.pipeline.FactsPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark is not timed here: only that it runs on cached annotations and writes every row. */
class BenchCommandTest {

    @Test
    void writesATableWithARowForEveryStep(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Path output = dir.resolve("out");
        new SyntheticCorpus(List.of(SyntheticCorpusTest.template()), java.util.Set.of())
                .write(2, articles, new AnnotationCache(FactsPipeline.cacheDir(output)));

        int status = Main.run("bench", "--input", articles.toString(), "--output", output.toString(),
                "--skip-annotation", "--skip-process", "--skip-server", "--skip-scale", "--runs", "1", "--warmups", "0");

        assertEquals(0, status);
        String md = Files.readString(output.resolve("bench.md"));
        for (String step : List.of("| 1 annotate |", "| 2 extract |", "| 3 render |", "| 4 generate |",
                "| 5 server |", "| 6 scale |")) {
            assertTrue(md.contains(step), step + " missing from\n" + md);
        }
        assertTrue(md.contains("extract per article"), md);
        assertTrue(md.contains("derive per brief"), md);
    }

    @Test
    void markdownEscapesCellsAndJudgesTargets() {
        BenchTable t = new BenchTable();
        t.atMost("4 generate", "a|b", 4.2, "s", 5);
        t.atLeast("1 annotate", "throughput", 1500, "tokens/s", 2000);
        String md = t.markdown("T", List.of());
        assertTrue(md.contains("| 4 generate | a\\|b | 4.20 s | <= 5.00 s | ok |"), md);
        assertTrue(md.contains("| 1 annotate | throughput | 1,500 tokens/s | >= 2,000 tokens/s | MISSED |"), md);
    }

    @Test
    void rulesEditChangesOneFileOnly(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("rules");
        Path edited = RulesEdit.copyWithComment(Path.of("rules"), copy, "touched");
        assertTrue(Files.readString(edited).endsWith("// touched\n"));
        Path original = Path.of("rules").resolve(copy.relativize(edited).toString());
        assertEquals(Files.readString(original) + "\n// touched\n", Files.readString(edited));
    }
}
