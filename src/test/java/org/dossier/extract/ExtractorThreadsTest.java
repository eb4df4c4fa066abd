package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.ArticleSet;
import org.dossier.io.Json;
import org.dossier.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** Extraction on several threads gives what it gives on one: the same people and facts, in the same order. */
class ExtractorThreadsTest {

    @Test
    void oneThreadAndSeveralGiveTheSameResult() throws Exception {
        ExtractionRules rules = ExtractionRules.load(Path.of("rules"));
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (var a : ArticleSet.read(List.of(Path.of("seeds"))).articles()) {
            articles.add(new AnnotatedArticle(a, SharedPipeline.get().annotate(a.body(), a.date())));
        }
        Extractor.Result one = new Extractor(rules).onThreads(1).extract(articles);
        Extractor.Result four = new Extractor(rules).onThreads(4).extract(articles);
        assertFalse(one.facts().isEmpty());
        assertArrayEquals(Json.bytes(one), Json.bytes(four));
    }
}
