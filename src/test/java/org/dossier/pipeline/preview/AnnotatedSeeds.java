package org.dossier.pipeline.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.io.Folders;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.rules.RulesException;

/**
 * An output folder whose annotation cache holds the seed articles, as after {@code generate}: a
 * preview reads annotations from the cache only. The project's own cache is copied first when
 * there is one (it saves CoreNLP the work); whatever it lacks is annotated.
 */
public final class AnnotatedSeeds {

    public static final Path SEEDS = Path.of("seeds");

    private AnnotatedSeeds() {
    }

    public static Path output(Path dir) throws IOException, RulesException {
        Path output = dir.resolve("out");
        Path projectCache = FactsPipeline.cacheDir(Path.of("output"));
        if (Files.isDirectory(projectCache)) {
            Folders.copy(projectCache, FactsPipeline.cacheDir(output));
        }
        FactsPipeline.create(Path.of("rules"), output).run(List.of(SEEDS));
        return output;
    }
}
