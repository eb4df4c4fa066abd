package org.dossier.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.dossier.brief.Brief;

/**
 * One kept version of a person's brief, as the history's index lists it.
 *
 * @param number  1 for the first brief of the person, then one more for each brief that changed
 * @param madeAt  when the run that wrote it kept it (UTC, to the second)
 * @param json    the version's brief, a file name in the person's history folder
 * @param pdf     its PDF beside it, or null while it has none (a run stopped before rendering)
 * @param changes the brief's "changed since the previous brief"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(int number, String madeAt, String json, String pdf, String asOf, String status,
                      String caseStatus, String place, List<String> changes) {

    static Version of(int number, Instant madeAt, String json, String pdf, Brief b) {
        return new Version(number, madeAt.toString(), json, pdf, b.asOf(), value(b.status()), value(b.caseStatus()),
                b.currentPlace() == null ? null : b.currentPlace().place(),
                b.changes() == null ? List.of() : List.copyOf(b.changes()));
    }

    Version withPdf(String pdfFile) {
        return new Version(number, madeAt, json, pdfFile, asOf, status, caseStatus, place, changes);
    }

    private static String value(org.dossier.brief.Derived d) {
        return d == null ? null : d.value();
    }
}
