package org.dossier.server;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;

/**
 * The versions of the rules applied from the browser, one folder each under
 * {@code OUTPUT/rules-history/}: {@code version.json} (who, when, message, diff) and the file's
 * bytes {@code before} and {@code after} the change, so that any version can be restored byte
 * for byte. {@code version.json} is written last: a folder without it is an apply that did not
 * finish, and is not listed.
 */
final class RulesHistory {

    static final String FOLDER = "rules-history";
    private static final Pattern ID = Pattern.compile("\\d{4,9}");

    private final Path dir;

    RulesHistory(Path outputDir) {
        this.dir = outputDir.resolve(FOLDER);
    }

    /** Newest first. */
    List<RulesVersion> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RulesVersion> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path v : s.filter(p -> ID.matcher(p.getFileName().toString()).matches()).toList()) {
                Path json = v.resolve("version.json");
                if (Files.isRegularFile(json)) {
                    out.add(Json.read(json, RulesVersion.class));
                }
            }
        }
        out.sort(Comparator.comparing(RulesVersion::id).reversed());
        return out;
    }

    Optional<RulesVersion> get(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches() || !Files.isRegularFile(dir.resolve(id).resolve("version.json"))) {
            return Optional.empty();
        }
        return Optional.of(Json.read(dir.resolve(id).resolve("version.json"), RulesVersion.class));
    }

    /** The file's bytes before ("before") or after ("after") a version; empty when it did not exist. */
    Optional<byte[]> bytes(RulesVersion v, String side) throws IOException {
        if (!side.equals("before") && !side.equals("after")) {
            throw ApiError.badRequest("a version is restored as it was \"before\" or \"after\" the change");
        }
        Path file = dir.resolve(v.id()).resolve(side);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /** Records a change; callers hold the apply lock, so numbers are not taken twice. */
    RulesVersion record(String path, Optional<byte[]> before, byte[] after, String who, String message)
            throws IOException {
        Files.createDirectories(dir);
        String id = String.format("%04d", list().stream().mapToInt(v -> Integer.parseInt(v.id())).max().orElse(0) + 1);
        Path folder = dir.resolve(id);
        if (Files.exists(folder)) {
            // an apply that stopped half way left it: keep it for whoever looks, and take the next number
            id = String.format("%04d", Integer.parseInt(id) + 1);
            folder = dir.resolve(id);
        }
        Files.createDirectory(folder);
        if (before.isPresent()) {
            AtomicFiles.write(folder.resolve("before"), before.get());
        }
        AtomicFiles.write(folder.resolve("after"), after);
        RulesVersion v = new RulesVersion(id, path, who, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), message, RulesFiles.hash(before),
                RulesFiles.hash(after), diff(path, before.orElse(new byte[0]), after));
        Json.write(folder.resolve("version.json"), v);
        return v;
    }

    static String diff(String path, byte[] before, byte[] after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, DiffUtils.diff(a, b), 3);
        return String.join("\n", unified);
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }
}
