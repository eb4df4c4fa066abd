package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.RequestItem;

/**
 * What a new brief says that the previous brief of the same person did not: new facts, a new
 * current place or status, requests closed or newly raised.
 */
public final class BriefChanges {

    private BriefChanges() {
    }

    public static List<String> between(Brief previous, Brief current) {
        List<String> changes = new ArrayList<>();
        if (previous == null) {
            changes.add("First brief for this person.");
            return changes;
        }
        if (!Objects.equals(value(previous.status()), value(current.status()))) {
            changes.add("Status changed from " + value(previous.status()) + " to " + value(current.status()) + ".");
        }
        // a brief written before case statuses existed has none: that is no change
        if (previous.caseStatus() != null && !value(previous.caseStatus()).equals(value(current.caseStatus()))) {
            changes.add("Case status changed from " + words(previous.caseStatus()) + " to " + words(current.caseStatus()) + ".");
        }
        String before = previous.currentPlace() == null ? null : previous.currentPlace().place();
        String now = current.currentPlace() == null ? null : current.currentPlace().place();
        if (now != null && !now.equals(before)) {
            changes.add("New current place: " + now + ".");
        }
        Set<String> closedBefore = requestKeys(previous.closedRequests());
        for (RequestItem r : nullSafe(current.closedRequests())) {
            if (!closedBefore.contains(key(r))) {
                changes.add("Request closed (" + r.status() + "): " + r.kind() + ".");
            }
        }
        Set<String> openBefore = requestKeys(previous.outstandingRequests());
        for (RequestItem r : nullSafe(current.outstandingRequests())) {
            if (!openBefore.contains(key(r))) {
                changes.add("New outstanding request: " + r.kind() + ".");
            }
        }
        int newFacts = newFacts(previous, current);
        if (newFacts > 0) {
            changes.add(newFacts + (newFacts == 1 ? " new item" : " new items") + " in the histories.");
        }
        return changes;
    }

    /**
     * One change a subscriber is told about. {@code key} says what changed (the same for the same
     * change of the same briefs), so a message made from it can be recognised when made again.
     *
     * @param kind    status, place, alert, facts, or new_brief
     * @param from    the status or place before (status and place only)
     * @param to      the status or place now (status and place only)
     * @param alert   the new alert (alert only)
     * @param items   the new history lines, one each (facts only)
     */
    public record Change(String kind, String summary, String key, String from, String to, Alert alert,
                         List<String> items) {
    }

    /**
     * The changes worth telling people about: a new status or case status (one change for both),
     * a new current place, each new alert, the new lines in the histories (one change for all), or
     * a first brief when there was none.
     */
    public static List<Change> notable(Brief previous, Brief current) {
        List<Change> changes = new ArrayList<>();
        if (previous == null) {
            changes.add(new Change("new_brief", "First brief for " + current.person().name() + ".", "new", null,
                    null, null, null));
            return changes;
        }
        boolean caseStatusChanged = previous.caseStatus() != null
                && !value(previous.caseStatus()).equals(value(current.caseStatus()));
        if (caseStatusChanged) {
            changes.add(statusChange(words(previous.caseStatus()), words(current.caseStatus()), "Case status"));
        } else if (!Objects.equals(value(previous.status()), value(current.status()))) {
            changes.add(statusChange(words(previous.status()), words(current.status()), "Status"));
        }
        String before = previous.currentPlace() == null ? null : previous.currentPlace().place();
        String now = current.currentPlace() == null ? null : current.currentPlace().place();
        if (now != null && !now.equals(before)) {
            changes.add(new Change("place", "New current place: " + now + (before == null ? "" : " (was " + before
                    + ")") + ".", before + ">" + now, before, now, null, null));
        }
        Set<String> alertsBefore = new LinkedHashSet<>();
        nullSafe(previous.alerts()).forEach(a -> alertsBefore.add(alertKey(a)));
        for (Alert a : nullSafe(current.alerts())) {
            if (alertsBefore.add(alertKey(a))) {
                changes.add(new Change("alert", "New alert" + (a.severity() == null ? "" : " (" + a.severity() + ")")
                        + ": " + a.message(), alertKey(a), null, null, a, null));
            }
        }
        List<String> added = newItems(previous, current);
        if (!added.isEmpty()) {
            changes.add(new Change("facts", added.size() + (added.size() == 1 ? " new item" : " new items")
                    + " in the histories.", String.join("\n", added), null, null, null,
                    added.stream().map(BriefChanges::readable).toList()));
        }
        return changes;
    }

    private static Change statusChange(String from, String to, String what) {
        return new Change("status", what + " changed from " + from + " to " + to + ".", from + ">" + to, from, to,
                null, null);
    }

    private static String alertKey(Alert a) {
        return a.code() + "|" + a.message();
    }

    /** An item key ("visit|2021-06-09|Lisbon|null|null") as words: "visit, 2021-06-09, Lisbon". */
    private static String readable(String itemKey) {
        List<String> parts = new ArrayList<>();
        for (String part : itemKey.split("\\|", -1)) {
            if (!part.isEmpty() && !part.equals("null")) {
                parts.add(part.replace('_', ' '));
            }
        }
        return String.join(", ", parts);
    }

    private static int newFacts(Brief previous, Brief current) {
        return newItems(previous, current).size();
    }

    private static List<String> newItems(Brief previous, Brief current) {
        Set<String> before = itemKeys(previous);
        List<String> added = new ArrayList<>();
        for (String k : itemKeys(current)) {
            if (!before.contains(k)) {
                added.add(k);
            }
        }
        return added;
    }

    private static Set<String> itemKeys(Brief b) {
        Set<String> keys = new LinkedHashSet<>();
        for (List<BriefItem> items : List.of(nullSafe(b.custodyEvents()), nullSafe(b.legalHistory()),
                nullSafe(b.diplomaticActions()), nullSafe(b.health()), nullSafe(b.conditions()), nullSafe(b.contact()))) {
            for (BriefItem i : items) {
                keys.add(i.kind() + "|" + i.date() + "|" + i.place() + "|" + i.term() + "|" + i.detail());
            }
        }
        return keys;
    }

    private static Set<String> requestKeys(List<RequestItem> items) {
        Set<String> keys = new LinkedHashSet<>();
        nullSafe(items).forEach(r -> keys.add(key(r)));
        return keys;
    }

    private static String key(RequestItem r) {
        return r.kind() + "|" + r.actor() + "|" + r.firstAsked();
    }

    private static String words(org.dossier.brief.Derived d) {
        return value(d).replace('_', ' ');
    }

    private static String value(org.dossier.brief.Derived d) {
        return d == null ? "unknown" : d.value();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
