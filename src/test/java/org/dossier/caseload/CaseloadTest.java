package org.dossier.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Brief;
import org.dossier.brief.LastVisit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload: one row per detainee, every figure counted to the newest brief's date, and its CSV. */
class CaseloadTest {

    @Test
    void everyFigureIsCountedToTheNewestBriefsDate() {
        Caseload caseload = Caseload.of(List.of(CaseloadBriefs.released(), CaseloadBriefs.held()));
        assertEquals("2023-09-30", caseload.asOf());
        assertEquals(List.of("Ana Torve", "Bo Lindqvist"), caseload.rows().stream().map(CaseloadRow::name).toList());

        CaseloadRow ana = caseload.rows().get(0);
        assertEquals("pretrial_detention", ana.status());
        assertEquals(153L, ana.daysInCustody(), "from the last day of April 2023 to 30 September");
        assertTrue(ana.daysInCustodyAtLeast(), "the arrest is known only to the month");
        assertEquals(112L, ana.daysSinceLastVisit());
        assertEquals(0L, ana.daysSinceLastReport());
        assertEquals(152L, ana.oldestOpenRequestDays());
        assertEquals(2, ana.alerts());
        assertEquals(1, ana.highAlerts());
        assertEquals("Brazil", ana.countryOfDetention(), "the last move named a country as its last part");
        assertEquals("Arland Remand Centre", ana.currentPlace());
        assertEquals("2023-05-12 transferred (Arland, Brazil)", ana.lastChange());

        CaseloadRow bo = caseload.rows().get(1);
        assertEquals("released", bo.status());
        assertEquals(232L, bo.daysInCustody(), "custody ends at the release, not at the caseload's date");
        assertFalse(bo.daysInCustodyAtLeast());
        assertEquals(30L, bo.daysSinceLastReport(), "his newest article is a month older than the caseload");
        assertNull(bo.daysSinceLastVisit());
        assertNull(bo.oldestOpenRequestDays());
        assertEquals("Peru", bo.countryOfDetention(), "a release does not move the country of detention");
    }

    @Test
    void aBriefWithoutDatesGivesEmptyFiguresNotZeros() {
        Brief undated = CaseloadBriefs.brief("cy", "Cy", null, null, "unknown", List.of(), null, List.of(), List.of(), null);
        CaseloadRow row = Caseload.of(List.of(undated)).rows().get(0);
        assertNull(row.daysInCustody());
        assertNull(row.daysSinceLastReport());
        assertNull(row.countryOfDetention());
        assertNull(row.lastChange());
    }

    @Test
    void aTownAloneTellsTheCountryOfDetention() {
        Brief inBaku = CaseloadBriefs.brief("dan", "Dan Roe", "French", "2024-03-01", "pretrial_detention",
                List.of(CaseloadBriefs.event("arrested", "2023-12-04", "Baku")), null, List.of(), List.of(), null);
        assertEquals("Azerbaijan", Caseload.of(List.of(inBaku)).rows().get(0).countryOfDetention());
    }

    @Test
    void theCsvIsRfc4180AndReadsBackCellForCell(@TempDir Path dir) throws Exception {
        Brief awkward = CaseloadBriefs.brief("zoe", "Zoë \"Zed\" Ørsted, Jr.", "Northlander", "2023-09-01",
                "on_trial", List.of(CaseloadBriefs.event("arrested", "2023-02-01", "Portmere")),
                new LastVisit("2023-08-01", "Consul", null, 31L, "r", List.of(), List.of()), List.of(), List.of(),
                "Block 2,\nPortmere Jail");
        Path file = dir.resolve("caseload.csv");
        CaseloadCsv.write(Caseload.of(List.of(awkward, CaseloadBriefs.held())), file);

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CaseloadCsv.COLUMNS) + "\r\n"), text);
        assertTrue(text.contains("\"Zoë \"\"Zed\"\" Ørsted, Jr.\""), "quotes doubled, field quoted: " + text);

        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            List<Map<String, String>> rows = it.readAll();
            assertEquals(2, rows.size());
            assertEquals(CaseloadCsv.COLUMNS, List.copyOf(rows.get(0).keySet()));
            Map<String, String> ana = rows.get(0);
            assertEquals("ana-torve", ana.get("id"));
            assertEquals("153", ana.get("days_in_custody"));
            assertEquals("true", ana.get("days_in_custody_at_least"));
            assertEquals("112", ana.get("days_since_last_visit"));
            Map<String, String> zoe = rows.get(1);
            assertEquals("Zoë \"Zed\" Ørsted, Jr.", zoe.get("name"));
            assertEquals("Block 2,\nPortmere Jail", zoe.get("current_place"));
            assertEquals("on_trial", zoe.get("status"));
            assertEquals("60", zoe.get("days_since_last_visit"), "counted to the caseload's date, 2023-09-30");
            assertEquals("", zoe.get("oldest_open_request_days"));
        }
    }
}
