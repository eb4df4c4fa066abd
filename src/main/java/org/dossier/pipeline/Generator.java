package org.dossier.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefDeriver;
import org.dossier.brief.BriefWriter;
import org.dossier.concurrent.InOrder;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.history.BriefHistory;
import org.dossier.history.Version;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.render.BriefPdfWriter;
import org.dossier.render.BriefRenderer;
import org.dossier.rules.CompiledRules;
import org.dossier.rules.RulesException;

/**
 * The main job: articles to facts, a brief per detained person, and its PDF. All rules are
 * compiled before anything is written, so broken rules leave the previous outputs as they
 * were. Only briefs whose inputs (their articles, the rules, the template) changed since the
 * manifest are rendered again; every file is written whole, and only when its bytes change.
 */
public final class Generator {

    private static final String TEMPLATE = Hashes.ofResources(BriefRenderer.class,
            "brief.xhtml.mustache", "brief-sections.mustache", "cite.mustache", "labels.properties");

    private final Path rulesDir;
    private final Path outputDir;
    private final FactsPipeline facts;
    private final BriefDeriver deriver;
    private final String rulesHash;
    private final BriefPdfWriter pdfs;
    private volatile BriefChangeListener changes = BriefChangeListener.NONE;
    private final BriefHistory history;
    private final AsOfDate asOf;

    private Generator(Path rulesDir, Path outputDir, FactsPipeline facts, BriefDeriver deriver, String rulesHash,
                      AsOfDate asOf) {
        this.rulesDir = rulesDir;
        this.outputDir = outputDir;
        this.facts = facts;
        this.deriver = deriver;
        this.rulesHash = rulesHash;
        this.pdfs = new BriefPdfWriter(outputDir, new BriefRenderer());
        this.history = new BriefHistory(outputDir);
        this.asOf = asOf;
    }

    /** Compiles every rules file; throws with each problem's file and line when one does not compile. */
    public static Generator load(Path rulesDir, Path outputDir) throws IOException, RulesException {
        RulesCompilation.Compiled rules = RulesCompilation.start(rulesDir, compiledRules(outputDir)).await();
        FactsPipeline facts = new FactsPipeline(rules.extraction(), FactsPipeline.cacheDir(outputDir), CoreNlpPipeline::shared)
                .keepingPersonNounsIn(personNouns(outputDir));
        return new Generator(rulesDir, outputDir, facts, rules.deriver(), Hashes.ofFolder(rulesDir), AsOfDate.NOW);
    }

    /**
     * Compiles the rules and generates, as {@link #load} then {@link #generate(List, boolean, StageTimes)},
     * but reads the articles and their cached annotations while the rules compile, and extracts
     * while the derive rules compile. An article that needs CoreNLP waits for the rules, so
     * broken rules are reported before anything is written; {@code times} gets as "rules
     * compile" only the time spent waiting for them.
     */
    public static Result compileAndGenerate(Path rulesDir, Path outputDir, List<Path> inputs, boolean force,
                                            StageTimes times) throws IOException, RulesException {
        return compileAndGenerate(rulesDir, outputDir, FactsPipeline.cacheDir(outputDir), inputs, force, times,
                AsOfDate.NOW);
    }

    /**
     * As {@link #compileAndGenerate(Path, Path, List, boolean, StageTimes)}, with the annotations
     * cached in {@code cacheDir}, and the briefs as they would have been on {@code asOf}.
     */
    public static Result compileAndGenerate(Path rulesDir, Path outputDir, Path cacheDir, List<Path> inputs,
                                            boolean force, StageTimes times, AsOfDate asOf)
            throws IOException, RulesException {
        RulesCompilation compiling = RulesCompilation.start(rulesDir, compiledRules(outputDir));
        ArticleReading reading = new ArticleReading(cacheDir, () -> {
            compiling.awaitUnchecked();
            return CoreNlpPipeline.shared();
        });
        ArticleReading.Read read;
        try {
            read = reading.read(inputs, times, asOf);
        } catch (RulesCompilation.Failed f) {
            if (f.problem() instanceof RulesException r) {
                throw r;
            }
            throw (IOException) f.problem();
        }
        long start = System.nanoTime();
        FactsPipeline facts = new FactsPipeline(compiling.extraction(), reading).keepingPersonNounsIn(personNouns(outputDir));
        times.add("rules compile", System.nanoTime() - start);
        FactsRun run = facts.run(read, times);
        start = System.nanoTime();
        BriefDeriver deriver = compiling.deriver();
        times.add("rules compile", System.nanoTime() - start);
        Result result = new Generator(rulesDir, outputDir, facts, deriver, Hashes.ofFolder(rulesDir), asOf)
                .generate(run, force, times);
        return result.leftOut(read.leftOut());
    }

