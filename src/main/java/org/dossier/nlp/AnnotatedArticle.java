package org.dossier.nlp;

import java.util.List;
import org.dossier.ingest.Article;

/** An article together with CoreNLP's sentences for its body. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
}
