package org.dossier.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefWriter;
import org.dossier.facts.FactsDocument;
import org.dossier.io.Json;
import org.dossier.pipeline.Manifest;

/** The outcome of the last successful regeneration: what the server serves until the next one. */
public record Snapshot(List<Brief> briefs, FactsDocument facts, Instant at) {

    public Snapshot {
        briefs = List.copyOf(briefs);
    }

    /**
     * The state the last run left in {@code output} (its manifest, briefs and facts), so that a
     * restarted server answers at once while its first regeneration runs; empty when any of it
     * is missing or unreadable.
     */
    public static Optional<Snapshot> lastWritten(Path output) {
        Path manifestFile = output.resolve(Manifest.FILE);
        Path factsFile = output.resolve("facts.json");
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(factsFile)) {
            return Optional.empty();
        }
        try {
            FactsDocument facts = Json.read(factsFile, FactsDocument.class);
            List<Brief> briefs = new ArrayList<>();
            for (String id : Manifest.read(output).briefs().keySet()) {
                briefs.add(Json.read(BriefWriter.fileFor(output, id), Brief.class));
            }
            return Optional.of(new Snapshot(briefs, facts, Files.getLastModifiedTime(manifestFile).toInstant()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Optional<Brief> brief(String personId) {
        return briefs.stream().filter(b -> b.person().id().equals(personId)).findFirst();
    }

    public boolean hasBrief(String personId) {
        return brief(personId).isPresent();
    }
}
