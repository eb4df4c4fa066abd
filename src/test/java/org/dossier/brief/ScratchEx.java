package org.dossier.brief;

import java.nio.file.Path;
import org.dossier.facts.FactsDocument;
import org.dossier.io.Json;
import org.junit.jupiter.api.Test;

class ScratchEx {
    @Test
    void run() throws Exception {
        FactsDocument doc = Json.read(Path.of(System.getProperty("facts")), FactsDocument.class);
        BriefWriter.write(Path.of(System.getProperty("out")), BriefDeriver.load(Path.of(System.getProperty("rules", "rules/derive"))).derive(doc));
    }
}
