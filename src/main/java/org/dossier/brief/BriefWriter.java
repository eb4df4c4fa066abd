package org.dossier.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;

/** Writes briefs as {@code <output>/<person-id>.json}, each file whole or not at all. */
public final class BriefWriter {

    private BriefWriter() {
    }

    /** Writes every brief; returns the files whose content changed. */
    public static List<Path> write(Path outputDir, List<Brief> briefs) throws IOException {
        List<Path> changed = new ArrayList<>();
        for (Brief b : briefs) {
            Path file = fileFor(outputDir, b.person().id());
            if (AtomicFiles.writeIfChanged(file, Json.bytes(b))) {
                changed.add(file);
            }
        }
        return changed;
    }

    /** The JSON file of a person's brief. */
    public static Path fileFor(Path outputDir, String personId) {
        return outputDir.resolve(personId.replaceAll("[^A-Za-z0-9._-]", "-") + ".json");
    }
}
