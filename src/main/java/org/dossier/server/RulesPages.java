package org.dossier.server;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.cases.CaseResult;
import org.dossier.pipeline.preview.BriefDifference;
import org.dossier.pipeline.preview.PreviewReport;
import org.dossier.rules.RuleProblem;

/** The HTML pages of the rules editor ({@code /rules...}); every value is HTML-escaped by the templates. */
final class RulesPages {

    private static final Template LIST = Templates.compile("rules.html.mustache");
    private static final Template EDITOR = Templates.compile("rules-editor.html.mustache");
    private static final Template HISTORY = Templates.compile("rules-history.html.mustache");
    private static final ObjectReader CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).readerFor(String[].class).with(CsvSchema.emptySchema());

    private RulesPages() {
    }

    // ---- GET /rules

    record Folder(String name, List<RulesFiles.RulesFile> files) {
    }

    record Table(String path, String name, String comment, List<String> header, List<Row> rows) {

        int count() {
            return rows.size();
        }
    }

    record Row(int line, List<String> cells) {
    }

    static String list(RulesFiles files) throws IOException {
        Map<String, List<RulesFiles.RulesFile>> byFolder = new LinkedHashMap<>();
        List<Table> lexicons = new ArrayList<>();
        for (RulesFiles.RulesFile f : files.list()) {
            byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
            if (f.name().endsWith(".csv")) {
                lexicons.add(table(f, files.root().resolve(f.path())));
            }
        }
        List<Folder> folders = byFolder.entrySet().stream().map(e -> new Folder(e.getKey(), e.getValue())).toList();
        return LIST.execute(Map.of("folders", folders, "lexicons", lexicons, "root", files.root().toString()));
    }

    /** A lexicon as a table: the header's columns, then one row per line that is not a comment. */
    static Table table(RulesFiles.RulesFile f, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
            } else {
                rows.add(new Row(i + 1, cells));
            }
        }
        return new Table(f.path(), f.name(), f.comment(), header == null ? List.of() : header, rows);
    }

    private static List<String> cells(String line) {
        try (MappingIterator<String[]> it = CSV.readValues(line)) {
            return it.hasNext() ? List.of(it.next()) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(line); // a line the lexicon check reports; shown as it is
        }
    }

    // ---- GET /rules/{path}, POST /rules/preview, POST /rules/apply

    /** Everything the editor page may show. Null fields are left out. */
    record Editor(String path, String content, String base, String previewed, String message, String notice,
                  String noticeKind, Report report, Applied applied, boolean isNew) {
    }

    record Applied(String id, String regeneration) {
    }

    record Report(boolean clean, List<Problem> problems, String runError, List<Failure> failures, int examples,
                  long examplesFailed, List<BriefDifference> differences, String countLine, int articles,
                  String notAnnotated, String seconds) {

        boolean hasProblems() {
            return !problems.isEmpty();
        }

        boolean compiles() {
            return problems.isEmpty();
        }
    }

    /** A compile problem, with the line it points to when it is in the edited file. */
    record Problem(String file, int line, int column, String message, boolean inThisFile, String source) {
    }

    record Failure(String name, List<String> failures) {
    }

    static String editor(Editor e) {
        return EDITOR.execute(e);
    }

    static Report report(PreviewReport r, String path, String content) {
        List<String> lines = List.of(content.replace("\r\n", "\n").split("\n", -1));
        List<Problem> problems = r.problems().stream().map((RuleProblem p) -> {
            boolean here = p.file().equals(path);
            String source = here && p.line() >= 1 && p.line() <= lines.size() ? lines.get(p.line() - 1) : null;
            return new Problem(p.file(), p.line(), p.column(), p.message(), here, source);
        }).toList();
        List<Failure> failures = r.examples().stream().filter(c -> !c.passed())
                .map((CaseResult c) -> new Failure(c.name() + " (" + c.file() + ")", c.failures())).toList();
        return new Report(r.clean(), problems, r.runError(), failures, r.examples().size(), r.examplesFailed(),
                r.differences(), r.countLine(), r.articles(),
                r.notAnnotated().isEmpty() ? null : String.join(", ", r.notAnnotated()),
                String.format("%.1f", r.seconds()));
    }

    // ---- GET /rules/history

    static String history(List<RulesVersion> versions) {
        return HISTORY.execute(Map.of("versions", versions, "hasVersions", !versions.isEmpty()));
    }
}
