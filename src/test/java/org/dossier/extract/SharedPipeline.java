package org.dossier.extract;

import org.dossier.nlp.CoreNlpPipeline;

/** One CoreNLP pipeline per test JVM: loading it takes seconds, so tests share it. */
final class SharedPipeline {

    private static CoreNlpPipeline pipeline;

    private SharedPipeline() {
    }

    static synchronized CoreNlpPipeline get() {
        if (pipeline == null) {
            pipeline = new CoreNlpPipeline();
        }
        return pipeline;
    }
}