    /** Where the rule books compiled for this output are kept between runs. */
    public static CompiledRules compiledRules(Path outputDir) {
        return CompiledRules.in(outputDir.resolve("cache").resolve("rules"));
    }

    /** Where WordNet's answers about nouns naming people are kept for this output. */
    static Path personNouns(Path outputDir) {
        return outputDir.resolve("cache").resolve("person-nouns.tsv");
    }

    /** Tells {@code listener} of every brief the following generations change, before writing it. */
    public void onBriefChange(BriefChangeListener listener) {
        this.changes = listener == null ? BriefChangeListener.NONE : listener;
    }

    /**
     * What one generation did; {@code leftOut} are the articles an as-of run did not read (published
     * after its date, or undated).
     */
    public record Result(FactsRun facts, List<Brief> briefs, List<String> briefsChanged, List<String> rendered,
                         List<String> unchanged, List<String> leftOut) {

        public Result(FactsRun facts, List<Brief> briefs, List<String> briefsChanged, List<String> rendered,
                      List<String> unchanged) {
            this(facts, briefs, briefsChanged, rendered, unchanged, List.of());
        }

        Result leftOut(List<String> articles) {
            return new Result(facts, briefs, briefsChanged, rendered, unchanged, List.copyOf(articles));
        }
    }

    public Result generate(List<Path> inputs, boolean force) throws IOException {
        return generate(inputs, force, new StageTimes());
    }

    /** As {@link #generate(List, boolean)}, adding the time of each stage to {@code times}. */
    public Result generate(List<Path> inputs, boolean force, StageTimes times) throws IOException {
        return generate(facts.run(inputs, times), force, times);
    }

    private Result generate(FactsRun all, boolean force, StageTimes times) throws IOException {
        FactsRun run = asOf.date() == null ? all : new FactsRun(asOf.facts(all.document()), all.articles(),
                all.errors(), all.annotated(), all.cached(), all.tokens(), all.annotateSeconds());
        List<Brief> derived = times.time("derive", () -> deriver.derive(run.document()));
        long start = System.nanoTime();
        Files.createDirectories(outputDir);
        AtomicFiles.writeIfChanged(outputDir.resolve("facts.json"), Json.bytes(run.document()));
        Manifest previous = Manifest.read(outputDir);
        Map<String, String> articleHashes = articleHashes(run.articles());
        Map<String, Manifest.Entry> entries = new TreeMap<>();
        List<Brief> briefs = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Brief> toRender = new ArrayList<>();
        Map<String, String> articlesOf = articleIdsByPerson(run.document(), articleHashes);
        List<Kept> kept = keepAll(derived);
        for (Kept k : kept) {
            Brief brief = k.brief();
            String id = brief.person().id();
            briefs.add(brief);
            if (k.changed()) {
                changed.add(id);
            }
            String articles = articlesOf.getOrDefault(id, Hashes.of(""));
            String inputsHash = Hashes.of(articles, rulesHash, TEMPLATE);
            entries.put(id, new Manifest.Entry(articles, inputsHash, k.briefHash()));
            if (force || !previous.unchanged(id, k.briefHash(), TEMPLATE) || !Files.exists(pdfs.pathFor(brief))) {
                toRender.add(brief);
                rendered.add(id);
            } else {
                unchanged.add(id);
            }
        }
        times.add("briefs and hashes", System.nanoTime() - start);
        long renderStart = System.nanoTime();
        render(toRender);
        times.add("render", System.nanoTime() - renderStart);
        keepPdfs(kept);
        new Manifest(rulesHash, TEMPLATE, entries).write(outputDir);
        return new Result(run, briefs, changed, rendered, unchanged);
    }

    /**
     * A brief as kept: the previous one or the fresh one with its changes, the hash of what was
     * derived, and its version in the history.
     */
    private record Kept(Brief brief, boolean changed, String briefHash, Version version) {
    }

    /**
     * A copy of each brief's PDF beside its version in the history, once rendered. Also for
     * versions kept by a run that was stopped before it rendered them: every PDF matches its
     * brief here, as those not rendered now were rendered from the same brief before.
     */
    private void keepPdfs(List<Kept> kept) throws IOException {
        for (Kept k : kept) {
            Path pdf = pdfs.pathFor(k.brief());
            if (k.version().pdf() == null && Files.isRegularFile(pdf)) {
                history.attachPdf(k.brief().person().id(), k.version(), pdf);
            }
        }
    }

