package org.dossier.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.ArticleFormat;
import org.dossier.pipeline.Hashes;

/**
 * A cheap fingerprint of everything a regeneration reads from disk: the names, sizes and
 * modification times of the articles and sidecars in the input folders and of every file
 * under the rules folder. Cheap enough to take on every request; when it is unchanged since
 * the last regeneration, so are the briefs. (The generator itself then decides by content
 * hashes which briefs really changed.)
 */
final class InputsFingerprint {

    private InputsFingerprint() {
    }

    static String of(List<Path> inputs, Path rules) {
        MessageDigest sha = Hashes.sha256();
        for (Path dir : inputs) {
            add(sha, "input", dir);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(InputsFingerprint::isArticleFile).sorted().forEach(f -> add(sha, "article", f));
                } catch (IOException e) {
                    add(sha, "unreadable", dir);
                }
            }
        }
        if (Files.isDirectory(rules)) {
            try (Stream<Path> files = Files.walk(rules)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> add(sha, "rules", f));
            } catch (IOException | UncheckedIOException e) {
                add(sha, "unreadable", rules); // a file vanished while listing: the next look sees the change
            }
        }
        return Hashes.hex(sha);
    }

    /** What ArticleSet reads: articles and their {@code .json} sidecars, not temporary files. */
    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return ArticleFormat.isArticle(file) || !name.startsWith(".") && name.endsWith(".json");
    }

    private static void add(MessageDigest sha, String kind, Path file) {
        String entry;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            entry = kind + "|" + file + "|" + a.size() + "|" + a.lastModifiedTime().toInstant();
        } catch (IOException e) {
            entry = kind + "|" + file + "|missing";
        }
        sha.update(entry.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
