package org.dossier.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.dossier.brief.ProjectedRelease;
import org.dossier.caseload.Caseload;
import org.dossier.caseload.CaseloadRow;
import org.dossier.io.AtomicFiles;

/**
 * The caseload on one landscape page in the style of the briefs ({@code caseload.xhtml.mustache}):
 * a row per detainee with the case status, place, the days counted to the caseload's date, the
 * projected release and alerts. Tagged PDF/UA-1 and PDF/A-2u like the briefs ({@link TaggedPdf});
 * dated by the caseload's own date, so the same briefs give the same bytes.
 */
public final class CaseloadPdf {

    public static final String FILE = "caseload.pdf";

    /** What the template shows. */
    record View(String asOf, int count, List<Row> rows, int high, int withAlerts) {
    }

    record Row(String name, String nationality, String status, String place, String country, String custody,
               String visit, String report, String request, String release, String alerts, boolean high,
               String change) {
    }

    private final XhtmlTemplate template = new XhtmlTemplate("caseload.xhtml");

    public byte[] render(Caseload caseload) {
        String html = html(caseload);
        Instant time = Dates.start(caseload.asOf()).map(LocalDate::atStartOfDay)
                .map(t -> t.toInstant(ZoneOffset.UTC)).orElse(Instant.EPOCH);
        try {
            return TaggedPdf.render(html, time);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the caseload", e);
        }
    }

    /** Writes the PDF whole or not at all. */
    public void write(Caseload caseload, Path file) throws IOException {
        AtomicFiles.write(file, render(caseload));
    }

    String html(Caseload caseload) {
        List<Row> rows = caseload.rows().stream().map(CaseloadPdf::row).toList();
        int high = caseload.rows().stream().mapToInt(CaseloadRow::highAlerts).sum();
        int withAlerts = (int) caseload.rows().stream().filter(r -> r.alerts() > 0).count();
        return template.render(new View(Values.orUnknown(Dates.display(caseload.asOf())), rows.size(), rows, high,
                withAlerts));
    }

    private static Row row(CaseloadRow r) {
        String custody = r.daysInCustody() == null ? "—" : (r.daysInCustodyAtLeast() ? "≥ " : "") + number(r.daysInCustody());
        String release = r.projectedRelease() == null ? "—"
                : Dates.release(new ProjectedRelease(r.projectedRelease(), r.projectedReleaseApproximate()));
        String alerts = r.alerts() == 0 ? "—" : r.alerts() + (r.highAlerts() > 0 ? " (" + r.highAlerts() + " high)" : "");
        String country = java.util.Objects.equals(r.countryOfDetention(), r.currentPlace()) ? null : r.countryOfDetention();
        return new Row(r.name(), r.nationality(), r.status().replace('_', ' '), r.currentPlace(), country,
                custody, days(r.daysSinceLastVisit()), days(r.daysSinceLastReport()), days(r.oldestOpenRequestDays()),
                release, alerts, r.highAlerts() > 0, r.lastChange());
    }

    private static String days(Long n) {
        return n == null ? "—" : number(n);
    }

    private static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
