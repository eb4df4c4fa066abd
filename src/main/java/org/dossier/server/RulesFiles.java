package org.dossier.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.pipeline.Hashes;

/**
 * The files of the rules folder an analyst may read and edit from the browser: {@code .drl},
 * {@code .csv}, {@code .properties} and {@code .json} files inside the folder's own subfolders.
 * A path from a request is checked here and nowhere else: no way out of the folder ("..",
 * absolute paths, links), no hidden files, no other kinds of file.
 */
final class RulesFiles {

    static final Set<String> EXTENSIONS = Set.of("drl", "csv", "properties", "json");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The hash given as base of a file that does not exist yet. */
    static final String ABSENT = "absent";

    /** One editable file: its path inside the rules folder ("lexicon/triggers.csv") and what its top comment says. */
    record RulesFile(String path, String folder, String name, String comment, long lines) {
    }

    private final Path root;

    RulesFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * The file a request names, checked: a relative path of plain names ({@code derive/status.drl})
     * with a known extension, inside one of the folder's subfolders, that stays inside the folder
     * when links are followed. The file itself need not exist (a new rule).
     */
    Path resolve(String relative) {
        if (relative == null || relative.isBlank()) {
            throw ApiError.badRequest("no rules file named");
        }
        String[] segments = relative.split("/", -1);
        if (segments.length < 2) {
            throw ApiError.badRequest("\"" + relative + "\": a rules file is inside a folder, e.g. lexicon/triggers.csv");
        }
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches() || s.contains("..")) {
                throw new ApiError(403, "\"" + relative + "\" is not a path inside the rules folder");
            }
        }
        String name = segments[segments.length - 1];
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1))) {
            throw new ApiError(403, "\"" + relative + "\": only .drl, .csv, .properties and .json rules files can be edited");
        }
        Path file = root.resolve(relative).normalize();
        try {
            Path realRoot = root.toRealPath();
            Path folder = file.getParent();
            if (!Files.isDirectory(folder) || !folder.toRealPath().startsWith(realRoot)
                    || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !file.toRealPath().startsWith(realRoot)) {
                throw ApiError.notFound("\"" + relative + "\": no such folder in the rules");
            }
        } catch (IOException e) {
            throw ApiError.notFound("\"" + relative + "\": " + e.getMessage());
        }
        return file;
    }

    /** The path of a file inside the rules folder, with forward slashes. */
    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    List<RulesFile> list() throws IOException {
        List<RulesFile> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = relative(f);
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (!rel.contains("/") || name.startsWith(".") || dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                out.add(new RulesFile(rel, rel.substring(0, rel.lastIndexOf('/')), name, topComment(name, lines),
                        lines.size()));
            }
        }
        return out;
    }

    /**
     * What the comment at the top of a file says it decides: the first run of {@code //} lines
     * of a rule file, of {@code #} lines of a lexicon or settings file, or a rule example's "case".
     */
    static String topComment(String name, List<String> lines) {
        String mark = name.endsWith(".drl") ? "//" : "#";
        if (name.endsWith(".json")) {
            return lines.stream().filter(l -> l.contains("\"case\"")).findFirst()
                    .map(l -> l.replaceFirst("^\\s*\"case\"\\s*:\\s*\"", "").replaceFirst("\",?\\s*$", "")).orElse("");
        }
        StringBuilder comment = new StringBuilder();
        boolean started = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith(mark)) {
                comment.append(comment.length() == 0 ? "" : " ").append(t.substring(mark.length()).strip());
                started = true;
            } else if (started || (!t.isEmpty() && !isCsvHeader(name, line, lines))) {
                break;
            }
        }
        return comment.toString();
    }

    private static boolean isCsvHeader(String name, String line, List<String> lines) {
        return name.endsWith(".csv") && line.equals(lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(""));
    }

    Optional<byte[]> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /** The version an editor starts from: the hash of the file's bytes, or {@link #ABSENT}. */
    static String hash(Optional<byte[]> bytes) {
        return bytes.map(RulesFiles::hash).orElse(ABSENT);
    }

    static String hash(byte[] bytes) {
        java.security.MessageDigest sha = Hashes.sha256();
        sha.update(bytes);
        return Hashes.hex(sha);
    }
}
