package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.brief.BriefDeriver;
import org.dossier.extract.ExtractionRules;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.io.AtomicFiles;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.ArticleAnnotator;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench}: measures where the time goes and prints a markdown table, also written
 * to {@code OUTPUT/bench.md}. It is a measurement, not a test: nothing fails when a target is
 * missed, the row says so.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure where the time goes: annotation, extraction, derivation, rendering,",
                "whole generate runs and scale. Prints a markdown table, also written to OUTPUT/bench.md."})
public class BenchCommand implements Callable<Integer> {

    @Mixin
    org.dossier.cli.CommonOptions common;

    @Option(names = "--scale", split = ",", paramLabel = "N",
            description = "Synthetic corpus sizes for the scale step (default: 1000,10000).")
    List<Integer> scale = new ArrayList<>(List.of(1000, 10000));

    @Option(names = "--skip-scale", description = "Skip the scale step.")
    boolean skipScale;

    @Option(names = "--skip-annotation", description = "Skip timing CoreNLP (use cached annotations where there are).")
    boolean skipAnnotation;

    @Option(names = "--skip-process", description = "Skip the whole-process generate runs on the inputs.")
    boolean skipProcess;

    @Option(names = "--skip-server", description = "Skip the HTTP server latency step.")
    boolean skipServer;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs for each in-process median (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "3",
            description = "Untimed runs before them (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Override
    public Integer call() throws Exception {
        BenchTable table = new BenchTable();
        List<String> context = new ArrayList<>();
        context.add("Run " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT))
                .replaceFirst("\\..*", "") + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB, load average at start " + String.format(Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        context.add("Inputs: " + common.inputs() + "; rules: " + common.rules() + ".");
        Path cacheDir = FactsPipeline.cacheDir(common.output());
        AnnotationCache cache = new AnnotationCache(cacheDir);
        ArticleSet set = ArticleSet.read(common.inputs());
        set.errors().forEach(e -> System.err.println("error: " + e.message()));
        List<Article> articles = set.articles();
        if (articles.isEmpty()) {
            System.err.println("bench: no articles in " + common.inputs());
            return 1;
        }

        List<AnnotatedArticle> annotated;
        java.util.Map<String, Double> perArticle = new java.util.LinkedHashMap<>();
        if (skipAnnotation) {
            table.add("1 annotate", "pipeline load; warm throughput", "skipped (--skip-annotation)");
            ArticleAnnotator annotator = new ArticleAnnotator(cache, CoreNlpPipeline::shared);
            annotated = annotator.annotateAll(articles);
        } else {
            progress("1/6 annotating " + articles.size() + " articles " + (1 + AnnotationBench.WARMUP_PASSES + AnnotationBench.WARM_PASSES) + " times");
            AnnotationBench.Result r = AnnotationBench.run(articles, cache);
            annotated = r.articles();
            perArticle.put("annotate (CoreNLP, warm)", r.warmSeconds() / articles.size());
            table.atMost("1 annotate", "CoreNLP pipeline load", r.loadSeconds(), "s", 10);
            table.atLeast("1 annotate", "warm annotation throughput (" + r.tokens() + " tokens, median of passes "
                    + (2 + AnnotationBench.WARMUP_PASSES) + "-"
                    + (1 + AnnotationBench.WARMUP_PASSES + AnnotationBench.WARM_PASSES) + ")",
                    r.tokensPerSecond(), "tokens/s", 2000);
            table.add("1 annotate", "first pass (cold JIT), for comparison",
                    Samples.format(r.tokens() / r.coldSeconds()) + " tokens/s");
        }
        long tokens = annotated.stream().mapToLong(a -> AnnotationBench.tokens(a.sentences())).sum();
        context.add(articles.size() + " articles, " + tokens + " tokens.");

        progress("2/6 extract, merge, derive");
        ExtractionRules rules = ExtractionRules.load(common.rules());
        BriefDeriver deriver = BriefDeriver.load(common.rules().resolve("derive"));
        ExtractBench.Result x = ExtractBench.run(annotated, rules, deriver, warmups, runs);
        perArticle.put("extract", x.extractSeconds() / x.articles());
        perArticle.put("merge", x.mergeSeconds() / x.articles());
        perArticle.put("derive", x.deriveSeconds() / x.articles());
        String of = " (median of " + runs + ", " + x.articles() + " articles, " + x.facts() + " facts, "
                + x.briefCount() + " briefs)";
        table.atMost("2 extract", "extract per article, warm" + of, x.extractSeconds() / x.articles() * 1000, "ms", 10);
        table.add("2 extract", "first extraction per article (cold JIT), for comparison",
                ms(x.coldExtractSeconds() / x.articles()));
        table.add("2 extract", "merge per article", ms(x.mergeSeconds() / x.articles()));
        table.add("2 extract", "derive per brief", ms(x.deriveSeconds() / Math.max(1, x.briefCount())));
        table.add("2 extract", "extract + merge + derive, all articles",
                ms(x.extractSeconds() + x.mergeSeconds() + x.deriveSeconds()));

        progress("3/6 render");
        if (x.briefs().isEmpty()) {
            table.add("3 render", "render per brief", "n/a (no briefs)");
        } else {
            RenderBench.Result rr = RenderBench.run(x.briefs(), Math.min(warmups, 2), runs);
            perArticle.put("render", rr.medianSeconds() * x.briefCount() / x.articles());
            table.add("3 render", "render per brief (median; p95)", ms(rr.medianSeconds()) + "; " + ms(rr.p95Seconds()),
                    "re-rendered GET <= 300 ms", rr.medianSeconds() <= 0.3 ? "ok" : "MISSED");
        }

        ChildGenerate child = new ChildGenerate(ChildGenerate.currentJar(), ChildGenerate.currentJvmOptions());
        context.add("Child processes: " + ChildGenerate.currentJar() + " with " + ChildGenerate.currentJvmOptions() + ".");
        if (skipProcess) {
            table.add("4 generate", "whole process on the inputs", "skipped (--skip-process)");
        } else {
            progress("4/6 generate as a process: cold, warm, after a rules edit");
            processRuns(table, child);
        }

        if (skipServer) {
            table.add("5 server", "GET /briefs/{id}.pdf", "skipped (--skip-server)");
        } else {
            progress("5/6 server: GET /briefs/{id}.pdf, cached and re-rendered");
            ServerBench.measure(table, common.inputs(), common.rules(), common.output(), runs * 4);
        }

        if (skipScale || scale.isEmpty()) {
            table.add("6 scale", "synthetic corpora", "skipped (--skip-scale)");
        } else {
            scaleRuns(table, child, annotated);
        }

        perArticle.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).ifPresent(slowest -> {
            List<String> parts = new ArrayList<>();
            perArticle.forEach((k, v) -> parts.add(k + " " + ms(v)));
            table.note("Slowest step per input article (in-process, warm): " + slowest.getKey() + " ("
                    + String.join(", ", parts) + ").");
        });
        String md = table.markdown("Dossier benchmark", context);
        System.out.println(md);
        Path file = common.output().resolve("bench.md");
        AtomicFiles.write(file, md.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.err.println("bench: written to " + file);
        return 0;
    }

