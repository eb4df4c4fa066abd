package org.dossier.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.facts.Fact;
import org.dossier.facts.FactMerger;
import org.dossier.ingest.Article;
import org.dossier.nlp.AnnotatedArticle;

/**
 * A short article written for a test, annotated by the shared CoreNLP pipeline and read by the
 * rules under {@code rules/}: what the project extracts from it.
 */
final class ArticleExtraction {

    private static Extractor extractor;

    private ArticleExtraction() {
    }

    private static synchronized Extractor extractor() {
        if (extractor == null) {
            try {
                extractor = new Extractor(ExtractionRules.load(Path.of("rules")));
            } catch (Exception e) {
                throw new IllegalStateException("the rules under rules/ do not load", e);
            }
        }
        return extractor;
    }

    /** The people and the facts of the article, before facts told twice are merged. */
    static Extractor.Result extract(String id, LocalDate date, String body) {
        return extract(id, date, null, body);
    }

    /** The same, for a story filed from a town ("KHIMKI, Russia -- ...": "KHIMKI"). */
    static Extractor.Result extract(String id, LocalDate date, String dateline, String body) {
        Article article = new Article(id, body, date, false, null, null, dateline, null, null);
        AnnotatedArticle annotated = new AnnotatedArticle(article, SharedPipeline.get().annotate(body, date));
        return extractor().extract(List.of(annotated));
    }

    /** The facts of the article as the facts file has them: extracted, then merged. */
    static List<Fact> facts(String id, LocalDate date, String body) {
        return FactMerger.merge(extract(id, date, body).facts());
    }

    static List<Fact> facts(String id, LocalDate date, String dateline, String body) {
        return FactMerger.merge(extract(id, date, dateline, body).facts());
    }
}
