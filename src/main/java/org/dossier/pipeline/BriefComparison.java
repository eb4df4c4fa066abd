package org.dossier.pipeline;

import java.util.List;

/**
 * What differs between two briefs of one person (an earlier and a later one): the status, case
 * status and current place, the history items added and removed, the requests whose standing
 * changed, and the alerts raised and cleared. Made by {@link BriefChanges#compare}.
 */
public record BriefComparison(Change status, Change caseStatus, Change place, List<Item> added, List<Item> removed,
                              List<RequestChange> requests, List<AlertLine> newAlerts, List<AlertLine> clearedAlerts) {

    /** A value before and after; equal values mean no change. */
    public record Change(String before, String after) {

        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    /** One line of a history section, in words ("2021-03-03 arrested: detained, Lisbon"). */
    public record Item(String section, String text) {
    }

    /**
     * Where a request stood: its status and whether the brief lists it as outstanding (or closed).
     */
    public record RequestState(String status, boolean outstanding) {
    }

    /** A request (kind, by whom, first asked) whose standing differs; a null state is "not in that brief". */
    public record RequestChange(String kind, String actor, String firstAsked, RequestState before,
                                RequestState after) {

        /** The request is in the later brief's closed list and was not closed in the earlier one. */
        public boolean closed() {
            return after != null && !after.outstanding() && (before == null || before.outstanding());
        }

        /** The request is outstanding in the later brief and was not in the earlier one. */
        public boolean opened() {
            return after != null && after.outstanding() && (before == null || !before.outstanding());
        }

        public String describe() {
            String who = kind + (actor == null ? "" : " (" + actor + ")") + (firstAsked == null ? "" : ", asked " + firstAsked);
            if (before == null) {
                return "new request: " + who + ", " + state(after);
            }
            if (after == null) {
                return "no longer listed: " + who + " (was " + state(before) + ")";
            }
            return who + ": " + state(before) + " -> " + state(after);
        }

        private static String state(RequestState s) {
            return (s.outstanding() ? "outstanding" : "closed") + (s.status() == null ? "" : ", " + s.status());
        }
    }

    /** An alert as a reader sees it. */
    public record AlertLine(String severity, String message) {
    }

    /** True when the two briefs say the same in everything compared. */
    public boolean isEmpty() {
        return !status.changed() && !caseStatus.changed() && !place.changed() && added.isEmpty() && removed.isEmpty()
                && requests.isEmpty() && newAlerts.isEmpty() && clearedAlerts.isEmpty();
    }
}
