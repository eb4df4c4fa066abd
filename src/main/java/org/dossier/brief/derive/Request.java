package org.dossier.brief.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.facts.Fact;
import org.kie.api.definition.type.ClassReactive;

/**
 * One request made on the person's behalf, as told by one or more facts: what is asked
 * ({@code kind}), by whom ({@code requester}, null when no source names one), and every report
 * of it, including answers.
 */
@ClassReactive
public class Request {

    private final String kind;
    private final String requester;
    private final List<Fact> reports = new ArrayList<>();

    public Request(String kind, String requester, Fact first) {
        this.kind = kind;
        this.requester = requester;
        reports.add(first);
    }

    public String getKind() {
        return kind;
    }

    public String getRequester() {
        return requester;
    }

    public List<Fact> getReports() {
        return List.copyOf(reports);
    }

    public boolean has(Fact fact) {
        return Reports.contains(reports, fact);
    }

    public void join(Fact fact) {
        if (!has(fact)) {
            reports.add(fact);
        }
    }

    public String getFirstAsked() {
        return Reports.earliestDate(reports);
    }

    public String getLastRaised() {
        return Reports.latestDate(reports);
    }

    /** The status the latest report gives (by {@link Chronology}), or null. */
    public String getLatestStatus() {
        return reports.stream().max(Chronology.FACTS).map(Fact::status).orElse(null);
    }

    /** Everyone named as asking, in the order first reported. */
    public List<String> getActors() {
        return distinct(reports.stream().map(Fact::actor).toList());
    }

    /** Everyone named as asked, in the order first reported. */
    public List<String> getAddressees() {
        return distinct(reports.stream().map(Fact::addressee).toList());
    }

    /** What is asked, in the words of each report, in the order first reported. */
    public List<String> getDetails() {
        return distinct(reports.stream().map(Fact::detail).toList());
    }

    private static List<String> distinct(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).forEach(out::add);
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Request[" + kind + " by " + requester + ", " + reports.size() + " reports]";
    }
}
