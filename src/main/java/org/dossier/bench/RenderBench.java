package org.dossier.bench;

import java.util.List;
import org.dossier.brief.Brief;
import org.dossier.render.BriefRenderer;

/** Step 3: the median time to render one brief to PDF, with one renderer reused, after warm-up. */
public final class RenderBench {

    /** Per-brief render times in seconds. */
    public record Result(int briefs, double medianSeconds, double p95Seconds, long bytes) {
    }

    private RenderBench() {
    }

    public static Result run(List<Brief> briefs, int warmups, int runs) {
        BriefRenderer renderer = new BriefRenderer();
        Samples samples = new Samples();
        long bytes = 0;
        for (int i = 0; i < warmups; i++) {
            briefs.forEach(renderer::render);
        }
        for (int i = 0; i < runs; i++) {
            for (Brief b : briefs) {
                long start = System.nanoTime();
                bytes = Math.max(bytes, renderer.render(b).length);
                samples.add((System.nanoTime() - start) / 1e9);
            }
        }
        return new Result(briefs.size(), samples.median(), samples.percentile(95), bytes);
    }
}
