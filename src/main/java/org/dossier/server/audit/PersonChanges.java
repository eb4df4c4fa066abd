package org.dossier.server.audit;

import java.util.List;

/** What one regeneration changed in one person's brief (see {@code pipeline.BriefChanges}). */
public record PersonChanges(String person, String name, List<String> changes) {

    public PersonChanges {
        changes = List.copyOf(changes);
    }
}
