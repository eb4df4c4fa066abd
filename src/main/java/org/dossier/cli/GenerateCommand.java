package org.dossier.cli;

import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.dossier.io.Json;
import java.time.LocalDate;
import org.dossier.pipeline.AsOfDate;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.Generator;
import org.dossier.pipeline.RunReport;
import org.dossier.pipeline.StageTimes;
import org.dossier.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier generate}: the main job, articles to facts, briefs and PDFs. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Read articles, write facts.json, a brief JSON and a PDF per detained person.")
public class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--force", description = "Render every brief, also those whose inputs did not change.")
    boolean force;

    @Option(names = "--timings", description = "Print the seconds each stage took and the peak memory.")
    boolean timings;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Make the briefs as they would have been on DATE (YYYY-MM-DD): only articles published by "
                    + "then, no fact dated after it. Written to OUTPUT/as-of/DATE/, so the current briefs stay.")
    LocalDate asOf;

    @Option(names = "--timings-file", paramLabel = "FILE", hidden = true,
            description = "Also write the timings as JSON to FILE (used by dossier bench).")
    Path timingsFile;

    @Override
    public Integer call() throws Exception {
        if (!common.inputsUsable()) {
            return 2;
        }
        StageTimes times = new StageTimes();
        Generator.Result result;
        try {
            result = Generator.compileAndGenerate(common.rules(), output(), FactsPipeline.cacheDir(common.output()),
                    common.inputs(), force, times, new AsOfDate(asOf));
        } catch (RulesException e) {
            Runs.printProblems(e);
            return 2;
        }
        if (timings || timingsFile != null) {
            RunReport report = RunReport.of(times, result.facts().articles().size(), result.facts().annotated(),
                    result.briefs().size(), result.rendered().size(), result.facts().annotated() > 0);
            if (timings) {
                System.err.println(report.line());
            }
            if (timingsFile != null) {
                Json.write(timingsFile, report);
            }
        }
        Runs.printErrorsAndNotes(result.facts());
        if (asOf != null) {
            System.out.printf("as of %s: %d later or undated %s left out%n", asOf, result.leftOut().size(),
                    result.leftOut().size() == 1 ? "article" : "articles");
        }
        Runs.report(result.facts(), output().resolve("facts.json"));
        System.out.printf("%d briefs: %d changed, %d rendered, %d unchanged -> %s%n", result.briefs().size(),
                result.briefsChanged().size(), result.rendered().size(), result.unchanged().size(), output());
        return result.facts().errors().isEmpty() ? 0 : 1;
    }

    /** The output folder, or for an as-of run its own folder inside it (the annotations stay shared). */
    private Path output() {
        return asOf == null ? common.output() : common.output().resolve("as-of").resolve(asOf.toString());
    }
}
