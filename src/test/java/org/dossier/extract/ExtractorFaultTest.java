package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article whose extraction fails gives no facts, and the other articles still give theirs. */
class ExtractorFaultTest {

    @Test
    void anArticleWhoseExtractionFailsIsLeftOutAndTheOthersStillGiveFacts(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        // a rule with a fault that only an unusual sentence meets
        Files.writeString(rules.resolve("extract/custody.drl"), Files.readString(rules.resolve("extract/custody.drl"))
                + "\nrule \"A faulty rule for the test\"\nwhen\n    $t : PhraseMatch( lexicon == \"triggers\", text == \"kidnapped\" )\n"
                + "then\n    throw new IllegalStateException(\"fault\");\nend\n");
        Extractor extractor = new Extractor(ExtractionRules.load(rules));

        Extractor.Result result = extractor.extract(List.of(
                annotated("broken", "Teacher Ann Lee was kidnapped in Tarvia in May."),
                annotated("fine", "Teacher Tom Ash was arrested in Tarvia in May.")));

        assertTrue(result.facts().stream().anyMatch(f -> f.person().equals("tom-ash")), "the other article's facts: " + result.facts());
        assertFalse(result.facts().stream().anyMatch(f -> f.evidence().get(0).article().equals("broken")),
                "nothing from the failed article: " + result.facts());
    }

    private static AnnotatedArticle annotated(String id, String body) {
        LocalDate date = LocalDate.of(2024, 6, 1);
        Article article = new Article(id, body, date, false, null, null, null, null, null);
        return new AnnotatedArticle(article, SharedPipeline.get().annotate(body, date));
    }
}
