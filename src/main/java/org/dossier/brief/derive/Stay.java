package org.dossier.brief.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.facts.Fact;
import org.kie.api.definition.type.ClassReactive;

/**
 * A place where the person was held: opened by the fact that first tells of it (a move there,
 * or being held there), joined by every later report of the same stay.
 */
@ClassReactive
public class Stay {

    private final String place;
    private final String from;
    private final Fact opener;
    private final List<Fact> reports = new ArrayList<>();

    /**
     * @param from   the date of the move there, or null when no move there is reported
     * @param opener the fact that tells of the stay first
     */
    public Stay(String place, String from, Fact opener) {
        this.place = place;
        this.from = from;
        this.opener = opener;
        reports.add(opener);
    }

    public String getPlace() {
        return place;
    }

    public String getFrom() {
        return from;
    }

    public Fact getOpener() {
        return opener;
    }

    public List<Fact> getReports() {
        return List.copyOf(reports);
    }

    /** The earliest date any report gives. */
    public String getFirstReported() {
        return Reports.earliestDate(reports);
    }

    /** The latest date any report gives. */
    public String getLastReported() {
        return Reports.latestDate(reports);
    }

    /** The date the stay began: the move there, else the first report of it. */
    public String getStart() {
        return from != null ? from : getFirstReported();
    }

    /** True when the stay has a date (of the move or of any report) to place it in time. */
    public boolean isDated() {
        return getStart() != null;
    }

    /** True when the place is this stay's place or the place of any of its reports. */
    public boolean tellsOf(String otherPlace) {
        return Places.same(place, otherPlace) || reports.stream().anyMatch(r -> Places.same(r.place(), otherPlace));
    }

    /** True when the fact is already one of this stay's reports. */
    public boolean has(Fact fact) {
        return Reports.contains(reports, fact);
    }

    /** Adds a report of this stay. */
    public void join(Fact fact) {
        if (!has(fact)) {
            reports.add(fact);
        }
    }

    /**
     * The stay's place in time, for "the next stay": by the last day its start (the move, else
     * the first report) can mean, then by {@link KindOrder} of the fact that opened it, then by the first
     * day. A stay with no date at all comes last.
     */
    public long getOrder() {
        String start = getStart();
        LocalDate end = Dates.end(start);
        LocalDate first = Dates.start(start);
        long step = KindOrder.step(opener.type(), opener.kind());
        if (end == null) {
            return Long.MAX_VALUE / 2 + step;
        }
        return end.toEpochDay() * 1_000_000L + step * 100_000L + first.toEpochDay() % 100_000L;
    }

    @Override
    public String toString() {
        return "Stay[" + place + ", from " + from + ", " + reports.size() + " reports]";
    }
}
