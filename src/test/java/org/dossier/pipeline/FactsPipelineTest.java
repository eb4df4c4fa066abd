package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.ExtractionRules;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.rules.RuleRunException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsPipelineTest {

    private static final String TEXT = "John Doe, a British teacher, was arrested in Lisbon on Monday. "
            + "The British consul visited John Doe in prison on Friday.";

    @Test
    void anEditedOutletChangesTheArticleButNotTheFactsAndAChangedDateDoes(@TempDir Path dir) throws Exception {
        FactsPipeline pipeline = new FactsPipeline(ExtractionRules.load(Path.of("rules")), dir, CoreNlpPipeline::shared);
        LocalDate date = LocalDate.of(2022, 11, 15);
        FactsDocument first = pipeline.extract(List.of(annotated(date, "Outlet A")));
        FactsDocument outletEdited = pipeline.extract(List.of(annotated(date, "Outlet B")));
        FactsDocument redated = pipeline.extract(List.of(annotated(date.plusYears(1), "Outlet B")));

        assertEquals("Outlet B", outletEdited.articles().get(0).outlet());
        assertEquals(first.facts(), outletEdited.facts());
        assertNotEquals(first.facts(), redated.facts());
    }

    private static AnnotatedArticle annotated(LocalDate date, String outlet) {
        Article article = new Article("a1", TEXT, date, false, outlet, null, null, null, null);
        return new AnnotatedArticle(article, CoreNlpPipeline.shared().annotate(TEXT, date));
    }

    /** Extraction rules with one more rule that never settles on an article telling of a release. */
    private static Path rulesThatLoopOnReleases(Path dir) throws Exception {
        return rulesWith(dir, "extract/zz-loop.drl", """
                package dossier.extract;
                import org.dossier.extract.Event;
                rule "a rule that keeps putting back what it takes out"
                when
                    $e : Event( type == "custody", kind == "released" )
                then
                    retract($e);
                    insert($e.withKind("released"));
                end
                """);
    }

    /** People rules with one more rule that never settles on an article telling of a release. */
    private static Path peopleRulesThatLoopOnReleases(Path dir) throws Exception {
        return rulesWith(dir, "people/zz-loop.drl", """
                package dossier.people;
                import org.dossier.extract.PhraseMatch;
                rule "a people rule that keeps putting back what it takes out"
                when
                    $m : PhraseMatch( lexicon == "triggers", kind == "released" )
                then
                    retract($m);
                    insert($m);
                end
                """);
    }

    /** The project's rules with one more file. */
    private static Path rulesWith(Path dir, String file, String drl) throws Exception {
        Path rules = org.dossier.io.Folders.copy(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(rules.resolve(file), drl);
        return rules;
    }

    /** Facts of two articles, "calm" telling of an arrest and "looping" of a release, under {@code rules}. */
    private static FactsRun runOnACalmAndALoopingArticle(Path dir, Path rules) throws Exception {
        Path inputs = article(dir.resolve("in"), "calm", "John Doe, a British teacher, was arrested in Lisbon on Monday.");
        article(inputs, "looping", "Ann Lee, a Canadian nurse, was released from a prison in Porto on Monday.");
        return new FactsPipeline(ExtractionRules.load(rules), dir.resolve("cache"), CoreNlpPipeline::shared).run(List.of(inputs));
    }

    private static Path article(Path inputs, String name, String text) throws Exception {
        Files.createDirectories(inputs);
        Files.writeString(inputs.resolve(name + ".txt"), text + "\n");
        Files.writeString(inputs.resolve(name + ".json"), "{\"date\": \"2022-11-15\"}");
        return inputs;
    }

    @Test
    void anArticleTheRulesCannotFinishIsNamedAndTheOthersStillGiveFacts(@TempDir Path dir) throws Exception {
        FactsRun run = runOnACalmAndALoopingArticle(dir, rulesThatLoopOnReleases(dir));

        assertEquals(1, run.errors().size(), run.errors().toString());
        String message = run.errors().get(0).message();
        assertTrue(message.contains("looping") && message.contains("did not settle")
                && message.contains("a rule that keeps putting back what it takes out"), message);
        assertTrue(run.document().facts().stream().anyMatch(f -> f.kind().equals("arrested") && f.person().equals("john-doe")),
                "the other article still counts: " + run.document().facts());
    }

    @Test
    void anArticleThePeopleRulesCannotFinishIsNamedAndTheOthersStillGiveFacts(@TempDir Path dir) throws Exception {
        FactsRun run = runOnACalmAndALoopingArticle(dir, peopleRulesThatLoopOnReleases(dir));

        assertEquals(1, run.errors().size(), run.errors().toString());
        assertTrue(run.errors().get(0).message().contains("looping"), run.errors().get(0).message());
        assertTrue(run.document().facts().stream().anyMatch(f -> f.kind().equals("arrested") && f.person().equals("john-doe")),
                "the other article still counts: " + run.document().facts());
    }

    @Test
    void rulesThatCannotFinishAnyArticleStopTheRun(@TempDir Path dir) throws Exception {
        Path inputs = article(dir.resolve("in"), "looping", "Ann Lee, a Canadian nurse, was released from a prison in Porto on Monday.");
        FactsPipeline pipeline = new FactsPipeline(ExtractionRules.load(rulesThatLoopOnReleases(dir)), dir.resolve("cache"),
                CoreNlpPipeline::shared);

        assertThrows(RuleRunException.class, () -> pipeline.run(List.of(inputs)));
    }
}
