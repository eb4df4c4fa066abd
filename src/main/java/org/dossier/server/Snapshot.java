package org.dossier.server;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dossier.brief.Brief;
import org.dossier.facts.FactsDocument;

/** The outcome of the last successful regeneration: what the server serves until the next one. */
public record Snapshot(List<Brief> briefs, FactsDocument facts, Instant at) {

    public Snapshot {
        briefs = List.copyOf(briefs);
    }

    public Optional<Brief> brief(String personId) {
        return briefs.stream().filter(b -> b.person().id().equals(personId)).findFirst();
    }

    public boolean hasBrief(String personId) {
        return brief(personId).isPresent();
    }
}
