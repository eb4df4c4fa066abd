package org.dossier.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.brief.CustodyStay;

/**
 * Draws the custody history as an SVG timeline: one row per place, in order, with a bar from
 * arrival to the next move (or to the as-of date for the current place) on a shared axis of
 * years, and a dotted line for each move. Places without dates keep their row and say so.
 * Units are points; the drawing is as wide as the text column.
 */
final class CustodyRoute {

    static final double WIDTH = 493;
    private static final double CHART_LEFT = 184;
    private static final double CHART_RIGHT = WIDTH - 6;
    private static final double TOP = 16;
    private static final double LINE = 8.6;
    /** Characters of a place name per line in the label column, at most two lines. */
    private static final int LABEL_CHARS = 42;
    /** The one family the chart's text is in; the only one the SVG drawer is given (see PdfFonts). */
    static final String FAMILY = PdfFonts.CONDENSED;
    private static final String FONT = "font-family=\"" + FAMILY + "\"";

    private CustodyRoute() {
    }

    /** The drawing and its description in words; empty when no place of custody is known. */
    static Optional<BriefView.Route> draw(List<CustodyStay> stays, String asOf, boolean current) {
        if (stays == null || stays.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = rows(stays, asOf, current);
        Axis axis = Axis.of(rows, Dates.start(asOf));
        Row last = rows.get(rows.size() - 1);
        double height = last.top() + last.height() + 4;
        String description = describe(stays);
        StringBuilder svg = new StringBuilder();
        // alt is read by openhtmltopdf as the figure's alternate text in the tagged PDF.
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                        + "style=\"width:%.0fpt;height:%.0fpt\" alt=\"%s\">", WIDTH, height, WIDTH, height,
                Xml.escape(description)));
        if (axis != null) {
            axis.draw(svg, height);
        }
        for (int i = 0; i < rows.size(); i++) {
            draw(svg, i, rows.get(i), axis, i + 1 < rows.size() ? rows.get(i + 1) : null);
        }
        svg.append("</svg>");
        return Optional.of(new BriefView.Route(svg.toString(), description));
    }

    /**
     * Each stay's row: its label lines, where it sits, and its span on the time axis. A stay
     * ends at its until date, else at the next arrival, else (the current place) at the as-of date.
     */
    private static List<Row> rows(List<CustodyStay> stays, String asOf, boolean current) {
        List<Row> rows = new ArrayList<>();
        double top = TOP;
        for (int i = 0; i < stays.size(); i++) {
            CustodyStay stay = stays.get(i);
            boolean last = i == stays.size() - 1;
            Optional<LocalDate> end = Dates.start(stay.until());
            if (end.isEmpty() && !last) {
                end = Dates.start(stays.get(i + 1).from());
            }
            if (end.isEmpty() && last && current) {
                end = Dates.start(asOf);
            }
            List<String> lines = Wrap.lines((i + 1) + "  " + (stay.place() == null ? "Place not reported" : stay.place()),
                    LABEL_CHARS, 2);
            Row row = new Row(stay, lines, top, LINE * (lines.size() + 1) + 5,
                    Dates.start(stay.from()).orElse(null), end.orElse(null), last && current && stay.until() == null);
            rows.add(row);
            top += row.height();
        }
        return rows;
    }

    private static void draw(StringBuilder svg, int i, Row row, Axis axis, Row next) {
        double y = row.top();
        for (int l = 0; l < row.lines().size(); l++) {
            text(svg, l == 0 ? 0 : 9, y + 8 + l * LINE, 7.2, "#1b1b1b", "bold", row.lines().get(l));
        }
        text(svg, 9, y + 8 + row.lines().size() * LINE, 6.4, "#555555", "normal", dates(row.stay()));
        if (axis == null || row.from() == null) {
            text(svg, CHART_LEFT + 2, y + 12, 6.4, "#555555", "normal", "dates not reported");
            return;
        }
        double x0 = axis.x(row.from());
        double x1 = row.end() == null ? x0 + 2 : Math.max(axis.x(row.end()), x0 + 2);
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"9\" rx=\"1.5\" fill=\"%s\"/>",
                x0, y + 4, x1 - x0, row.current() ? "#1f3a5f" : "#8fa9cc"));
        if (next != null && next.from() != null) {
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f V%.1f H%.1f\" fill=\"none\" stroke=\"#666666\" stroke-width=\"0.6\" "
                            + "stroke-dasharray=\"1.2 1.2\"/>", x1, y + 13, next.top() + 8.5, axis.x(next.from())));
        }
    }

    private static String dates(CustodyStay stay) {
        String from = Dates.display(stay.from());
        String until = Dates.display(stay.until());
        if (from == null && until == null) {
            return "dates not reported";
        }
        return (from == null ? "?" : from) + " – " + (until == null ? "" : until);
    }

    private static void text(StringBuilder svg, double x, double y, double size, String fill, String weight, String text) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"%.1f\" font-weight=\"%s\" fill=\"%s\">%s</text>",
                x, y, FONT, size, weight, fill, Xml.escape(text)));
    }

    private static String describe(List<CustodyStay> stays) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            CustodyStay stay = stays.get(i);
            parts.add((i + 1) + ". " + (stay.place() == null ? "place not reported" : stay.place())
                    + " (" + dates(stay).replace(" – ", " to ").strip() + ")");
        }
        return "Custody route in order: " + String.join("; ", parts) + ".";
    }

    /** One place's row; {@code from} and {@code end} are null where unknown. */
    private record Row(CustodyStay stay, List<String> lines, double top, double height, LocalDate from,
                       LocalDate end, boolean current) {
    }

    /** Whole years from the first known date to the year after the last, with labelled ticks. */
    private record Axis(LocalDate start, LocalDate end) {

        static Axis of(List<Row> rows, Optional<LocalDate> asOf) {
            if (rows.stream().allMatch(r -> r.from() == null)) {
                return null;
            }
            List<LocalDate> known = new ArrayList<>();
            for (Row row : rows) {
                if (row.from() != null) {
                    known.add(row.from());
                }
                if (row.end() != null) {
                    known.add(row.end());
                }
            }
            asOf.ifPresent(known::add);
            LocalDate min = known.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate max = known.stream().max(LocalDate::compareTo).orElseThrow();
            return new Axis(LocalDate.of(min.getYear(), 1, 1), LocalDate.of(max.getYear() + 1, 1, 1));
        }

        double x(LocalDate date) {
            double total = ChronoUnit.DAYS.between(start, end);
            double part = ChronoUnit.DAYS.between(start, date);
            return CHART_LEFT + (CHART_RIGHT - CHART_LEFT) * part / total;
        }

        void draw(StringBuilder svg, double height) {
            int years = end.getYear() - start.getYear();
            int step = years <= 10 ? 1 : years <= 20 ? 2 : years <= 50 ? 5 : 10;
            for (int year = start.getYear(); year <= end.getYear(); year += step) {
                double x = x(LocalDate.of(year, 1, 1));
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d0d0\" stroke-width=\"0.5\"/>",
                        x, TOP - 4, x, height - 2));
                if (year < end.getYear()) {
                    text(svg, x + 2, TOP - 6, 6.4, "#555555", "normal", Integer.toString(year));
                }
            }
        }
    }
}
