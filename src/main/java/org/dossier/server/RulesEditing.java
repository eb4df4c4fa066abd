package org.dossier.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.dossier.brief.cases.CaseResult;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Folders;
import org.dossier.pipeline.Hashes;
import org.dossier.pipeline.preview.CachedArticles;
import org.dossier.pipeline.preview.PreviewReport;
import org.dossier.pipeline.preview.RulesPreview;
import org.dossier.rules.RuleProblem;

/**
 * Rules changes made from the browser: a preview runs the edited file, in a copy of the rules
 * folder, against the briefs being served; an apply saves a file that previewed clean, keeps the
 * change as a version, and regenerates. Applies take turns, and each names the version of the
 * file it was edited from: an apply based on a version that is no longer the file's is refused
 * as stale, never written over the change made meanwhile.
 */
final class RulesEditing {

    /** An edit as sent by the editor: the file, its new text, and the hash of the bytes it was edited from. */
    record Edit(String path, String content, String base) {
    }

    /** What an apply did: the version recorded and the regeneration that followed. */
    record Applied(RulesVersion version, PreviewReport report, Regeneration regeneration) {
    }

    /** An apply refused; the edit comes back so that the page can give the analyst their text again. */
    static final class Refused extends RuntimeException {
        private final int status;
        private final transient PreviewReport report;

        Refused(int status, String message, PreviewReport report) {
            super(message, null, false, false);
            this.status = status;
            this.report = report;
        }

        int status() {
            return status;
        }

        PreviewReport report() {
            return report;
        }
    }

    private static final long LOCK_WAIT_SECONDS = 120;

