package org.dossier.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.server.audit.Actor;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.PersonChanges;

/** A regeneration as the audit log keeps it: why it ran, what came of it, and what it changed in each brief. */
final class RegenerationAudit {

    private RegenerationAudit() {
    }

    static AuditEntry entry(Regeneration r, List<PersonChanges> changes) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("trigger", r.trigger());
        details.put("ok", r.ok());
        details.put("briefs", r.briefs());
        if (!r.rendered().isEmpty()) {
            details.put("rendered", String.join(", ", r.rendered()));
        }
        if (!r.skipped().isEmpty()) {
            details.put("skipped", String.join("; ", r.skipped()));
        }
        details.put("millis", r.millis());
        String summary = (r.ok() ? "regenerated: " : "regeneration failed: ") + r.message()
                + (r.ok() ? ", " + (changes.isEmpty() ? "no brief changed" : changes.size() + " brief(s) changed") : "");
        return AuditEntry.of(Actor.SERVER, AuditEntry.REGENERATION, r.trigger(), summary, details).withChanges(changes);
    }
}
