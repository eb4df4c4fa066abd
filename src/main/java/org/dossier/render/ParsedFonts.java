package org.dossier.render;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Sets of parsed fonts, lent to one document at a time: parsing the six faces took a fifth of
 * each render. A {@link TrueTypeFont} reads its tables lazily from one shared position, so a set
 * is never used by two documents at once; there are as many sets as documents were ever rendered
 * at the same time, and no more than {@link #MAX_IDLE} wait unused.
 */
final class ParsedFonts {

    static final ParsedFonts SHARED = new ParsedFonts(PdfFonts::parseAll);

    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Supplier<List<TrueTypeFont>> parser;
    private final Queue<List<TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();

    ParsedFonts(Supplier<List<TrueTypeFont>> parser) {
        this.parser = parser;
    }

    /** A set of fonts for this caller alone until the lease is closed. */
    Lease borrow() {
        List<TrueTypeFont> fonts = idle.poll();
        return new Lease(fonts != null ? fonts : parser.get());
    }

    private void giveBack(List<TrueTypeFont> fonts) {
        if (idle.size() < MAX_IDLE) {
            idle.offer(fonts);
        }
    }

    final class Lease implements AutoCloseable {
        private List<TrueTypeFont> fonts;

        private Lease(List<TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        List<TrueTypeFont> fonts() {
            return fonts;
        }

        @Override
        public void close() {
            if (fonts != null) {
                giveBack(fonts);
                fonts = null;
            }
        }
    }
}