    private final BriefService service;
    private final RulesFiles files;
    private final RulesHistory history;
    private final Path output;
    private final ReentrantLock applying = new ReentrantLock();
    /**
     * Clean previews by what they previewed (the rules folder, the file and its new bytes), so
     * that applying what was just previewed does not compile and compare it all again.
     */
    private final Map<String, PreviewReport> cleanPreviews = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreviewReport> eldest) {
            return size() > 16;
        }
    });

    RulesEditing(BriefService service, Path output) {
        this.service = service;
        this.files = new RulesFiles(service.rulesDir());
        this.history = new RulesHistory(output);
        this.output = output;
    }

    RulesFiles files() {
        return files;
    }

    RulesHistory history() {
        return history;
    }

    /** The edited file's text as it is to be saved: the line ends of the file (browsers send CRLF). */
    byte[] bytes(Edit edit) throws IOException {
        Optional<byte[]> current = files.read(files.resolve(edit.path()));
        boolean crlf = current.map(b -> new String(b, StandardCharsets.UTF_8).contains("\r\n")).orElse(false);
        String text = edit.content().replace("\r\n", "\n");
        return (crlf ? text.replace("\n", "\r\n") : text).getBytes(StandardCharsets.UTF_8);
    }

    /** Previews the rules folder with this one file edited; nothing under the rules folder or the output is written. */
    PreviewReport preview(Edit edit) throws IOException {
        Path file = files.resolve(edit.path());
        byte[] bytes = bytes(edit);
        Snapshot snapshot = service.refresh("preview")
                .orElseThrow(() -> new ApiError(503, "no briefs yet to compare with; try again when the first regeneration ends"));
        String key = previewKey(edit.path(), bytes, snapshot);
        Path temp = Files.createTempDirectory("dossier-rules-preview");
        try {
            Path candidate = Folders.copy(files.root(), temp.resolve("rules"));
            Files.write(candidate.resolve(files.relative(file)), bytes);
            // the served briefs came from the rules on disk only when those were not refused
            Path baselineRules = service.health().rulesErrors().isEmpty() ? files.root() : null;
            RulesPreview.Baseline baseline = new RulesPreview.Baseline(snapshot.facts(), snapshot.briefs(), baselineRules);
            PreviewReport report = RulesPreview.against(baseline, candidate, CachedArticles.read(service.inputs(), output));
            PreviewReport shown = shownAgainst(report, candidate);
            if (shown.clean()) {
                cleanPreviews.put(key, shown);
            }
            return shown;
        } finally {
            deleteAll(temp);
        }
    }

    /**
     * Saves an edit that previews clean, records it as a version, tells {@code recorded} (the
     * audit log, before the regeneration the change causes), and regenerates.
     */
    Applied apply(Edit edit, String previewed, String who, String message,
                  java.util.function.Consumer<RulesVersion> recorded) throws IOException {
        if (message == null || message.isBlank()) {
            throw new Refused(400, "say in a few words what the change is for (the message is kept with the version)", null);
        }
        lock();
        try {
            Path file = files.resolve(edit.path());
            Optional<byte[]> current = files.read(file);
            if (!RulesFiles.hash(current).equals(edit.base())) {
                throw new Refused(409, stale(edit.path()), null);
            }
            byte[] bytes = bytes(edit);
            if (!RulesFiles.hash(bytes).equals(previewed)) {
                throw new Refused(409, "the text was changed after its preview: preview it again, then apply", null);
            }
            Snapshot served = service.snapshot().orElse(null);
            PreviewReport report = served == null ? null : cleanPreviews.get(previewKey(edit.path(), bytes, served));
            if (report == null) {
                report = preview(edit);
            }
            if (!report.clean()) {
                throw new Refused(422, "not applied: the preview is not clean (see below)", report);
            }
            AtomicFiles.write(file, bytes);
            RulesVersion version;
            try {
                version = history.record(edit.path(), current, bytes, who, message.strip());
            } catch (IOException | RuntimeException e) {
                undo(file, current); // no change without its version
                throw e;
            }
            recorded.accept(version);
            service.regenerate("rules " + version.id());
            return new Applied(version, report, service.health().lastRegeneration());
        } finally {
            applying.unlock();
        }
    }

    /** What a preview depends on: every rules file, the edited one's new bytes, and the briefs compared with. */
    private String previewKey(String path, byte[] bytes, Snapshot snapshot) throws IOException {
        return Hashes.of(Hashes.ofFolder(files.root()), path, RulesFiles.hash(bytes), snapshot.at().toString(),
                service.health().rulesVersion());
    }

    private static void undo(Path file, Optional<byte[]> before) throws IOException {
        if (before.isPresent()) {
            AtomicFiles.write(file, before.get());
        } else {
            Files.deleteIfExists(file);
        }
    }

    private void lock() {
        try {
            if (!applying.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Refused(503, "another rules change is being applied; try again in a minute", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "interrupted while waiting for another rules change", null);
        }
    }

    private String stale(String path) throws IOException {
        Optional<RulesVersion> last = history.list().stream().filter(v -> v.path().equals(path)).findFirst();
        return path + " changed after you opened it" + last.map(v -> " (version " + v.id() + ", by " + v.who() + " at "
                + v.at() + ": " + v.message() + ")").orElse("") + ". Nothing was saved. Your text is below: "
                + "open the file again and make your change on its current version.";
    }

    /** Problems and failures named by their path inside the rules folder, not inside the preview's copy. */
    private static PreviewReport shownAgainst(PreviewReport r, Path candidate) {
        String prefix = candidate.toString() + java.io.File.separator;
        List<RuleProblem> problems = r.problems().stream().map(p -> new RuleProblem(
                p.file().startsWith(prefix) ? p.file().substring(prefix.length()).replace('\\', '/') : p.file(),
                p.line(), p.column(), p.message().replace(prefix, ""))).toList();
        List<CaseResult> examples = r.examples().stream().map(c -> new CaseResult(candidate.relativize(c.file()),
                c.name(), c.failures().stream().map(f -> f.replace(prefix, "")).toList())).toList();
        String runError = r.runError() == null ? null : r.runError().replace(prefix, "");
        return new PreviewReport(problems, runError, examples, r.differences(), r.briefs(), r.articles(),
                r.notAnnotated(), r.seconds());
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary copy left behind is harmless
        }
    }
}
