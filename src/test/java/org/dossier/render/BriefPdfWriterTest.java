package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.brief.PersonSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefPdfWriterTest {

    @TempDir
    Path output;

    @Test
    void writesOnePdfPerPersonAndLeavesAnUnchangedFileAlone() throws Exception {
        BriefRenderer renderer = new BriefRenderer();
        BriefPdfWriter writer = new BriefPdfWriter(output, renderer);
        Brief brief = TestBriefs.sparse();

        assertTrue(writer.write(brief), "first write");
        Path pdf = output.resolve("anna-kowalska.pdf");
        assertArrayEquals(renderer.render(brief), Files.readAllBytes(pdf));

        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(pdf, old);
        assertFalse(writer.write(brief), "same brief, same bytes: nothing written");
        assertEquals(old, Files.getLastModifiedTime(pdf));
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(List.of(pdf), files.toList(), "no temporary files left");
        }
    }

    @Test
    void refusesAPersonIdThatIsNotAPlainFileName() {
        BriefPdfWriter writer = new BriefPdfWriter(output, new BriefRenderer());
        for (String id : new String[] {"../escape", "a/b", ".hidden", "", null}) {
            Brief brief = withId(id);
            assertThrows(IllegalArgumentException.class, () -> writer.pathFor(brief), "id " + id);
        }
        assertEquals(output.resolve("roman-x_2.pdf"), writer.pathFor(withId("roman-x_2")));
    }

    private static Brief withId(String id) {
        Brief b = TestBriefs.sparse();
        return new Brief(b.schema(), new PersonSummary(id, "Someone", null, List.of()), b.asOf(), b.status(),
                b.currentPlace(), b.custodyHistory(), b.custodyEvents(), b.legalHistory(), b.sentence(),
                b.diplomaticActions(), b.lastConsularVisit(), b.outstandingRequests(), b.closedRequests(),
                b.health(), b.conditions(), b.contact(), b.conflicts(), b.inferredDates(), b.alerts(), b.sources(),
                b.changes());
    }
}
