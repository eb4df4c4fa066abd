package org.dossier.brief;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.brief.derive.Chronology;
import org.dossier.brief.derive.Dates;

/**
 * Counts a brief's {@link CaseCounters} to a given date. Only arithmetic on what the rules put in
 * the brief: the case status decides whether custody has ended; days are whole days, never more
 * than the true gap when a date is only a month or a year (see {@link Dates#daysBetween}).
 */
public final class CaseCounting {

    /** Case statuses under which custody has ended. */
    public static final Set<String> ENDED = Set.of("released", "exchanged", "deported_or_expelled", "died_in_custody");

    private static final Set<String> OPEN = Set.of("open", "under_review", "unknown");

    private CaseCounting() {
    }

    /** The counters of a brief counted to {@code date} (usually its own as-of date). */
    public static CaseCounters count(Brief brief, String date) {
        Start start = custodyStart(brief);
        String until = ended(brief) ? custodyEnd(brief) : null;
        String to = ended(brief) ? until : date;
        Long days = start == null ? null : Dates.daysBetween(start.date(), to);
        Boolean atLeast = days == null ? null
                : start.fromReport() || Dates.precision(start.date()) < 3 || Dates.precision(to) < 3;
        String visit = brief.lastConsularVisit() == null ? null : brief.lastConsularVisit().date();
        String oldest = oldestOpenRequest(brief);
        ProjectedRelease release = ended(brief) ? null : ProjectedRelease.of(brief);
        return new CaseCounters(date, start == null ? null : start.date(), until, days, atLeast,
                visit, Dates.daysBetween(visit, date), brief.asOf(), Dates.daysBetween(brief.asOf(), date),
                oldest, Dates.daysBetween(oldest, date), release == null ? null : release.date(),
                release == null ? null : release.approximate());
    }

    /** Where custody is counted from, and whether that is a report of being held rather than the arrest. */
    private record Start(String date, boolean fromReport) {
    }

    private static Start custodyStart(Brief b) {
        String arrest = earliest(items(b.custodyEvents()).filter(i -> "arrested".equals(i.kind())).map(BriefItem::date));
        if (arrest != null) {
            return new Start(arrest, false);
        }
        String held = earliest(items(b.custodyHistory()).flatMap(s -> Stream.of(s.from(), s.firstReported())));
        return held == null ? null : new Start(held, true);
    }

    private static boolean ended(Brief b) {
        return b.caseStatus() != null && ENDED.contains(b.caseStatus().value());
    }

    /** The date custody ended: the latest dated custody event or end of a stay. */
    private static String custodyEnd(Brief b) {
        return Stream.concat(items(b.custodyEvents()).map(BriefItem::date), items(b.custodyHistory()).map(CustodyStay::until))
                .filter(d -> Dates.precision(d) > 0).max(Chronology.DATES).orElse(null);
    }

    private static String oldestOpenRequest(Brief b) {
        return earliest(items(b.outstandingRequests()).filter(r -> OPEN.contains(r.status())).map(RequestItem::firstAsked));
    }

    private static String earliest(Stream<String> dates) {
        return dates.filter(d -> Dates.precision(d) > 0).min(Chronology.DATES).orElse(null);
    }

    private static <T> Stream<T> items(List<T> list) {
        return list == null ? Stream.empty() : list.stream().filter(Objects::nonNull);
    }

}
