package org.dossier.render;

import org.dossier.brief.Brief;

/** Prints the average render time per brief in a warm JVM: not a test, run by hand. */
public final class RenderTiming {

    public static void main(String[] args) {
        BriefRenderer renderer = new BriefRenderer();
        time("rich (" + PdfText.pageCount(renderer.render(TestBriefs.rich())) + " pages)", renderer, TestBriefs.rich());
        time("sparse (" + PdfText.pageCount(renderer.render(TestBriefs.sparse())) + " pages)", renderer, TestBriefs.sparse());
    }

    private static void time(String name, BriefRenderer renderer, Brief brief) {
        for (int i = 0; i < 5; i++) {
            renderer.render(brief);
        }
        int runs = 10;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            renderer.render(brief);
        }
        System.out.printf("%s: %.0f ms per brief (average of %d warm renders)%n", name,
                (System.nanoTime() - start) / 1e6 / runs, runs);
    }
}
