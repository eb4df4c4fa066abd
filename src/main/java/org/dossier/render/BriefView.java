package org.dossier.render;

import java.util.List;

/**
 * What the template shows: the brief model turned into display strings, in the order of the
 * page. Built by {@link BriefViewBuilder}; read by {@code brief.xhtml.mustache}. Empty lists
 * make the template print what is unknown instead of a table.
 */
public record BriefView(String lang, String title, String name, String nationality,
                        String aliases, String asOf, String generated, List<KeyFact> keyFacts,
                        List<String> summary, List<AlertRow> alerts, List<String> changes,
                        Route route, List<StayRow> stays, EventTable custodyEvents,
                        EventTable legal, List<KeyFact> sentence, EventTable diplomatic,
                        String lastVisit, List<RequestRow> outstanding, List<RequestRow> closed,
                        EventTable health, EventTable conditions, EventTable contact,
                        List<ConflictRow> conflicts, List<InferredRow> inferred,
                        List<SourceRow> sources) {

    /** A label and its value on page one; {@code note} is a muted remark such as "estimate". */
    public record KeyFact(String label, String value, String note, Cite cite) {
    }

    /** Source numbers cited by one row, and how many outlets report the item. */
    public record Cite(List<Ref> refs, String outlets) {
    }

    /** One source number; {@code linked} when the number exists in the sources list. */
    public record Ref(int number, boolean linked) {
    }

    public record AlertRow(String severity, String severityClass, String message, String rule,
                           Cite cite) {
    }

    /** The drawing of the custody route as inline SVG, and the same in words for screen readers. */
    public record Route(String svg, String description) {
    }

    public record StayRow(int number, String place, String from, String until, Cite cite) {
    }

    /**
     * A history table. A column shows only when some row fills it, so a table of events that
     * name no place has no empty place column.
     */
    public record EventTable(List<EventRow> rows, boolean placeColumn, boolean whoColumn, boolean detailColumn) {

        static EventTable of(List<EventRow> rows) {
            return new EventTable(rows, rows.stream().anyMatch(r -> r.place() != null),
                    rows.stream().anyMatch(r -> r.who() != null),
                    rows.stream().anyMatch(r -> r.detail() != null));
        }
    }

    /** A dated line of a history table; {@code who} is the actor, with the addressee after an arrow. */
    public record EventRow(String date, String what, String status, String place, String who,
                           String detail, Cite cite) {
    }

    /**
     * A request; {@code parties} is who asked, with an arrow to whom it was put when known;
     * {@code flag} is the status of an outstanding request that is not plainly open.
     */
    public record RequestRow(String what, String parties, String detail, String status, String flag,
                             String firstAsked, String lastRaised, String daysOpen, Cite cite) {
    }

    public record ConflictRow(String event, String slot, List<String> values, String rule,
                              Cite cite) {
    }

    public record InferredRow(String article, String date, String note) {
    }

    /**
     * One cited sentence; {@code long} quotes may split across pages, short ones stay whole;
     * {@code link} is where the sentence can be read in its article (on the web page; null in the PDF).
     */
    public record SourceRow(int number, String outlet, String date, String article,
                            String sentence, String quote, boolean longQuote, String link) {
    }
}
