package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates, terms, wrapping and escaping: the small formats the brief is written in. */
class TextFormatsTest {

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("5 Jul 2014", Dates.display("2014-07-05"));
        assertEquals("Jul 2014", Dates.display("2014-07"));
        assertEquals("2014", Dates.display("2014"));
        assertEquals("spring 2014", Dates.display("spring 2014"));
        assertNull(Dates.display(null));
        assertEquals(Optional.of(LocalDate.of(2014, 7, 1)), Dates.start("2014-07"));
        assertEquals(Optional.empty(), Dates.start("2014-13-01"));
    }

    @Test
    void termsInWords() {
        assertEquals("27 years", Terms.display("P27Y"));
        assertEquals("8 years 6 months", Terms.display("P8Y6M"));
        assertEquals("1 year 1 month 1 day", Terms.display("P1Y1M1D"));
        assertEquals("life", Terms.display("life"));
    }

    @Test
    void wrapByWordsWithinLinesAndMarkWhatIsCut() {
        assertEquals(List.of("Federal Detention", "Center SeaTac"), Wrap.lines("Federal Detention Center SeaTac", 18, 2));
        assertEquals(List.of("one two", "three…"), Wrap.lines("one two three four five", 8, 2));
        assertEquals(List.of("abcdefg…"), Wrap.lines("abcdefghijkl", 8, 1));
    }

    @Test
    void xmlEscapingDropsWhatXmlCannotHold() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Xml.escape("a <b> & \"c\" 'd'"));
        assertEquals("ab", Xml.escape("a\u0000\u0007b"));
        assertEquals("Воронцов", Xml.escape("Воронцов"));
    }

    @Test
    void fontsLoseTheirLigatureTable() {
        byte[] font = new byte[12 + 32];
        font[5] = 2;
        System.arraycopy("GSUB".getBytes(), 0, font, 12, 4);
        System.arraycopy("glyf".getBytes(), 0, font, 28, 4);
        byte[] out = PdfFonts.withoutLigatures(font);
        assertEquals("XSUB", new String(out, 12, 4));
        assertEquals("glyf", new String(out, 28, 4));
    }
}