    /** {@link #keep} for every brief, on all cores (each reads and writes only its own file), in order. */
    private List<Kept> keepAll(List<Brief> derived) throws IOException {
        try {
            return InOrder.map(derived, InOrder.processors(), "briefs", fresh -> {
                try {
                    return keep(fresh);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Keeps the previous brief (the last version in the history) when nothing but its change list
     * would differ; otherwise adds the new one, with what changed since the previous, to the
     * history, and then writes it as the current brief. A run stopped in between leaves the
     * current brief behind its history, which the next run puts right.
     */
    private Kept keep(Brief fresh) throws IOException {
        byte[] derived = Json.bytes(Briefs.withChanges(fresh, null));
        String hash = Hashes.of(new String(derived, java.nio.charset.StandardCharsets.UTF_8));
        String id = fresh.person().id();
        Path file = BriefWriter.fileFor(outputDir, id);
        Optional<BriefHistory.Stored> last = history.latest(id);
        if (last.isEmpty()) {
            last = keepBriefFromBeforeHistory(id, file);
        }
        if (last.isPresent()) {
            Brief previous = last.get().brief();
            // compared as written, so that what a JSON round trip does not keep makes no difference
            if (java.util.Arrays.equals(Json.bytes(Briefs.withChanges(previous, null)), derived)) {
                AtomicFiles.writeIfChanged(file, last.get().json());
                return new Kept(previous, false, hash, last.get().version());
            }
        }
        Brief previousBrief = last.isEmpty() ? null : last.get().brief();
        Brief brief = Briefs.withChanges(fresh, BriefChanges.between(previousBrief, fresh));
        changes.changed(previousBrief, fresh);
        Version version = history.append(id, brief, Instant.now());
        AtomicFiles.write(file, Json.bytes(brief));
        return new Kept(brief, true, hash, version);
    }

    /**
     * A brief written before this output folder had a history becomes its first version (dated
     * when its file was written), so that it is kept and the next brief is compared with it.
     */
    private Optional<BriefHistory.Stored> keepBriefFromBeforeHistory(String id, Path file) throws IOException {
        Brief before = readBrief(file);
        if (before == null) {
            return Optional.empty();
        }
        history.append(id, before, Files.getLastModifiedTime(file).toInstant());
        return history.latest(id);
    }

    private static Brief readBrief(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.read(file, Brief.class);
        } catch (IOException e) {
            return null; // an unreadable previous brief is simply replaced
        }
    }

    private static Map<String, String> articleHashes(List<AnnotatedArticle> articles) {
        Map<String, String> hashes = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            hashes.put(a.article().id(), Hashes.of(a.article().id(), a.article().body(),
                    String.valueOf(a.article().date()), String.valueOf(a.article().outlet())));
        }
        return hashes;
    }

    /** For each person, the hash of the articles its facts cite (their ids and texts), in one pass over the facts. */
    private static Map<String, String> articleIdsByPerson(FactsDocument doc, Map<String, String> hashes) {
        Map<String, java.util.SortedSet<String>> ids = new HashMap<>();
        for (Fact f : doc.facts()) {
            if (f.person() != null) {
                java.util.SortedSet<String> set = ids.computeIfAbsent(f.person(), k -> new java.util.TreeSet<>());
                f.evidence().forEach(e -> set.add(e.article()));
            }
        }
        Map<String, String> out = new HashMap<>();
        ids.forEach((person, articles) -> {
            StringBuilder all = new StringBuilder();
            articles.forEach(id -> all.append(id).append('=').append(hashes.get(id)).append(';'));
            out.put(person, Hashes.of(all.toString()));
        });
        return out;
    }

    /**
     * Renders and writes PDFs on as many threads as there are processors, each with a renderer
     * of its own; the first failure is thrown once every brief has been tried.
     */
    private void render(List<Brief> briefs) throws IOException {
        int threads = Math.min(briefs.size(), Runtime.getRuntime().availableProcessors());
        java.time.Instant made = RunDate.today();
        if (threads <= 1) {
            BriefPdfWriter writer = new BriefPdfWriter(outputDir, new BriefRenderer(made));
            for (Brief b : briefs) {
                writer.write(b);
            }
            return;
        }
        ThreadLocal<BriefPdfWriter> writers = ThreadLocal.withInitial(() -> new BriefPdfWriter(outputDir,
                new BriefRenderer(made)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Brief b : briefs) {
                futures.add(pool.submit(() -> writers.get().write(b)));
            }
            Exception first = null;
            for (Future<Boolean> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    first = first != null ? first : (e.getCause() instanceof Exception x ? x : e);
                }
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof RuntimeException r) {
                throw r;
            }
            if (first != null) {
                throw new IOException("rendering failed: " + first, first);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } finally {
            pool.shutdownNow();
        }
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public Path outputDir() {
        return outputDir;
    }

    public String rulesHash() {
        return rulesHash;
    }

}
