package org.dossier.cli;

import java.util.concurrent.Callable;
import org.dossier.pipeline.Generator;
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

    @Override
    public Integer call() throws Exception {
        Generator generator;
        try {
            generator = Generator.load(common.rules(), common.output());
        } catch (RulesException e) {
            Runs.printProblems(e);
            return 2;
        }
        Generator.Result result = generator.generate(common.inputs(), force);
        result.facts().errors().forEach(error -> System.err.println("error: " + error.message()));
        Runs.report(result.facts(), common.output().resolve("facts.json"));
        System.out.printf("%d briefs: %d changed, %d rendered, %d unchanged -> %s%n", result.briefs().size(),
                result.briefsChanged().size(), result.rendered().size(), result.unchanged().size(), common.output());
        return result.facts().errors().isEmpty() ? 0 : 1;
    }
}
