package org.dossier.pipeline.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.RequestItem;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.io.Json;
import org.dossier.pipeline.preview.BriefDifference.FactLine;
import org.dossier.pipeline.preview.BriefDifference.ValueChange;

/**
 * Compares the facts and briefs made by two sets of rules from the same articles, person by
 * person. Fact ids are numbered across the whole document, so one fact more for one person
 * renumbers the facts of others: facts are compared by what they say, and briefs without the
 * fact ids they cite.
 */
public final class BriefComparison {

    /** Parts of a brief that are reported on their own or are not about the person's situation. */
    private static final Set<String> NOT_SECTIONS = Set.of("schema", "person", "status", "currentPlace",
            "outstandingRequests", "closedRequests", "alerts", "sources", "changes");

    private BriefComparison() {
    }

    /** One difference per person whose brief changes, in the order of the candidate's briefs, then the gone ones. */
    public static List<BriefDifference> between(FactsDocument beforeFacts, List<Brief> before, FactsDocument afterFacts,
                                                List<Brief> after) {
        Map<String, Brief> old = byPerson(before);
        Map<String, Brief> fresh = byPerson(after);
        Map<String, List<Fact>> oldFacts = factsByPerson(beforeFacts);
        Map<String, List<Fact>> newFacts = factsByPerson(afterFacts);
        Set<String> people = new LinkedHashSet<>(fresh.keySet());
        people.addAll(old.keySet());
        List<BriefDifference> out = new ArrayList<>();
        for (String id : people) {
            BriefDifference d = difference(id, old.get(id), fresh.get(id), oldFacts.getOrDefault(id, List.of()),
                    newFacts.getOrDefault(id, List.of()));
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static BriefDifference difference(String id, Brief before, Brief after, List<Fact> oldFacts,
                                              List<Fact> newFacts) {
        Map<String, Fact> was = factKeys(oldFacts);
        Map<String, Fact> now = factKeys(newFacts);
        List<FactLine> added = now.entrySet().stream().filter(e -> !was.containsKey(e.getKey()))
                .map(e -> line(e.getValue())).toList();
        List<FactLine> removed = was.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(e -> line(e.getValue())).toList();
        List<FactLine> quotesAdded = new ArrayList<>();
        List<FactLine> quotesRemoved = new ArrayList<>();
        now.forEach((key, fact) -> {
            Fact old = was.get(key);
            if (old != null) {
                quotesAdded.addAll(quotes(fact, old));
                quotesRemoved.addAll(quotes(old, fact));
            }
        });
        List<String> requestsBefore = requests(before);
        List<String> requestsAfter = requests(after);
        List<String> alertsBefore = alerts(before);
        List<String> alertsAfter = alerts(after);
        List<String> sections = sections(before, after);
        ValueChange status = change(status(before), status(after));
        ValueChange place = change(place(before), place(after));
        boolean same = before != null && after != null && added.isEmpty() && removed.isEmpty()
                && quotesAdded.isEmpty() && quotesRemoved.isEmpty() && status == null
                && place == null && requestsBefore.equals(requestsAfter) && alertsBefore.equals(alertsAfter)
                && sections.isEmpty();
        if (same || (before == null && after == null)) {
            return null;
        }
        Brief named = after != null ? after : before;
        String change = before == null ? "new" : after == null ? "gone" : "changed";
        return new BriefDifference(id, named.person().name(), change, added, removed, quotesAdded, quotesRemoved,
                status, place,
                minus(requestsAfter, requestsBefore), minus(requestsBefore, requestsAfter),
                minus(alertsAfter, alertsBefore), minus(alertsBefore, alertsAfter), sections);
    }

    private static Map<String, Brief> byPerson(List<Brief> briefs) {
        Map<String, Brief> out = new LinkedHashMap<>();
        briefs.forEach(b -> out.put(b.person().id(), b));
        return out;
    }

    private static Map<String, List<Fact>> factsByPerson(FactsDocument doc) {
        if (doc == null) {
            return Map.of();
        }
        return doc.facts().stream().filter(f -> f.person() != null)
                .collect(Collectors.groupingBy(Fact::person, LinkedHashMap::new, Collectors.toList()));
    }

    /** Facts by what they say, not by their id nor the sentences that say it. */
    private static Map<String, Fact> factKeys(List<Fact> facts) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            out.put(String.join("|", String.valueOf(f.type()), String.valueOf(f.kind()), String.valueOf(f.place()),
                    String.valueOf(f.date()), String.valueOf(f.dateApprox()), String.valueOf(f.actor()),
                    String.valueOf(f.addressee()), String.valueOf(f.term()), String.valueOf(f.status()),
                    String.valueOf(f.detail())), f);
        }
        return out;
    }

