package org.dossier.server;

import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import org.dossier.history.Version;
import org.dossier.pipeline.BriefComparison;

/** The HTML of the history routes ({@link HistoryRoutes}); every value is HTML-escaped by the templates. */
final class HistoryPages {

    private static final Template LIST = Templates.compile("history.html.mustache");
    private static final Template COMPARE = Templates.compile("history-compare.html.mustache");

    private HistoryPages() {
    }

    /** A row of the list: a version, its files, and the comparison with the version before it. */
    record Row(HistoryRoutes.Listed v, String made, String status, String caseStatus, String compare) {
    }

    record Choice(int number, String label, boolean from, boolean to) {
    }

    static String list(HistoryRoutes.Listing listing) {
        List<Row> rows = new ArrayList<>();
        List<HistoryRoutes.Listed> versions = listing.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            HistoryRoutes.Listed v = versions.get(i);
            String compare = i == 0 ? null : "compare?from=" + versions.get(i - 1).number() + "&to=" + v.number();
            rows.add(new Row(v, readable(v.madeAt()), words(v.status()), words(v.caseStatus()), compare));
        }
        int last = versions.get(versions.size() - 1).number();
        int before = versions.size() > 1 ? versions.get(versions.size() - 2).number() : last;
        List<Choice> choices = versions.stream().map(v -> new Choice(v.number(), v.number() + " (" + readable(v.madeAt())
                + ")", v.number() == before, v.number() == last)).toList();
        return LIST.execute(new Object() {
            final String person = listing.person();
            final List<Row> rowsNewestFirst = rows;
            final List<Choice> versionChoices = choices;
            final boolean canCompare = versions.size() > 1;
            final String count = versions.size() == 1 ? "1 version" : versions.size() + " versions";
        });
    }

    static String compare(String id, Version from, Version to, List<Version> versions, BriefComparison c) {
        List<Choice> choices = versions.stream().map(v -> new Choice(v.number(), v.number() + " (" + readable(v.madeAt())
                + ")", v.number() == from.number(), v.number() == to.number())).toList();
        return COMPARE.execute(new Object() {
            final String person = id;
            final Version fromVersion = from;
            final Version toVersion = to;
            final String fromMade = readable(from.madeAt());
            final String toMade = readable(to.madeAt());
            final List<Choice> versionChoices = choices;
            final BriefComparison comparison = c;
            final boolean same = c.isEmpty();
            final String status = c.status().changed() ? words(c.status().before()) + " → " + words(c.status().after()) : null;
            final String caseStatus = c.caseStatus().changed()
                    ? words(c.caseStatus().before()) + " → " + words(c.caseStatus().after()) : null;
            final String place = c.place().changed() ? dash(c.place().before()) + " → " + dash(c.place().after()) : null;
            final List<String> requests = c.requests().stream().map(BriefComparison.RequestChange::describe).toList();
        });
    }

    /** "2026-03-01T06:15:00Z" as "2026-03-01 06:15:00 UTC". */
    private static String readable(String instant) {
        return instant == null ? "—" : instant.replace('T', ' ').replaceFirst("Z$", " UTC");
    }

    private static String words(String s) {
        return s == null ? "—" : s.replace('_', ' ');
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
