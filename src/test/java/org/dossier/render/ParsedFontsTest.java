package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ParsedFontsTest {

    @Test
    void aSetIsLentToOneBorrowerAtATimeAndThenReused() {
        AtomicInteger parsed = new AtomicInteger();
        ParsedFonts fonts = new ParsedFonts(() -> {
            parsed.incrementAndGet();
            return PdfFonts.parseAll();
        });
        try (ParsedFonts.Lease a = fonts.borrow(); ParsedFonts.Lease b = fonts.borrow()) {
            assertNotSame(a.fonts(), b.fonts());
        }
        try (ParsedFonts.Lease a = fonts.borrow(); ParsedFonts.Lease b = fonts.borrow()) {
            assertNotSame(a.fonts(), b.fonts());
        }
        assertEquals(2, parsed.get(), "the sets given back are lent again");
    }

    @Test
    void everyFaceIsParsed() throws Exception {
        List<TrueTypeFont> all = PdfFonts.parseAll();
        assertEquals(PdfFonts.FACES.size(), all.size());
        for (TrueTypeFont font : all) {
            assertTrue(font.getName().startsWith("DejaVuSans"), font.getName());
        }
    }
}
