package org.dossier.server;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dossier.caseload.CaseloadRow;

/**
 * What the caseload page is asked to show: a search text, filters by status, nationality, country
 * of detention and alerts, and a column to sort by. The page works from these query parameters
 * without script; its script does the same in the browser without a reload.
 */
record CaseloadQuery(String q, String status, String nationality, String country, String alerts, String sort,
                     boolean descending) {

    /** The sortable columns by their query names, each with the value it sorts by. */
    static final Map<String, Function<IndexPage.Row, Comparable<?>>> COLUMNS = Map.ofEntries(
            Map.entry("name", r -> lower(r.name())),
            Map.entry("nationality", r -> lower(r.nationality())),
            Map.entry("status", r -> lower(r.status())),
            Map.entry("country", r -> lower(r.country())),
            Map.entry("place", r -> lower(r.place())),
            Map.entry("custody", r -> r.caseload().daysInCustody()),
            Map.entry("visit", r -> r.caseload().daysSinceLastVisit()),
            Map.entry("report", r -> r.caseload().daysSinceLastReport()),
            Map.entry("request", r -> r.caseload().oldestOpenRequestDays()),
            Map.entry("release", r -> r.caseload().projectedRelease()),
            Map.entry("alerts", IndexPage.Row::alertRank),
            Map.entry("change", r -> r.caseload().lastChange()));

    static final CaseloadQuery NONE = new CaseloadQuery(null, null, null, null, null, "name", false);

    static CaseloadQuery of(Function<String, String> param) {
        String sort = param.apply("sort");
        return new CaseloadQuery(blankToNull(param.apply("q")), blankToNull(param.apply("status")),
                blankToNull(param.apply("nationality")), blankToNull(param.apply("country")),
                blankToNull(param.apply("alerts")), sort != null && COLUMNS.containsKey(sort) ? sort : "name",
                "desc".equals(param.apply("dir")));
    }

    /** The rows that pass the filters, sorted; rows without a value sort last either way. */
    List<IndexPage.Row> apply(List<IndexPage.Row> rows) {
        Predicate<IndexPage.Row> keep = r -> matches(status, r.caseload().status())
                && matches(nationality, r.nationality()) && matches(country, r.country())
                && (alerts == null || (alerts.equals("high") ? r.caseload().highAlerts() > 0 : r.caseload().alerts() > 0))
                && (q == null || r.searchText().contains(q.toLowerCase(Locale.ROOT)));
        return rows.stream().filter(keep).sorted(order()).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<IndexPage.Row> order() {
        Function<IndexPage.Row, Comparable> key = (Function) COLUMNS.get(sort);
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values))
                .thenComparing(r -> lower(r.name()), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || Objects.equals(wanted, value);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
