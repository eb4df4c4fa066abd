package org.dossier.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dossier.io.AtomicFiles;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Rule books compiled by earlier runs, kept in a folder (the output's {@code cache/rules}) so that
 * rules nobody changed are not compiled again. A book is found by a hash of its files' names and
 * contents, of the Drools and Java versions and of this build's classes, which the rules call:
 * an edited rule file, a new build or another Drools version simply finds nothing and compiles.
 * Books compiled afresh are written only by {@link #save}, once every rule set of a run has
 * compiled: broken rules leave nothing behind. Each book is a file of its own, written whole or
 * not at all; one that cannot be read is deleted and its rules compiled again. The most recently
 * used books are kept.
 */
public final class CompiledRules {

    /** No folder: every book is compiled. */
    public static final CompiledRules NONE = new CompiledRules(null);

    /** Bumped when what is stored changes shape. */
    private static final String FORMAT = "dossier-compiled-rules/1";
    private static final int BOOKS_KEPT = 8;
    private static final String SUFFIX = ".kbase";

    private final Path dir;
    private final Map<String, byte[]> unsaved = new ConcurrentHashMap<>();

    private CompiledRules(Path dir) {
        this.dir = dir;
    }

    public static CompiledRules in(Path dir) {
        return new CompiledRules(dir);
    }

    /** The key of a book of these rule files ({@code sources}: each file's path below {@code rulesDir}, and its text). */
    static String key(Map<String, String> sources) {
        MessageDigest sha = sha256();
        update(sha, FORMAT);
        update(sha, String.valueOf(KieBase.class.getPackage().getImplementationVersion()));
        update(sha, String.valueOf(DroolsObjectOutputStream.class.getPackage().getImplementationVersion()));
        update(sha, Runtime.version().toString());
        update(sha, Build.FINGERPRINT);
        sources.forEach((path, text) -> {
            update(sha, path);
            update(sha, text);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The packages of the book stored under {@code key}, or empty when there is none or it cannot be read. */
    Optional<List<KiePackage>> read(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<KiePackage> packages = packages(Files.readAllBytes(file), key);
            touch(file);
            return Optional.of(packages);
        } catch (Exception | LinkageError e) {
            // unreadable, cut short, or from classes that have changed: compiled again and replaced
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Marks a book as just used, so that pruning keeps it. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache: nothing is pruned from it either
        }
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> packages(byte[] bytes, String key) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                CompiledRules.class.getClassLoader())) {
            if (!(FORMAT + " " + key).equals(in.readUTF())) {
                throw new IOException("another book under the same name");
            }
            return (List<KiePackage>) in.readObject();
        }
    }

    /**
     * The packages of a freshly compiled book, as bytes to {@link #write}; taken before any session
     * runs them. Empty when there is no folder or Drools cannot write them.
     */
    Optional<byte[]> bytes(String key, Collection<KiePackage> packages) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeUTF(FORMAT + " " + key);
                out.writeObject(new ArrayList<>(packages));
            }
            return Optional.of(bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Holds a freshly compiled book's bytes for {@link #save}. */
    void add(String key, byte[] bytes) {
        unsaved.put(key, bytes);
    }

    /**
     * Writes the books compiled since the last save, then forgets all but the most recently used
     * books. Called once all the rules a run needs have compiled; a failure only costs a compile
     * next time.
     */
    public void save() {
        if (dir == null || unsaved.isEmpty()) {
            return;
        }
        try {
            for (String key : List.copyOf(unsaved.keySet())) {
                AtomicFiles.write(file(key), unsaved.remove(key));
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // the next run compiles these rules again
        }
    }

    private void prune() throws IOException {
        List<Path> books;
        try (Stream<Path> files = Files.list(dir)) {
            books = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (books.size() <= BOOKS_KEPT) {
            return;
        }
        books.stream().sorted(Comparator.comparing(CompiledRules::lastModified).reversed())
                .skip(BOOKS_KEPT).forEach(CompiledRules::deleteQuietly);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next prune
        }
    }

    Path file(String key) {
        return dir.resolve(key + SUFFIX);
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This build's classes, which the rules import and call: the jar's size and time, or for a
     * folder of classes (a build in progress, the tests) the names, sizes and times of its files.
     */
    private static final class Build {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            try {
                Path code = Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(code)) {
                    return code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
                }
                MessageDigest sha = sha256();
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        update(sha, code.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown build " + System.nanoTime(); // matches no stored book
            }
        }
    }
}
