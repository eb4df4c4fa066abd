package org.dossier.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefWriter;
import org.dossier.io.Json;
import org.dossier.pipeline.Manifest;

/** The briefs the last run wrote in an output folder, as its manifest lists them. */
public final class WrittenBriefs {

    private WrittenBriefs() {
    }

    /** @throws IOException with a one-line message naming the file, when there is no run or a brief is unreadable */
    public static List<Brief> read(Path output) throws IOException {
        Path manifest = output.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(manifest + ": not found; run ./dossier generate first");
        }
        List<Brief> briefs = new ArrayList<>();
        for (String id : Manifest.read(output).briefs().keySet()) {
            Path file = BriefWriter.fileFor(output, id);
            try {
                briefs.add(Json.read(file, Brief.class));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ": not a readable brief (" + firstLine(e.getMessage()) + ")", e);
            }
        }
        return briefs;
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
