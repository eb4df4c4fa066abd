package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code <id>.json} next to an article wins over what the text says. */
class SidecarTest {

    private static final String PAPER = """
            Detained engineer appears in court

            Sept. 7, 2020

            RIVERTON — A court on Monday extended the detention of Tomas Weld.
            """;

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void sidecarFieldsWinOverTheText() throws IngestException {
        Path txt = TestFiles.write(dir, "court.txt", PAPER);
        TestFiles.write(dir, "court.json", """
                {"date": "2020-09-08", "outlet": "Riverton Ledger", "url": "https://example.org/weld",
                 "headline": "Court keeps engineer in custody", "section": "world"}
                """);

        Article a = reader.read(txt);

        assertEquals(LocalDate.of(2020, 9, 8), a.date());
        assertFalse(a.dateInferred(), "a full date in the sidecar is stated, not inferred");
        assertEquals("Riverton Ledger", a.outlet());
        assertEquals("https://example.org/weld", a.url());
        assertEquals("Court keeps engineer in custody", a.headline());
        assertEquals("RIVERTON", a.dateline(), "fields the sidecar leaves out still come from the text");
    }

    @Test
    void partialSidecarKeepsTheTextForMissingFields() throws IngestException {
        Path txt = TestFiles.write(dir, "court.txt", PAPER);
        TestFiles.write(dir, "court.json", "{\"url\": \"https://example.org/weld\"}");

        Article a = reader.read(txt);

        assertEquals(LocalDate.of(2020, 9, 7), a.date());
        assertEquals("Detained engineer appears in court", a.headline());
        assertEquals("https://example.org/weld", a.url());
    }

    @Test
    void withoutSidecarThereIsNoUrl() throws IngestException {
        assertNull(reader.read(TestFiles.write(dir, "court.txt", PAPER)).url());
    }

    @Test
    void sidecarWithUnreadableDateIsAnErrorNamingTheSidecar() {
        Path txt = TestFiles.write(dir, "court.txt", PAPER);
        TestFiles.write(dir, "court.json", "{\"date\": \"7 Sept 2020\"}");

        IngestException e = assertThrows(IngestException.class, () -> reader.read(txt));

        assertTrue(e.getMessage().contains("court.json"), e.getMessage());
        assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void sidecarThatIsNotJsonIsAnErrorNamingTheSidecar() {
        Path txt = TestFiles.write(dir, "court.txt", PAPER);
        TestFiles.write(dir, "court.json", "date: 2020-09-08");

        IngestException e = assertThrows(IngestException.class, () -> reader.read(txt));

        assertTrue(e.getMessage().contains("court.json"), e.getMessage());
    }
}
