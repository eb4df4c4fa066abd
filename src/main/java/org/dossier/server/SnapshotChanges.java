package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.pipeline.BriefChanges;
import org.dossier.server.audit.PersonChanges;

/** What a regeneration changed: for each brief that changed, what {@link BriefChanges} finds; briefs that went away. */
final class SnapshotChanges {

    private SnapshotChanges() {
    }

    static List<PersonChanges> between(Snapshot previous, Snapshot current) {
        List<PersonChanges> out = new ArrayList<>();
        for (Brief brief : current.briefs()) {
            Brief before = previous == null ? null : previous.brief(brief.person().id()).orElse(null);
            List<String> changes = BriefChanges.between(before, brief);
            if (!changes.isEmpty()) {
                out.add(new PersonChanges(brief.person().id(), brief.person().name(), changes));
            }
        }
        if (previous != null) {
            for (Brief gone : previous.briefs()) {
                if (!current.hasBrief(gone.person().id())) {
                    out.add(new PersonChanges(gone.person().id(), gone.person().name(), List.of("No brief any more.")));
                }
            }
        }
        return out;
    }
}
