package org.dossier.caseload;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dossier.io.AtomicFiles;

/**
 * The caseload as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks quoted, quotes doubled), UTF-8, a header row of snake_case column names.
 */
public final class CaseloadCsv {

    /** The columns, in order, as written in the header. */
    public static final List<String> COLUMNS = List.of("id", "name", "nationality", "status",
            "country_of_detention", "current_place", "days_in_custody", "days_in_custody_at_least",
            "days_since_last_visit", "days_since_last_report", "oldest_open_request_days", "projected_release",
            "projected_release_approximate", "alerts",
            "high_alerts", "last_change", "as_of");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CaseloadCsv() {
    }

    public static String text(Caseload caseload) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        ObjectWriter writer = MAPPER.writer(schema.build());
        try {
            return writer.writeValueAsString(caseload.rows().stream().map(CaseloadCsv::values).toList());
        } catch (IOException e) {
            throw new IllegalStateException("caseload CSV: " + e.getMessage(), e);
        }
    }

    /** Writes the CSV whole or not at all. */
    public static void write(Caseload caseload, Path file) throws IOException {
        AtomicFiles.write(file, text(caseload).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> values(CaseloadRow r) {
        return java.util.Arrays.asList(r.id(), r.name(), r.nationality(), r.status(), r.countryOfDetention(),
                r.currentPlace(), r.daysInCustody(), r.daysInCustodyAtLeast(), r.daysSinceLastVisit(),
                r.daysSinceLastReport(), r.oldestOpenRequestDays(), r.projectedRelease(),
                r.projectedRelease() == null ? null : r.projectedReleaseApproximate(), r.alerts(), r.highAlerts(), r.lastChange(),
                r.asOf());
    }
}
