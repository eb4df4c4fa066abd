package org.dossier.nlp;

import java.time.LocalDate;
import java.util.List;

/** What annotates an article's text: CoreNLP ({@link CoreNlpPipeline}), or a stand-in in tests. */
public interface TextAnnotator {

    /** The sentences of {@code body}; {@code date} (may be null) anchors relative dates. */
    List<Sentence> annotate(String body, LocalDate date);
}
