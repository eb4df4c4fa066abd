package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.extract.SentenceExplainer;
import org.dossier.io.Json;
import org.dossier.pipeline.FactsRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier facts}: articles to facts.json, nothing else. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Read articles, extract facts, write dossier-facts/1 JSON.")
public class FactsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: facts.json in the --output folder).")
    Path out;

    @Option(names = "--explain", paramLabel = "ARTICLE:SENTENCE",
            description = "Print what the rules saw and decided in one sentence (0-based index).")
    String explain;

    @Override
    public Integer call() throws Exception {
        FactsRun run = Runs.facts(common, explain == null ? null : SentenceExplainer.parse(explain, System.out));
        if (run == null) {
            return 2;
        }
        Path target = out != null ? out : common.output().resolve("facts.json");
        Json.write(target, run.document());
        Runs.report(run, target);
        return run.errors().isEmpty() ? 0 : 1;
    }
}