    /** The sentences that {@code a} cites and {@code b}, the same fact made by the other rules, does not. */
    private static List<FactLine> quotes(Fact a, Fact b) {
        Set<String> cited = new LinkedHashSet<>();
        nullSafe(b.evidence()).forEach(e -> cited.add(e.article() + ":" + e.sentence()));
        String summary = line(a).summary();
        return nullSafe(a.evidence()).stream().filter(e -> !cited.contains(e.article() + ":" + e.sentence()))
                .map(e -> new FactLine(summary, e.quote(), e.article(), e.sentence())).toList();
    }

    static FactLine line(Fact f) {
        String summary = Stream.of(f.type() + " " + f.kind(), f.place(), f.date(), by(f.actor()), to(f.addressee()),
                f.term(), f.status(), f.detail() == null ? null : "\"" + f.detail() + "\"").filter(Objects::nonNull).collect(Collectors.joining(", "));
        Evidence e = f.evidence() == null || f.evidence().isEmpty() ? null : f.evidence().get(0);
        return new FactLine(summary, e == null ? null : e.quote(), e == null ? null : e.article(),
                e == null ? 0 : e.sentence());
    }

    private static String by(String actor) {
        return actor == null ? null : "by " + actor;
    }

    private static String to(String addressee) {
        return addressee == null ? null : "to " + addressee;
    }

    private static List<String> requests(Brief b) {
        if (b == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        nullSafe(b.outstandingRequests()).forEach(r -> out.add("outstanding: " + request(r)));
        nullSafe(b.closedRequests()).forEach(r -> out.add("closed (" + r.status() + "): " + request(r)));
        return out;
    }

    private static String request(RequestItem r) {
        return Stream.of(r.kind(), by(r.actor()), to(r.addressee()), r.firstAsked() == null ? null : "first asked "
                + r.firstAsked()).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static List<String> alerts(Brief b) {
        return b == null ? List.of() : nullSafe(b.alerts()).stream().map((Alert a) -> a.severity() + ": " + a.message())
                .toList();
    }

    private static String status(Brief b) {
        return b == null || b.status() == null ? null : b.status().value().replace('_', ' ');
    }

    private static String place(Brief b) {
        return b == null || b.currentPlace() == null ? null : b.currentPlace().place();
    }

    private static ValueChange change(String before, String after) {
        return Objects.equals(before, after) ? null : new ValueChange(before, after);
    }

    /** The other parts of the brief that differ, compared as written but without the fact ids and
     * source numbers they cite (one source more renumbers the rest). */
    private static List<String> sections(Brief before, Brief after) {
        if (before == null || after == null) {
            return List.of();
        }
        JsonNode a = withoutCitations(Json.MAPPER.valueToTree(before));
        JsonNode b = withoutCitations(Json.MAPPER.valueToTree(after));
        Set<String> names = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(n -> !NOT_SECTIONS.contains(n))
                .filter(n -> !Objects.equals(a.get(n), b.get(n))).toList();
    }

    private static JsonNode withoutCitations(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("facts", "sources"));
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                withoutCitations(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(BriefComparison::withoutCitations);
        }
        return node;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
