package org.dossier.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.rules.RuleProblem;
import org.dossier.rules.RulesException;

/**
 * The domain vocabulary: every {@code .csv} file under {@code rules/lexicon}. The first line of a
 * file names its columns ({@code phrase,type,kind}); each other line is a phrase of lemmas and
 * its labels, one per column. A column whose name ends in {@code ?} may be left out
 * ({@code phrase,kind,setting?}); a cell may be empty. Lines starting with {@code #} are
 * comments. The file's name (without {@code .csv}) is the lexicon's name. Every line is checked
 * against its header, and each mistake is reported by file and line.
 */
public final class Lexicon {

    private static final ObjectReader CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).readerFor(String[].class).with(CsvSchema.emptySchema());

    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Lexicon load(Path dir) throws IOException, RulesException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("lexicon folder not found: " + dir);
        }
        List<LexiconEntry> entries = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                entries.addAll(read(file, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new Lexicon(entries);
    }

    /** The entries of one file; a file with a mistake is reported whole. */
    static List<LexiconEntry> read(Path file) throws IOException, RulesException {
        List<RuleProblem> problems = new ArrayList<>();
        List<LexiconEntry> entries = read(file, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return entries;
    }

    private static List<LexiconEntry> read(Path file, List<RuleProblem> problems) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(new RuleProblem(file.toString(), 1, 1, "not UTF-8 text"));
            return List.of();
        }
        int headerLine = firstLine(lines);
        if (headerLine < 0) {
            problems.add(new RuleProblem(file.toString(), 1, 1, "empty lexicon: the first line must name the columns, e.g. phrase,type,kind"));
            return List.of();
        }
        Header header = Header.of(cells(lines.get(headerLine), file, headerLine + 1, problems));
        if (header == null) {
            problems.add(new RuleProblem(file.toString(), headerLine + 1, 1, "the first line must name the columns, e.g. phrase,type,kind"));
            return List.of();
        }
        List<LexiconEntry> entries = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = cells(line, file, i + 1, problems);
            if (cells == null) {
                continue;
            }
            String problem = header.check(cells);
            if (problem != null) {
                problems.add(new RuleProblem(file.toString(), i + 1, 1, problem));
                continue;
            }
            List<String> phrase = Arrays.asList(cells[0].toLowerCase(Locale.ROOT).split("\\s+"));
            List<String> labels = new ArrayList<>();
            for (int c = 1; c < cells.length; c++) {
                labels.add(cells[c].isEmpty() ? null : cells[c]);
            }
            while (!labels.isEmpty() && labels.get(labels.size() - 1) == null) {
                labels.remove(labels.size() - 1);
            }
            entries.add(new LexiconEntry(name, phrase, labels, file.toString(), i + 1, header.labels()));
        }
        return entries;
    }

    private static int firstLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static String[] cells(String line, Path file, int lineNumber, List<RuleProblem> problems) {
        try (MappingIterator<String[]> rows = CSV.readValues(line)) {
            return rows.hasNextValue() ? rows.nextValue() : new String[0];
        } catch (JacksonException e) {
            String message = e.getOriginalMessage().replaceAll("\\s+", " ");
            problems.add(new RuleProblem(file.toString(), lineNumber, 1, "not a CSV line: " + message));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column names of a lexicon file, and which of them a line may leave out. */
    private record Header(List<String> columns, int required, List<String> labels) {

        static Header of(String[] cells) {
            if (cells == null || cells.length == 0 || cells[0].isBlank()) {
                return null;
            }
            List<String> columns = new ArrayList<>();
            int required = 0;
            for (String c : cells) {
                String column = c.strip().toLowerCase(Locale.ROOT);
                boolean optional = column.endsWith("?");
                columns.add(optional ? column.substring(0, column.length() - 1) : column);
                if (!optional) {
                    required = columns.size();
                }
            }
            return new Header(columns, required, new LexiconColumns(columns.subList(1, columns.size())));
        }

        String check(String[] cells) {
            if (cells.length > columns.size()) {
                return cells.length + " columns, but the first line names " + columns.size() + " ("
                        + String.join(",", columns) + "); a phrase with a comma must be quoted";
            }
            if (cells.length < required) {
                return "missing column " + columns.get(cells.length) + ": the first line names "
                        + String.join(",", columns) + " (leave a column empty with a trailing comma)";
            }
            if (cells[0].isBlank()) {
                return "empty " + columns.get(0);
            }
            return null;
        }
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

    /** Each phrase of a lexicon with its label in the named column ("sites", "kind": flat to building). */
    public java.util.Map<String, String> labels(String lexicon, String column) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (LexiconEntry e : entries(lexicon)) {
            int i = e.columns().indexOf(column);
            if (i >= 0 && e.label(i) != null) {
                labels.put(String.join(" ", e.phrase()), e.label(i));
            }
        }
        return labels;
    }

    /** The phrases of a lexicon whose label in the named column passes ("roles", "role": not family). */
    public java.util.Set<String> phrasesWhere(String lexicon, String column, java.util.function.Predicate<String> label) {
        java.util.Set<String> phrases = new java.util.HashSet<>();
        labels(lexicon, column).forEach((phrase, value) -> {
            if (label.test(value)) {
                phrases.add(phrase);
            }
        });
        return phrases;
    }
}
