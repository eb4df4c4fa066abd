package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.RequestItem;
import org.dossier.pipeline.BriefComparison.AlertLine;
import org.dossier.pipeline.BriefComparison.Change;
import org.dossier.pipeline.BriefComparison.Item;
import org.dossier.pipeline.BriefComparison.RequestChange;
import org.dossier.pipeline.BriefComparison.RequestState;

/**
 * What differs between two briefs of the same person: {@link #compare} in full (the history's
 * compare view), {@link #between} as the lines "Changed since the previous brief" of the PDF.
 */
public final class BriefChanges {

    private BriefChanges() {
    }

    /** The lines a new brief prints under "Changed since the previous brief". */
    public static List<String> between(Brief previous, Brief current) {
        List<String> changes = new ArrayList<>();
        if (previous == null) {
            changes.add("First brief for this person.");
            return changes;
        }
        BriefComparison c = compare(previous, current);
        if (!unknownIfNull(c.status().before()).equals(unknownIfNull(c.status().after()))) {
            changes.add("Status changed from " + unknownIfNull(c.status().before()) + " to "
                    + unknownIfNull(c.status().after()) + ".");
        }
        // a brief written before case statuses existed has none: that is no change
        String caseBefore = c.caseStatus().before();
        if (caseBefore != null && !caseBefore.equals(unknownIfNull(c.caseStatus().after()))) {
            changes.add("Case status changed from " + words(caseBefore) + " to "
                    + words(unknownIfNull(c.caseStatus().after())) + ".");
        }
        if (c.place().after() != null && c.place().changed()) {
            changes.add("New current place: " + c.place().after() + ".");
        }
        c.requests().stream().filter(RequestChange::closed)
                .forEach(r -> changes.add("Request closed (" + r.after().status() + "): " + r.kind() + "."));
        c.requests().stream().filter(RequestChange::opened)
                .forEach(r -> changes.add("New outstanding request: " + r.kind() + "."));
        c.newAlerts().forEach(a -> changes.add("New alert: " + a.message() + "."));
        c.clearedAlerts().forEach(a -> changes.add("Alert cleared: " + a.message() + "."));
        int added = c.added().size();
        if (added > 0) {
            changes.add(added + (added == 1 ? " new item" : " new items") + " in the histories.");
        }
        int removed = c.removed().size();
        if (removed > 0) {
            changes.add(removed + (removed == 1 ? " item" : " items") + " no longer in the histories.");
        }
        return changes;
    }

    /** Everything that differs from {@code from} (the earlier brief) to {@code to}. */
    public static BriefComparison compare(Brief from, Brief to) {
        Map<String, Item> before = items(from);
        Map<String, Item> after = items(to);
        Map<String, AlertLine> alertsBefore = alerts(from);
        Map<String, AlertLine> alertsAfter = alerts(to);
        return new BriefComparison(
                new Change(value(from.status()), value(to.status())),
                new Change(value(from.caseStatus()), value(to.caseStatus())),
                new Change(place(from), place(to)),
                missingFrom(after, before), missingFrom(before, after),
                requests(from, to),
                missingFrom(alertsAfter, alertsBefore), missingFrom(alertsBefore, alertsAfter));
    }

    /** The values of {@code these} whose keys {@code others} does not have, in order. */
    private static <T> List<T> missingFrom(Map<String, T> these, Map<String, T> others) {
        return these.entrySet().stream().filter(e -> !others.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static Map<String, Item> items(Brief b) {
        Map<String, Item> items = new LinkedHashMap<>();
        section(items, "custody", b.custodyEvents());
        section(items, "legal", b.legalHistory());
        section(items, "diplomatic", b.diplomaticActions());
        section(items, "health", b.health());
        section(items, "conditions", b.conditions());
        section(items, "contact", b.contact());
        return items;
    }

    private static void section(Map<String, Item> items, String name, List<BriefItem> list) {
        for (BriefItem i : nullSafe(list)) {
            items.putIfAbsent(i.kind() + "|" + i.date() + "|" + i.place() + "|" + i.term() + "|" + i.detail(),
                    new Item(name, describe(i)));
        }
    }

    /** "2021-03-03 arrested: detained, Eva Dvorak, Lisbon, term P5Y". */
    static String describe(BriefItem i) {
        String what = (i.date() == null ? "" : i.date() + " ") + words(i.kind());
        String rest = Stream.of(i.detail(), i.actor(), i.place(), i.term() == null ? null : "term " + i.term())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return rest.isEmpty() ? what : what + ": " + rest;
    }

    /** Outstanding then closed requests of the later brief, then those it no longer lists. */
    private static List<RequestChange> requests(Brief from, Brief to) {
        Map<String, RequestItem> all = new LinkedHashMap<>();
        Map<String, RequestState> before = requestStates(from, all);
        Map<String, RequestState> after = requestStates(to, new LinkedHashMap<>());
        Map<String, RequestItem> order = new LinkedHashMap<>();
        Stream.concat(nullSafe(to.outstandingRequests()).stream(), nullSafe(to.closedRequests()).stream())
                .forEach(r -> order.putIfAbsent(key(r), r));
        all.forEach(order::putIfAbsent);
        List<RequestChange> changes = new ArrayList<>();
        order.forEach((k, r) -> {
            RequestState b = before.get(k);
            RequestState a = after.get(k);
            if (!Objects.equals(b, a)) {
                changes.add(new RequestChange(r.kind(), r.actor(), r.firstAsked(), b, a));
            }
        });
        return changes;
    }

    private static Map<String, RequestState> requestStates(Brief b, Map<String, RequestItem> items) {
        Map<String, RequestState> states = new LinkedHashMap<>();
        for (RequestItem r : nullSafe(b.outstandingRequests())) {
            states.putIfAbsent(key(r), new RequestState(r.status(), true));
            items.putIfAbsent(key(r), r);
        }
        for (RequestItem r : nullSafe(b.closedRequests())) {
            states.putIfAbsent(key(r), new RequestState(r.status(), false));
            items.putIfAbsent(key(r), r);
        }
        return states;
    }

    private static String key(RequestItem r) {
        return r.kind() + "|" + r.actor() + "|" + r.firstAsked();
    }

    /**
     * Alerts by their code and the facts behind them, not their message: a message may count days,
     * and an alert that says "for 95 days" today is the same alert as "for 94 days" yesterday.
     */
    private static Map<String, AlertLine> alerts(Brief b) {
        Map<String, AlertLine> alerts = new LinkedHashMap<>();
        for (Alert a : nullSafe(b.alerts())) {
            List<String> facts = a.facts() == null ? List.of() : a.facts().stream().sorted().toList();
            String key = a.code() + "|" + (facts.isEmpty() ? a.message() : String.join(",", facts));
            alerts.putIfAbsent(key, new AlertLine(a.severity(), a.message()));
        }
        return alerts;
    }

    private static String place(Brief b) {
        return b.currentPlace() == null ? null : b.currentPlace().place();
    }

    private static String words(String s) {
        return s == null ? "" : s.replace('_', ' ');
    }

    private static String unknownIfNull(String s) {
        return s == null ? "unknown" : s;
    }

    private static String value(org.dossier.brief.Derived d) {
        return d == null ? null : d.value();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
