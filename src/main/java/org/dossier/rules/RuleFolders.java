package org.dossier.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule books of a rules folder: every subfolder that holds {@code .drl} files (at any depth)
 * is one book ({@code rules/derive}, {@code rules/extract}, ...). A folder with {@code .drl}
 * files of its own is itself one book.
 */
public final class RuleFolders {

    private RuleFolders() {
    }

    public static List<Path> books(Path rulesDir) throws IOException {
        if (!Files.isDirectory(rulesDir)) {
            throw new IOException("rules folder not found: " + rulesDir);
        }
        if (hasDrl(rulesDir, 1)) {
            return List.of(rulesDir);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(rulesDir)) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                if (hasDrl(dir, Integer.MAX_VALUE)) {
                    out.add(dir);
                }
            }
        }
        return out;
    }

    private static boolean hasDrl(Path dir, int depth) throws IOException {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.anyMatch(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p));
        }
    }
}
