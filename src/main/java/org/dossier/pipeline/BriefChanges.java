package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    private static int newFacts(Brief previous, Brief current) {
        Set<String> before = itemKeys(previous);
        int count = 0;
        for (String k : itemKeys(current)) {
            if (!before.contains(k)) {
                count++;
            }
        }
        return count;
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
