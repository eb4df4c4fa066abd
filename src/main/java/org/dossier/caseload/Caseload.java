package org.dossier.caseload;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.brief.Alert;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefItem;
import org.dossier.brief.CaseCounters;
import org.dossier.brief.CaseCounting;
import org.dossier.brief.derive.Chronology;

/**
 * Every detainee at a glance: one row per brief, sorted by name. All days are counted to one
 * date, the newest as-of date of the briefs (the newest article), so that the same briefs always
 * give the same caseload and "days since the last report" tells whose news is oldest.
 *
 * @param asOf the date every figure is counted to; null when no brief has a dated article
 */
public record Caseload(String asOf, List<CaseloadRow> rows) {

    public static final String CSV_FILE = "caseload.csv";

    public Caseload {
        rows = List.copyOf(rows);
    }

    public static Caseload of(List<Brief> briefs) {
        String asOf = briefs.stream().map(Brief::asOf).filter(Objects::nonNull).max(Chronology.DATES).orElse(null);
        List<CaseloadRow> rows = briefs.stream()
                .filter(b -> b.person() != null)
                .sorted(Comparator.comparing((Brief b) -> b.person().name(), Comparator.nullsLast(String::compareToIgnoreCase))
                        .thenComparing(b -> b.person().id()))
                .map(b -> row(b, asOf))
                .toList();
        return new Caseload(asOf, rows);
    }

    private static CaseloadRow row(Brief b, String asOf) {
        CaseCounters c = CaseCounting.count(b, asOf);
        List<Alert> alerts = b.alerts() == null ? List.of() : b.alerts();
        return new CaseloadRow(b.person().id(), b.person().name(), b.person().nationality(),
                b.caseStatus() == null ? "unknown" : b.caseStatus().value(), CountryOfDetention.of(b),
                b.currentPlace() == null ? null : b.currentPlace().place(), c.daysInCustody(),
                Boolean.TRUE.equals(c.daysInCustodyAtLeast()), c.daysSinceLastVisit(), c.daysSinceLastReport(),
                c.oldestOpenRequestDays(), c.projectedRelease(), Boolean.TRUE.equals(c.projectedReleaseApproximate()),
                alerts.size(),
                (int) alerts.stream().filter(a -> "high".equals(a.severity())).count(), lastChange(b), b.asOf());
    }

    /** The newest dated custody, court or diplomatic event: "2019-07-30 transferred (Colony 4)". */
    static String lastChange(Brief b) {
        return Stream.of(b.custodyEvents(), b.legalHistory(), b.diplomaticActions())
                .filter(Objects::nonNull).flatMap(List::stream)
                .filter(i -> i.date() != null)
                .max(Comparator.comparing(BriefItem::date, Chronology.DATES))
                .map(Caseload::describe).orElse(null);
    }

    private static String describe(BriefItem i) {
        String what = i.date() + " " + i.kind().replace('_', ' ');
        String where = i.place() != null ? i.place() : i.actor();
        return where == null ? what : what + " (" + where + ")";
    }
}