    private void processRuns(BenchTable table, ChildGenerate child) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("dossier-bench-generate");
        try {
            Path out = tmp.resolve("output");
            List<Path> inputs = absolute(common.inputs());
            Path rules = common.rules().toAbsolutePath();
            ChildGenerate.Run cold = child.generate(rules, out, inputs, List.of());
            table.add("4 generate", "cold cache (empty output): " + ScaleBench.describe(cold),
                    Samples.format(cold.wallSeconds()) + " s");
            ChildGenerate.Run warm = child.generate(rules, out, inputs, List.of());
            RunReport w = warm.report();
            table.atMost("4 generate", "warm cache: " + ScaleBench.describe(warm)
                    + (w != null && w.pipelineLoaded() ? "; NLP pipeline LOADED" : "; NLP pipeline not loaded"),
                    warm.wallSeconds(), "s", 5);
            Path edited = tmp.resolve("rules-edited");
            RulesEdit.copyWithComment(rules, edited, "edited by dossier bench");
            ChildGenerate.Run again = child.generate(edited, out, inputs, List.of());
            table.add("4 generate", "after a rules edit (comment in one .drl): " + ScaleBench.describe(again),
                    Samples.format(again.wallSeconds()) + " s");
            Path candidate = tmp.resolve("rules-candidate");
            RulesEdit.copyWithTrigger(rules, candidate);
            ChildGenerate.Run preview = child.preview(rules, candidate, out, inputs, List.of());
            table.atMost("4 generate", "rules preview of a trigger added to triggers.csv: "
                    + ScaleBench.describePreview(preview), preview.wallSeconds(), "s", 15);
            table.note("Warm generate on the inputs, by stage: " + stages(w) + ".");
        } finally {
            RulesEdit.deleteTree(tmp);
        }
    }

    private void scaleRuns(BenchTable table, ChildGenerate child, List<AnnotatedArticle> annotated)
            throws IOException, InterruptedException {
        SyntheticCorpus corpus = new SyntheticCorpus(annotated,
                SyntheticCorpus.lexiconWords(common.rules().resolve("lexicon")));
        List<String> xmx = List.of("-Xmx4g");
        ScaleBench.Result first = null;
        ScaleBench.Result last = null;
        for (int n : scale) {
            progress("6/6 scale: " + n + " synthetic articles");
            Path work = common.output().toAbsolutePath().resolve("bench").resolve("scale-" + n);
            ScaleBench.Result r = ScaleBench.run(n, corpus, work, common.rules().toAbsolutePath(), child, xmx);
            String size = n + " articles (" + r.corpus().worlds() + " renamed copies of " + corpus.templateCount()
                    + " articles" + (r.corpus().dropped() > 0 ? ", " + r.corpus().dropped() + " dropped" : "") + ")";
            table.add("6 scale", size + ": full generate on cached annotations: " + ScaleBench.describe(r.full()),
                    Samples.format(r.full().wallSeconds()) + " s");
            double target = n <= 1000 ? 10 : 90 * n / 10000.0;
            table.atMost("6 scale", size + ": regeneration after a rules edit: " + ScaleBench.describe(r.afterRulesEdit()),
                    r.afterRulesEdit().wallSeconds(), "s", target);
            table.atMost("6 scale", size + ": rules preview of a trigger added to triggers.csv (compile, examples, "
                    + "extract and derive twice, compare): " + ScaleBench.describePreview(r.preview()),
                    r.preview().wallSeconds(), "s", 60 * n / 1000.0);
            RunReport rep = r.afterRulesEdit().report();
            if (rep != null && rep.peakRssKiB() > 0) {
                table.atMost("6 scale", size + ": peak RSS of the regeneration", rep.peakRssKiB() / 1024.0, "MiB", 4096);
            }
            table.note(n + " articles, full generate, by stage: " + stages(r.full().report()) + ".");
            table.note(n + " articles, regeneration after a rules edit, by stage: " + stages(rep)
                    + "; dominated by " + ScaleBench.dominant(rep, 2) + ".");
            if (first == null) {
                first = r;
            } else {
                // Render time depends on how many briefs changed, not on the work per article: leave it out.
                double perArticleFirst = withoutRender(first.afterRulesEdit()) / first.size();
                double perArticle = withoutRender(r.afterRulesEdit()) / n;
                table.add("6 scale", "growth " + first.size() + " -> " + n
                                + " articles: regeneration time per article, rendering left out",
                        String.format(Locale.ROOT, "x%.2f", perArticle / perArticleFirst), "<= x1 (linear)",
                        perArticle <= perArticleFirst * 1.15 ? "ok" : "MISSED");
                double extractFirst = stage(first.afterRulesEdit(), "extract") / first.size();
                double extract = stage(r.afterRulesEdit(), "extract") / n;
                table.add("6 scale", "growth " + first.size() + " -> " + n + " articles: extract time per article",
                        String.format(Locale.ROOT, "x%.2f", extract / extractFirst), "<= x1 (linear)",
                        extract <= extractFirst * 1.15 ? "ok" : "MISSED");
            }
            RulesEdit.deleteTree(work.resolve("rules-edited"));
            last = r;
        }
        if (last != null && last.size() < 10000 && first != last) {
            // Two sizes measured: extrapolate the regeneration to 10,000 articles along the
            // growth seen between them (a power law through the two points), rendering left out.
            double a = withoutRender(first.afterRulesEdit());
            double b = withoutRender(last.afterRulesEdit());
            double exponent = Math.log(b / a) / Math.log((double) last.size() / first.size());
            table.note(String.format(Locale.ROOT, "Regeneration time without rendering grows as articles^%.2f between"
                    + " %d and %d articles; extrapolated to 10,000 articles: %s s (linear would be %s s).", exponent,
                    first.size(), last.size(), Samples.format(b * Math.pow(10000.0 / last.size(), exponent)),
                    Samples.format(b * 10000.0 / last.size())));
        }
    }

    /** Wall seconds of a run less its render stage. */
    private static double withoutRender(ChildGenerate.Run run) {
        return run.wallSeconds() - stage(run, "render");
    }

    private static double stage(ChildGenerate.Run run, String name) {
        return run.report() == null ? Double.NaN : run.report().stages().getOrDefault(name, 0.0);
    }

    private static String stages(RunReport r) {
        if (r == null) {
            return "n/a";
        }
        List<String> parts = new ArrayList<>();
        r.stages().forEach((k, v) -> parts.add(k + " " + Samples.format(v) + " s"));
        parts.add("total since JVM start " + Samples.format(r.totalSeconds()) + " s");
        return String.join(", ", parts);
    }

    private static List<Path> absolute(List<Path> paths) {
        return paths.stream().map(Path::toAbsolutePath).toList();
    }

    private static String ms(double seconds) {
        return Samples.format(seconds * 1000) + " ms";
    }

    private static void progress(String message) {
        System.err.println("bench: " + message);
    }
}
