package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.ExtractionRules;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.ingest.TestPdfs;
import org.dossier.nlp.CoreNlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One invented article as a caseworker may get it: plain text, a saved news page (menus, related
 * stories naming other detainees, a cookie banner, comments) and a printed PDF. Each gives the
 * same facts, and nothing from the page around the article becomes a fact.
 */
class ArticleFormsFactsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/ingest");

    private static FactsPipeline pipeline;

    @BeforeAll
    static void pipeline(@TempDir Path cache) throws Exception {
        pipeline = new FactsPipeline(ExtractionRules.load(Path.of("rules")), cache, CoreNlpPipeline::shared);
    }

    @Test
    void aSavedPageAndAPdfGiveTheFactsOfThePlainText(@TempDir Path dir) throws Exception {
        FactsDocument text = facts(dir.resolve("text"), "kessel.txt", Files.readAllBytes(RESOURCES.resolve("kessel.txt")));
        FactsDocument page = facts(dir.resolve("page"), "kessel.html", Files.readAllBytes(RESOURCES.resolve("kessel.html")));
        FactsDocument pdf = facts(dir.resolve("pdf"), "kessel.pdf", TestPdfs.kessel());

        assertTrue(text.facts().size() >= 3, "the article should give facts: " + text.facts());
        assertEquals(text.facts(), page.facts());
        assertEquals(text.people(), page.people());
        assertEquals(text.facts(), pdf.facts());
        assertEquals(text.people(), pdf.people());
        assertEquals("The Riverton Courier", page.articles().get(0).outlet());
    }

    @Test
    void nothingFromMenusRelatedStoriesOrCommentsBecomesAFact(@TempDir Path dir) throws Exception {
        FactsDocument page = facts(dir, "kessel.html", Files.readAllBytes(RESOURCES.resolve("kessel.html")));

        List<String> names = page.people().stream().map(Person::name).toList();
        for (String other : List.of("Vance", "Ward", "Baker", "Holm", "Weiss")) {
            assertFalse(names.stream().anyMatch(n -> n.contains(other)), other + " is not in the article: " + names);
        }
    }

    private static FactsDocument facts(Path dir, String name, byte[] bytes) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
        FactsRun run = pipeline.run(List.of(dir));
        assertEquals(List.of(), run.errors());
        return run.document();
    }
}
