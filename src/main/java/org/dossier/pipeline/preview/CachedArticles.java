package org.dossier.pipeline.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.concurrent.InOrder;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.nlp.Sentence;
import org.dossier.pipeline.FactsPipeline;

/**
 * The articles of the input folders with their annotations taken from the cache only: a preview
 * never loads CoreNLP, so an article that was never annotated (added since the last
 * {@code generate}) is left out and named.
 *
 * @param notAnnotated ids of the articles left out because the cache has no annotation for them
 * @param unreadable   one line per article file that could not be read
 */
public record CachedArticles(List<AnnotatedArticle> articles, List<String> notAnnotated, List<String> unreadable) {

    public static CachedArticles read(List<Path> inputs, Path outputDir) {
        ArticleSet set = ArticleSet.read(inputs);
        AnnotationCache cache = new AnnotationCache(FactsPipeline.cacheDir(outputDir));
        List<Optional<AnnotatedArticle>> found = InOrder.map(set.articles(), InOrder.processors(), "cached",
                a -> cached(cache, a));
        List<AnnotatedArticle> articles = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).isPresent()) {
                articles.add(found.get(i).get());
            } else {
                missing.add(set.articles().get(i).id());
            }
        }
        return new CachedArticles(articles, missing, set.errors().stream().map(e -> e.message()).toList());
    }

    private static Optional<AnnotatedArticle> cached(AnnotationCache cache, Article a) {
        Optional<List<Sentence>> sentences = cache.get(AnnotationCache.key(a.body(), a.date(), CoreNlpPipeline.SETTINGS));
        return sentences.map(s -> new AnnotatedArticle(a, s));
    }
}
