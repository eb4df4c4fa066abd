package org.dossier.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;

/**
 * Every version of every brief, append-only, under {@code OUTPUT/history/}:
 *
 * <pre>
 * history/&lt;person-id&gt;/0001-20260301T061500Z.json   the brief as that run wrote it
 * history/&lt;person-id&gt;/0001-20260301T061500Z.pdf    its PDF
 * history/&lt;person-id&gt;/0002-20260302T061500Z.json   the next brief that said something new
 * history/&lt;person-id&gt;/index.json                   a summary, rebuilt from the files above when behind
 * </pre>
 *
 * A version file is created whole under a name not yet taken and never written again, so a run
 * killed at any point leaves every earlier version as it was; the index is only a summary.
 * Appending holds a lock on the person's folder ({@code .lock}), within this JVM and across
 * processes, so two runs never take the same number; leftovers of a killed writer (hidden
 * {@code .tmp} files) are removed under it.
 */
public final class BriefHistory {

    public static final String FOLDER = "history";
    static final String INDEX = "index.json";
    private static final Pattern FILE = Pattern.compile("(\\d{4,9})-(\\d{8}T\\d{6}Z)\\.(json|pdf)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path dir;

    public BriefHistory(Path outputDir) {
        this.dir = outputDir.resolve(FOLDER);
    }

    /** A version and the bytes of its brief, exactly as kept. */
    public record Stored(Version version, byte[] json) {

        public Brief brief() throws IOException {
            return Json.MAPPER.readValue(json, Brief.class);
        }
    }

    /** The people with at least one version, by id. */
    public List<String> people() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(id -> !id.startsWith(".")).sorted().toList();
        }
    }

    /** The folder of a person's versions (the id made safe as a file name, as for the brief's own file). */
    public Path folder(String personId) {
        String safe = personId.replaceAll("[^A-Za-z0-9._-]", "-");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            safe = "-" + safe;
        }
        return dir.resolve(safe);
    }

    /** The versions of a person's brief, oldest first; none when it has no history. */
    public List<Version> versions(String personId) throws IOException {
        Path folder = folder(personId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Optional<List<Version>> indexed = indexed(folder);
        if (indexed.isPresent()) {
            return indexed.get();
        }
        try {
            return locked(folder, () -> rebuild(personId, folder, true));
        } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            return rebuild(personId, folder, false); // a reader that may not write: the same list, not saved
        }
    }

    public Optional<Version> version(String personId, int number) throws IOException {
        return versions(personId).stream().filter(v -> v.number() == number).findFirst();
    }

    public Optional<Stored> latest(String personId) throws IOException {
        List<Version> all = versions(personId);
        return all.isEmpty() ? Optional.empty() : Optional.of(stored(personId, all.get(all.size() - 1)));
    }

    public Stored stored(String personId, Version v) throws IOException {
        return new Stored(v, Files.readAllBytes(folder(personId).resolve(v.json())));
    }

    /** The PDF of a version, when it has one. */
    public Optional<Path> pdf(String personId, Version v) {
        if (v.pdf() == null) {
            return Optional.empty();
        }
        Path file = folder(personId).resolve(v.pdf());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Keeps {@code brief} as the person's next version, made at {@code at}. */
    public Version append(String personId, Brief brief, Instant at) throws IOException {
        Path folder = folder(personId);
        Files.createDirectories(folder);
        return locked(folder, () -> {
            List<Version> versions = new ArrayList<>(current(personId, folder));
            int number = versions.stream().mapToInt(Version::number).max().orElse(0) + 1;
            Instant when = at.truncatedTo(ChronoUnit.SECONDS);
            String stem = String.format("%04d-%s", number, STAMP.format(when));
            AtomicFiles.createNew(folder.resolve(stem + ".json"), Json.bytes(brief));
            Version v = Version.of(number, when, stem + ".json", null, brief);
            versions.add(v);
            writeIndex(personId, folder, versions);
            return v;
        });
    }

    /**
     * Keeps a copy of {@code pdf} beside a version that has none yet; false when it already has
     * one (a version's PDF is never replaced).
     */
    public boolean attachPdf(String personId, Version v, Path pdf) throws IOException {
        Path folder = folder(personId);
        return locked(folder, () -> {
            List<Version> versions = new ArrayList<>(current(personId, folder));
            String name = v.json().replaceFirst("\\.json$", ".pdf");
            if (Files.exists(folder.resolve(name))) {
                return false;
            }
            AtomicFiles.createNew(folder.resolve(name), Files.readAllBytes(pdf));
            versions.replaceAll(x -> x.number() == v.number() ? x.withPdf(name) : x);
            writeIndex(personId, folder, versions);
            return true;
        });
    }

    /** The index when it lists exactly the version files in the folder. */
    private Optional<List<Version>> indexed(Path folder) throws IOException {
        Path index = folder.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return Optional.empty();
        }
        HistoryIndex read;
        try {
            read = Json.read(index, HistoryIndex.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (read.versions() == null) {
            return Optional.empty();
        }
        Set<String> listed = new TreeSet<>();
        for (Version v : read.versions()) {
            listed.add(v.json());
            if (v.pdf() != null) {
                listed.add(v.pdf());
            }
        }
        return listed.equals(versionFiles(folder)) ? Optional.of(List.copyOf(read.versions())) : Optional.empty();
    }

    private List<Version> current(String personId, Path folder) throws IOException {
        Optional<List<Version>> indexed = indexed(folder);
        return indexed.isPresent() ? indexed.get() : rebuild(personId, folder, false);
    }

    /** The versions read from the files themselves; written as the index when {@code save}. */
    private List<Version> rebuild(String personId, Path folder, boolean save) throws IOException {
        Optional<List<Version>> indexed = indexed(folder); // another process may have rebuilt it meanwhile
        if (indexed.isPresent()) {
            return indexed.get();
        }
        Set<String> files = versionFiles(folder);
        Map<Integer, Version> byNumber = new TreeMap<>();
        for (String name : files) {
            Matcher m = FILE.matcher(name);
            if (!m.matches() || !m.group(3).equals("json")) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            Instant at = Instant.from(STAMP.parse(m.group(2)));
            String pdf = name.replaceFirst("\\.json$", ".pdf");
            Brief brief;
            try {
                brief = Json.read(folder.resolve(name), Brief.class);
            } catch (IOException | RuntimeException e) {
                throw new IOException(folder.resolve(name) + ": not a readable brief (" + e.getMessage() + ")", e);
            }
            byNumber.putIfAbsent(number, Version.of(number, at, name, files.contains(pdf) ? pdf : null, brief));
        }
        List<Version> versions = List.copyOf(byNumber.values());
        if (save) {
            writeIndex(personId, folder, versions);
        }
        return versions;
    }

    private void writeIndex(String personId, Path folder, List<Version> versions) throws IOException {
        List<Version> sorted = versions.stream().sorted(Comparator.comparingInt(Version::number)).toList();
        AtomicFiles.write(folder.resolve(INDEX), Json.bytes(new HistoryIndex(HistoryIndex.SCHEMA, personId, sorted)));
    }

    /** The names of the version files: JSON files, and PDFs beside a JSON file. */
    private static Set<String> versionFiles(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.map(p -> p.getFileName().toString()).filter(n -> FILE.matcher(n).matches()).forEach(names::add);
        } catch (NoSuchFileException e) {
            return names;
        }
        names.removeIf(n -> n.endsWith(".pdf") && !names.contains(n.replaceFirst("\\.pdf$", ".json")));
        return names;
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work} holding the folder's lock: a lock per folder within this JVM (the file
     * lock below is held by the process, not the thread) and a file lock against other processes.
     */
    private static <T> T locked(Path folder, Work<T> work) throws IOException {
        ReentrantLock jvm = IN_THIS_JVM.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> new ReentrantLock());
        jvm.lock();
        try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            removeLeftovers(folder);
            return work.run();
        } finally {
            jvm.unlock();
        }
    }

    /** Temporary files of a writer that was killed: whoever holds the lock knows no one is writing them. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
