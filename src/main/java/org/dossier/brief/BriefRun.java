package org.dossier.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.facts.FactsDocument;
import org.dossier.rules.RulesException;

/**
 * The brief step of {@code generate}: compile {@code <rules>/derive}, derive every brief in
 * memory, and only then write them. Broken rules or a failing rule stop the run before any file
 * is written, so the previous briefs stay as they were.
 */
public final class BriefRun {

    private BriefRun() {
    }

    /** Returns the brief files whose content changed. */
    public static List<Path> run(Path rulesDir, FactsDocument facts, Path outputDir)
            throws IOException, RulesException {
        BriefDeriver deriver = BriefDeriver.load(rulesDir.resolve("derive"));
        List<Brief> briefs = deriver.derive(facts);
        return BriefWriter.write(outputDir, briefs);
    }
}
