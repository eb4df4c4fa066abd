package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.pipeline.BriefComparison.AlertLine;

/**
 * The changes of a new brief worth telling subscribers about (server notifications), read from
 * {@link BriefChanges#compare}: a new status or case status (one change for both), a new current
 * place, each new alert, the new lines in the histories (one change for all), or a first brief.
 */
public final class NotableChanges {

    /**
     * One change a subscriber is told about. {@code key} says what changed (the same for the same
     * change of the same briefs), so a message made from it can be recognised when made again.
     *
     * @param kind  status, place, alert, facts, or new_brief
     * @param from  the status or place before (status and place only)
     * @param to    the status or place now (status and place only)
     * @param alert the new alert (alert only)
     * @param items the new history lines, one each (facts only)
     */
    public record Change(String kind, String summary, String key, String from, String to, Alert alert,
                         List<String> items) {
    }

    private NotableChanges() {
    }

    public static List<Change> between(Brief previous, Brief current) {
        List<Change> changes = new ArrayList<>();
        if (previous == null) {
            changes.add(new Change("new_brief", "First brief for " + current.person().name() + ".", "new", null,
                    null, null, null));
            return changes;
        }
        BriefComparison c = BriefChanges.compare(previous, current);
        // a brief written before case statuses existed has none: that is no change
        if (c.caseStatus().before() != null && c.caseStatus().changed()) {
            changes.add(statusChange(c.caseStatus(), "Case status"));
        } else if (c.status().changed()) {
            changes.add(statusChange(c.status(), "Status"));
        }
        String before = c.place().before();
        String now = c.place().after();
        if (now != null && c.place().changed()) {
            changes.add(new Change("place", "New current place: " + now + (before == null ? "" : " (was " + before
                    + ")") + ".", before + ">" + now, before, now, null, null));
        }
        for (AlertLine line : c.newAlerts()) {
            Alert alert = alertOf(current, line);
            String code = alert == null ? "" : alert.code();
            changes.add(new Change("alert", "New alert" + (line.severity() == null ? "" : " (" + line.severity() + ")")
                    + ": " + line.message(), code + "|" + line.message(), null, null, alert, null));
        }
        List<String> added = c.added().stream().map(BriefComparison.Item::text).toList();
        if (!added.isEmpty()) {
            changes.add(new Change("facts", added.size() + (added.size() == 1 ? " new item" : " new items")
                    + " in the histories.", String.join("\n", added), null, null, null, added));
        }
        return changes;
    }

    private static Change statusChange(BriefComparison.Change change, String what) {
        String from = words(change.before());
        String to = words(change.after());
        return new Change("status", what + " changed from " + from + " to " + to + ".", from + ">" + to, from, to,
                null, null);
    }

    private static Alert alertOf(Brief brief, AlertLine line) {
        return brief.alerts() == null ? null : brief.alerts().stream()
                .filter(a -> a.message().equals(line.message())).findFirst().orElse(null);
    }

    private static String words(String value) {
        return value == null ? "unknown" : value.replace('_', ' ');
    }
}
