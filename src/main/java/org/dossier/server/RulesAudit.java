package org.dossier.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.server.audit.Actor;
import org.dossier.server.audit.AuditEntry;

/**
 * A rules change as the audit log keeps it, with its diff. A change that makes a file what it
 * was before or after an earlier version is a restore of that version, whether it came through
 * the history page's restore link or was typed back by hand.
 */
final class RulesAudit {

    private RulesAudit() {
    }

    /** {@code history} is newest first and holds {@code version}. */
    static AuditEntry entry(Actor actor, RulesVersion version, List<RulesVersion> history) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version.id());
        details.put("message", version.message());
        details.put("before", version.before());
        details.put("after", version.after());
        Optional<String> restored = restored(version, history);
        restored.ifPresent(r -> details.put("restores", r));
        String summary = restored.map(r -> "restored " + version.path() + " as it was " + r)
                .orElse("changed " + version.path()) + " (version " + version.id() + "): " + version.message();
        return AuditEntry.of(actor, restored.isPresent() ? AuditEntry.RULES_RESTORE : AuditEntry.RULES_CHANGE,
                version.path(), summary, details).withDiff(version.diff());
    }

    private static Optional<String> restored(RulesVersion version, List<RulesVersion> history) {
        for (RulesVersion earlier : history) {
            if (earlier.id().compareTo(version.id()) >= 0 || !earlier.path().equals(version.path())) {
                continue;
            }
            if (earlier.before().equals(version.after())) {
                return Optional.of("before version " + earlier.id());
            }
            if (earlier.after().equals(version.after())) {
                return Optional.of("after version " + earlier.id());
            }
        }
        return Optional.empty();
    }
}
