package org.dossier.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The domain vocabulary: every {@code .csv} file under {@code rules/lexicon}. A line is
 * {@code phrase,label,label...}; the first line of a file names its columns and lines starting
 * with {@code #} are comments. The file's name (without {@code .csv}) is the lexicon's name.
 */
public final class Lexicon {

    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Lexicon load(Path dir) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("lexicon folder not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                entries.addAll(read(file));
            }
        }
        return new Lexicon(entries);
    }

    static List<LexiconEntry> read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LexiconEntry> entries = new ArrayList<>();
        List<String> columns = columns(lines);
        for (int i = 1; i < lines.size(); i++) { // line 0 names the columns
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*");
            List<String> phrase = Arrays.asList(cells[0].toLowerCase(Locale.ROOT).split("\\s+"));
            List<String> labels = Arrays.asList(cells).subList(1, cells.length);
            entries.add(new LexiconEntry(name, phrase, labels, file.toString(), i + 1, columns));
        }
        return entries;
    }

    /** The names of the label columns, from the first line ("phrase,type,kind" gives type, kind). */
    private static List<String> columns(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = Arrays.asList(lines.get(0).strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        return header.size() < 2 ? List.of() : List.copyOf(header.subList(1, header.size()));
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public List<LexiconEntry> entries(String lexicon) {
        return entries.stream().filter(e -> e.lexicon().equals(lexicon)).toList();
    }

    /** The single-word entries of a lexicon, as a set of lower-case words. */
    public java.util.Set<String> words(String lexicon) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (LexiconEntry e : entries(lexicon)) {
            words.add(String.join(" ", e.phrase()));
        }
        return words;
    }
}
