package org.dossier.pipeline;

import java.util.List;
import org.dossier.facts.FactsDocument;
import org.dossier.ingest.IngestError;
import org.dossier.nlp.AnnotatedArticle;

/**
 * What one run from articles to facts produced: the facts document, the articles that could
 * not be read, and how many articles were annotated afresh or taken from the cache.
 */
public record FactsRun(FactsDocument document, List<AnnotatedArticle> articles, List<IngestError> errors,
                       int annotated, int cached, long tokens, double annotateSeconds) {
}
