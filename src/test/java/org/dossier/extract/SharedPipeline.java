package org.dossier.extract;

import org.dossier.nlp.CoreNlpPipeline;

/** One CoreNLP pipeline per test JVM: loading it takes seconds, so tests share the application's. */
final class SharedPipeline {

    private SharedPipeline() {
    }

    static CoreNlpPipeline get() {
        return CoreNlpPipeline.shared();
    }
}
