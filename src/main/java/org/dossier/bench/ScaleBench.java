package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.nlp.AnnotationCache;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.RunReport;

/**
 * Step 6: a synthetic corpus of N articles (see {@link SyntheticCorpus}), all annotations
 * cached, then two {@code generate} processes: a full one into an empty output (every brief
 * rendered), and one after only a rules file changed. Each reports its time, its stages and its
 * peak memory.
 */
public final class ScaleBench {

    /** The two runs at one size. */
    public record Result(int size, SyntheticCorpus.Written corpus, ChildGenerate.Run full,
                         ChildGenerate.Run afterRulesEdit, ChildGenerate.Run preview) {
    }

    private ScaleBench() {
    }

    public static Result run(int size, SyntheticCorpus corpus, Path workDir, Path rules, ChildGenerate child,
                             List<String> jvmOptions) throws IOException, InterruptedException {
        RulesEdit.deleteTree(workDir);
        Path articles = workDir.resolve("articles");
        Path out = workDir.resolve("out");
        SyntheticCorpus.Written written = corpus.write(size, articles, new AnnotationCache(FactsPipeline.cacheDir(out)));
        ChildGenerate.Run full = child.generate(rules, out, List.of(articles), jvmOptions);
        Path edited = workDir.resolve("rules-edited");
        RulesEdit.copyWithComment(rules, edited, "edited by dossier bench: regeneration after a rules edit");
        ChildGenerate.Run again = child.generate(edited, out, List.of(articles), jvmOptions);
        Path candidate = workDir.resolve("rules-candidate");
        RulesEdit.copyWithTrigger(edited, candidate);
        ChildGenerate.Run preview = child.preview(edited, candidate, out, List.of(articles), jvmOptions);
        RulesEdit.deleteTree(candidate);
        return new Result(size, written, full, again, preview);
    }

    /** "12.3 s; 3 of 57 briefs change" from a preview's output, or why it failed. */
    static String describePreview(ChildGenerate.Run run) {
        String count = run.output().lines().filter(l -> l.contains(" briefs change") || l.contains(" brief changes"))
                .reduce((a, b) -> b).orElse(null);
        if (run.exitStatus() != 0 || count == null) {
            return "failed (exit " + run.exitStatus() + "): " + lastLine(run.output());
        }
        return Samples.format(run.wallSeconds()) + " s; " + count.replaceFirst(" \\(.*", "");
    }

    /** "12.3 s, peak RSS 1,234 MiB (heap 800 MiB), 40 briefs rendered" or why it failed. */
    static String describe(ChildGenerate.Run run) {
        RunReport r = run.report();
        if (run.exitStatus() != 0 && r == null) {
            return "failed (exit " + run.exitStatus() + "): " + lastLine(run.output());
        }
        if (r == null) {
            return Samples.format(run.wallSeconds()) + " s (no timings reported)";
        }
        return String.format(Locale.ROOT, "%s s; peak RSS %s MiB (heap %s MiB); %d briefs, %d rendered",
                Samples.format(run.wallSeconds()), r.peakRssKiB() < 0 ? "n/a" : Samples.format(r.peakRssKiB() / 1024.0),
                Samples.format(r.heapPeakMiB()), r.briefs(), r.rendered());
    }

    /** The stages that took the most time, largest first: "render 40 s (60%), extract 20 s (30%)". */
    static String dominant(RunReport r, int top) {
        if (r == null) {
            return "n/a";
        }
        double total = r.stages().values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> parts = new ArrayList<>();
        r.stages().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(top)
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %s s (%.0f%%)", e.getKey(),
                        Samples.format(e.getValue()), 100 * e.getValue() / total)));
        return String.join(", ", parts);
    }

    static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
