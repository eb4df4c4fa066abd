package org.dossier.brief.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefDeriver;
import org.dossier.brief.Settings;
import org.dossier.facts.Person;
import org.dossier.io.Json;
import org.dossier.rules.RuleBook;
import org.dossier.rules.RulesException;

/**
 * Runs the example cases of {@code <rules>/tests/*.json} against the rules of
 * {@code <rules>/derive}: used by {@code dossier rules test} and by the test suite.
 */
public final class RuleCases {

    private final RuleBook book;
    private final Settings settings;

    public RuleCases(RuleBook book, Settings settings) {
        this.book = book;
        this.settings = settings;
    }

    /** Compiles {@code <rulesDir>/derive} and reads its settings. */
    public static RuleCases load(Path rulesDir) throws IOException, RulesException {
        Path derive = rulesDir.resolve("derive");
        return new RuleCases(RuleBook.load(derive), Settings.load(derive.resolve(Settings.FILE)));
    }

    /** The case files below {@code <rulesDir>/tests}, in name order. */
    public static List<Path> files(Path rulesDir) throws IOException {
        Path dir = rulesDir.resolve("tests");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    public List<CaseResult> runAll(Path rulesDir) throws IOException {
        List<CaseResult> out = new ArrayList<>();
        for (Path f : files(rulesDir)) {
            out.add(run(f));
        }
        return out;
    }

    /** Runs one case file; a file that cannot be read or derived fails with the reason. */
    public CaseResult run(Path file) {
        RuleCase c;
        try {
            c = RuleCaseReader.read(file);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            return new CaseResult(file, file.getFileName().toString(), List.of("cannot read the case: " + where
                    + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return new CaseResult(file, file.getFileName().toString(), List.of("cannot read the case: " + e.getMessage()));
        }
        try {
            BriefDeriver deriver = new BriefDeriver(book, settings.with(c.settings()));
            Person person = c.facts().people().get(0);
            Brief brief = deriver.derive(c.facts(), person);
            JsonNode json = Json.MAPPER.valueToTree(brief);
            return new CaseResult(file, c.name(), Expectations.check(json, c.expect(), c.absent(), c.counts()));
        } catch (RuntimeException e) {
            return new CaseResult(file, c.name(), List.of("the rules failed: " + e.getMessage()));
        }
    }
}
