package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.dossier.brief.BriefWriter;
import org.dossier.brief.DerivationException;
import org.dossier.ingest.IngestError;
import org.dossier.pipeline.BriefChangeListener;
import org.dossier.pipeline.Generator;
import org.dossier.pipeline.Hashes;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RuleRunException;
import org.dossier.rules.RulesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link Generator} and regenerates the briefs when their inputs change.
 * Regenerations are serialised: writers that find the briefs out of date while another
 * regeneration runs wait for it and then find them current, so a brief renders once. Readers
 * never wait ({@link #current}): they are served the last complete state.
 *
 * <p>Edited rules are compiled and swapped in only when they compile and derive; otherwise
 * the last good rules keep making the briefs and the problems are reported by {@link #health()}.
 */
public final class BriefService {

    private static final Logger LOG = LoggerFactory.getLogger(BriefService.class);

    private final List<Path> inputs;
    private final Path rules;
    private final Path output;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> renders = new ConcurrentHashMap<>();
    private final AtomicInteger regenerations = new AtomicInteger();
    /** Runs the regenerations reads start; at most one is queued. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-regenerate");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean backgroundQueued = new AtomicBoolean();
    private final List<RegenerationListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told of each regeneration, after it, with what it changed in each brief (nothing when it failed). */
    public interface RegenerationListener {
        void regenerated(Regeneration regeneration, List<org.dossier.server.audit.PersonChanges> changes);
    }

    private volatile Generator generator;
    private volatile Snapshot snapshot;
    private volatile Regeneration last;
    private volatile String attemptedFingerprint;
    private volatile List<String> rulesErrors = List.of();
    private volatile boolean regenerating;
    private volatile BriefChangeListener changes = BriefChangeListener.NONE;
    /** Hash of the rules folder last refused, so that broken rules are not recompiled on every request. */
    private String rejectedRules;

    public BriefService(Generator generator, List<Path> inputs) {
        this.generator = generator;
        this.inputs = List.copyOf(inputs);
        this.rules = generator.rulesDir();
        this.output = generator.outputDir();
        this.snapshot = Snapshot.lastWritten(output).orElse(null);
    }

    /** Compiles the rules; throws with each problem's file and line when they do not compile. */
    public static BriefService load(ServerConfig config) throws IOException, RulesException {
        return new BriefService(Generator.load(config.rules(), config.output()), config.inputs());
    }

    /**
     * Tells {@code listener} of each brief a regeneration changes, before the new brief is written
     * (with whatever rules make the briefs, reloaded ones included).
     */
    public void onBriefChange(BriefChangeListener listener) {
        changes = listener;
        generator.onBriefChange(listener);
    }

    /**
     * For reads: the last complete state, at once, never waiting for a regeneration. When an
     * article, a sidecar or a rules file changed and no regeneration runs, one is started in the
     * background; the reads after it has finished see its result. Only before the first
     * regeneration, when there is nothing to serve yet, does a read wait for it.
     */
    public void addListener(RegenerationListener listener) {
        listeners.add(listener);
    }

    public Optional<Snapshot> current(String trigger) {
        Snapshot served = snapshot;
        if (served == null) {
            return refresh(trigger);
        }
        if (!lock.isLocked() && !isCurrent(fingerprint()) && backgroundQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                backgroundQueued.set(false);
                refresh(trigger);
            });
        }
        return Optional.of(served);
    }

    /**
     * Regenerates when an article, a sidecar or a rules file changed since the last regeneration
     * (a cheap look at file sizes and times), waiting for one that runs; returns what is current
     * afterwards. For writers (uploads, the watcher, the schedule), which must see their change.
     */
    public Optional<Snapshot> refresh(String trigger) {
        // While a regeneration runs, wait for it: it may be regenerating exactly what is asked for.
        if (!isCurrent(fingerprint()) || lock.isLocked()) {
            lock.lock();
            try {
                String now = fingerprint();
                if (!isCurrent(now)) {
                    regenerateLocked(trigger, now);
                }
            } finally {
                lock.unlock();
            }
        }
        return snapshot();
    }

    /** Regenerates whatever the generator's content hashes say changed, even if no file looks changed. */
    public Optional<Snapshot> regenerate(String trigger) {
        lock.lock();
        try {
            regenerateLocked(trigger, fingerprint());
        } finally {
            lock.unlock();
        }
        return snapshot();
    }

    private boolean isCurrent(String fingerprint) {
        return fingerprint.equals(attemptedFingerprint);
    }

    private String fingerprint() {
        return InputsFingerprint.of(inputs, rules);
    }

    private void regenerateLocked(String trigger, String fingerprint) {
        // Recorded before generating, so that a change made meanwhile is seen by the next look.
        attemptedFingerprint = fingerprint;
        regenerations.incrementAndGet();
        regenerating = true;
        Instant at = Instant.now();
        long start = System.nanoTime();
        Snapshot previous = snapshot;
        try {
            Generator.Result result = generateWithLatestRules();
            long millis = (System.nanoTime() - start) / 1_000_000;
            result.rendered().forEach(id -> renders.merge(id, 1, Integer::sum));
            snapshot = new Snapshot(result.briefs(), result.facts().document(), at);
            List<String> problems = result.facts().errors().stream().map(IngestError::message).toList();
            String message = count(result.briefs().size(), "brief") + ", " + result.rendered().size() + " rendered"
                    + (problems.isEmpty() ? "" : ", " + count(problems.size(), "article") + " could not be read");
            last = new Regeneration(at, trigger, true, message, result.briefs().size(), result.rendered(),
                    problems, millis);
            LOG.info("regenerated ({}): {} in {} ms", trigger, message, millis);
            problems.forEach(p -> LOG.warn("article skipped: {}", p));
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (out of memory included): shown on / and /health, never silent
            long millis = (System.nanoTime() - start) / 1_000_000;
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            last = new Regeneration(at, trigger, false, message, 0, List.of(), List.of(), millis);
            if (closing) {
                // close() interrupts a regeneration that still runs: expected, nothing to report
                LOG.info("regeneration ({}) stopped: the server is closing", trigger);
            } else {
                LOG.error("regeneration ({}) failed; the previous briefs are still served: {}", trigger, message, e);
            }
        } finally {
            regenerating = false;
        }
        if (!closing) {
            tell(last, previous, snapshot);
        }
    }

    private void tell(Regeneration regeneration, Snapshot previous, Snapshot current) {
        if (listeners.isEmpty()) {
            return;
        }
        List<org.dossier.server.audit.PersonChanges> changes;
        try {
            changes = regeneration.ok() ? SnapshotChanges.between(previous, current) : List.of();
        } catch (RuntimeException e) {
            LOG.error("the changes of regeneration ({}) could not be compared: {}", regeneration.trigger(), e.toString(), e);
            changes = List.of();
        }
        for (RegenerationListener listener : listeners) {
            try {
                listener.regenerated(regeneration, changes);
            } catch (RuntimeException e) {
                LOG.error("after regeneration ({}): {}", regeneration.trigger(), e.toString(), e);
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Generator.Result generateWithLatestRules() throws IOException {
        Generator current = generator;
        String rulesHash = Hashes.ofFolder(rules);
        if (rulesHash.equals(current.rulesHash())) {
            accept();
            return current.generate(inputs, false);
        }
        if (rulesHash.equals(rejectedRules)) {
            return current.generate(inputs, false);
        }
        Generator candidate;
        try {
            candidate = Generator.load(rules, output);
            candidate.onBriefChange(changes);
        } catch (RulesException e) {
            reject(rulesHash, e.problems().stream().map(RuleProblem::toString).toList());
            return current.generate(inputs, false);
        }
        try {
            // Derivation runs before anything is written, so a rule that fails here changes no file.
            Generator.Result result = candidate.generate(inputs, false);
            generator = candidate;
            accept();
            LOG.info("rules reloaded from {} (version {})", rules, candidate.rulesHash());
            return result;
        } catch (DerivationException | RuleRunException e) {
            reject(rulesHash, List.of(rules + ": " + e.getMessage()));
            return current.generate(inputs, false);
        }
    }

    private void accept() {
        rejectedRules = null;
        rulesErrors = List.of();
    }

    private void reject(String rulesHash, List<String> problems) {
        rejectedRules = rulesHash;
        rulesErrors = List.copyOf(problems);
        LOG.error("rules in {} rejected; still using version {}:", rules, generator.rulesHash());
        problems.forEach(p -> LOG.error("  {}", p));
    }

    /** Runs work on the thread of background regenerations, after any already queued there. */
    void inBackground(Runnable work) {
        background.execute(work);
    }

    /**
     * Stops the thread of background regenerations: one that runs is interrupted, and waited for
     * (a bounded time) so that nothing writes into the output folder once the server is closed.
     */
    void close() {
        closing = true;
        background.shutdownNow();
        try {
            if (!background.awaitTermination(CLOSE_PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                LOG.warn("a background regeneration still runs {} after the server was closed", CLOSE_PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final java.time.Duration CLOSE_PATIENCE = java.time.Duration.ofSeconds(30);

    /** Set by close(): a regeneration it interrupts is stopped, not failed. */
    private volatile boolean closing;

    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    public HealthStatus health() {
        Regeneration lastRun = last;
        List<String> errors = rulesErrors;
        boolean ok = errors.isEmpty() && (lastRun == null || lastRun.ok());
        return new HealthStatus(ok ? "ok" : "degraded", generator.rulesHash(), lastRun,
                errors.isEmpty() ? null : errors.get(0), errors, regenerating, regenerations.get());
    }

    /** How many times a brief's PDF was rendered by this service. */
    public int renderCount(String personId) {
        return renders.getOrDefault(personId, 0);
    }

    public List<Path> inputs() {
        return inputs;
    }

    public Path rulesDir() {
        return rules;
    }

    /** Only for ids checked against the known briefs. */
    Path pdfFile(String personId) {
        return output.resolve(personId + ".pdf");
    }

    Path jsonFile(String personId) {
        return BriefWriter.fileFor(output, personId);
    }

    Path factsFile() {
        return output.resolve("facts.json");
    }
}
