package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BriefIdTest {

    @Test
    void aPersonIdWithAnExtensionIsABriefId() {
        assertEquals(Optional.of(new BriefId("jan-novak", "pdf")), BriefId.parse("jan-novak.pdf"));
        assertEquals(Optional.of(new BriefId("x2", "json")), BriefId.parse("x2.json"));
    }

    @Test
    void aPersonIdAloneIsTheBriefsWebPage() {
        assertEquals(Optional.of(new BriefId("jan-novak", "html")), BriefId.parse("jan-novak"));
    }

    @Test
    void anythingThatCouldNameAnotherFileIsNot() {
        for (String bad : new String[] {"../pom.xml", "..%2Fpom.pdf", "..pdf", ".pdf", "-a.pdf", "a/b.pdf", "a\\b.pdf",
                "Jan-Novak.pdf", "jan novak.pdf", "jan.novak.pdf", "jan-novak.txt", "jan-novak.pdf\0", "jan-novak.html",
                "", "a".repeat(300) + ".pdf"}) {
            assertTrue(BriefId.parse(bad).isEmpty(), bad);
        }
        assertTrue(BriefId.parse(null).isEmpty());
    }
}
