package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.ExtractionRules;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.CoreNlpPipeline;
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
}
