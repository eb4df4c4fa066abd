package org.dossier.pipeline.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefDeriver;
import org.dossier.brief.cases.CaseResult;
import org.dossier.brief.cases.RuleCases;
import org.dossier.extract.ExtractionRules;
import org.dossier.facts.FactsDocument;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.Hashes;
import org.dossier.rules.RulesException;

/**
 * Shows what candidate rules would change before they are used: compiles them, runs their
 * examples, extracts the facts again from the cached annotations (never CoreNLP) and derives
 * every brief, then compares with what the current rules make. Used by {@code dossier rules
 * preview} and by the server's rules editor.
 */
public final class RulesPreview {

    /** The parts of a rules folder that extraction reads; when they are unchanged, so are the facts. */
    private static final List<String> EXTRACTION_PARTS = List.of("lexicon", "people", "extract");
    private static final List<String> PARTS = List.of("lexicon", "people", "extract", "derive");

    /**
     * What the current rules make, to compare with.
     *
     * @param rules the folder they were compiled from, or null when that is not known for sure
     */
    public record Baseline(FactsDocument facts, List<Brief> briefs, Path rules) {
    }

    private RulesPreview() {
    }

    /**
     * Compiles both folders (at once), reads the cached annotations of the inputs, and compares.
     *
     * @throws RulesException when the current rules do not compile: there is nothing to compare with
     */
    public static PreviewReport between(Path currentRules, Path candidateRules, List<Path> inputs, Path outputDir)
            throws RulesException {
        long start = System.nanoTime();
        CandidateRules candidate = CandidateRules.compile(candidateRules);
        CachedArticles articles = CachedArticles.read(inputs, outputDir);
        if (!candidate.compiles()) {
            return failed(candidate, articles, start);
        }
        Set<String> same = sameParts(currentRules, candidateRules);
        CandidateRules current = CandidateRules.compile(currentRules, candidate, same);
        if (!current.compiles()) {
            throw new RulesException(current.problems());
        }
        FactsDocument facts = extract(current.extraction(), articles);
        Baseline baseline = new Baseline(facts, current.deriver().derive(facts), currentRules);
        return compare(baseline, candidate, candidateRules, articles, start);
    }

    /** Compares candidate rules with a baseline already made (the server's current briefs). */
    public static PreviewReport against(Baseline baseline, Path candidateRules, CachedArticles articles) {
        long start = System.nanoTime();
        CandidateRules candidate = CandidateRules.compile(candidateRules);
        if (!candidate.compiles()) {
            return failed(candidate, articles, start);
        }
        return compare(baseline, candidate, candidateRules, articles, start);
    }

    private static PreviewReport failed(CandidateRules candidate, CachedArticles articles, long start) {
        return new PreviewReport(candidate.problems(), null, List.of(), List.of(), 0, articles.articles().size(),
                articles.notAnnotated(), seconds(start));
    }

    private static PreviewReport compare(Baseline baseline, CandidateRules candidate, Path candidateRules,
                                         CachedArticles articles, long start) {
        List<CaseResult> examples = examples(candidate.deriver(), candidateRules);
        FactsDocument facts;
        List<Brief> briefs;
        try {
            facts = sameExtraction(baseline.rules(), candidateRules) ? baseline.facts()
                    : extract(candidate.extraction(), articles);
            briefs = candidate.deriver().derive(facts);
        } catch (RuntimeException e) {
            return new PreviewReport(List.of(), String.valueOf(e.getMessage()), examples, List.of(), 0,
                    articles.articles().size(), articles.notAnnotated(), seconds(start));
        }
        List<BriefDifference> differences = BriefComparison.between(baseline.facts(), baseline.briefs(), facts, briefs);
        Set<String> people = new LinkedHashSet<>();
        baseline.briefs().forEach(b -> people.add(b.person().id()));
        briefs.forEach(b -> people.add(b.person().id()));
        return new PreviewReport(List.of(), null, examples, differences, people.size(), articles.articles().size(),
                articles.notAnnotated(), seconds(start));
    }

    private static List<CaseResult> examples(BriefDeriver deriver, Path rulesDir) {
        RuleCases cases = new RuleCases(deriver.rules(), deriver.settings());
        try {
            List<CaseResult> out = new ArrayList<>();
            for (Path f : RuleCases.files(rulesDir)) {
                out.add(cases.run(f));
            }
            return out;
        } catch (IOException e) {
            return List.of(new CaseResult(rulesDir.resolve("tests"), "tests", List.of("cannot read: " + e.getMessage())));
        }
    }

    private static FactsDocument extract(ExtractionRules rules, CachedArticles articles) {
        FactsPipeline pipeline = new FactsPipeline(rules, Path.of("unused"), () -> {
            throw new IllegalStateException("a preview never runs CoreNLP");
        });
        return pipeline.extract(articles.articles());
    }

    /** Whether both folders hold the same lexicons and extraction rules, byte for byte. */
    static boolean sameExtraction(Path current, Path candidate) {
        return current != null && sameParts(current, candidate).containsAll(EXTRACTION_PARTS);
    }

    /** The parts ("lexicon", "people", "extract", "derive") that are byte for byte the same in both folders. */
    static Set<String> sameParts(Path current, Path candidate) {
        Set<String> same = new LinkedHashSet<>();
        for (String part : PARTS) {
            Path a = current.resolve(part);
            Path b = candidate.resolve(part);
            try {
                if (Files.isDirectory(a) && Files.isDirectory(b) && Hashes.ofFolder(a).equals(Hashes.ofFolder(b))) {
                    same.add(part);
                }
            } catch (IOException e) {
                // unreadable: compiled again, which reports the problem
            }
        }
        return same;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
