package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.pipeline.preview.PreviewReport;
import org.dossier.pipeline.preview.PreviewText;
import org.dossier.pipeline.preview.RulesPreview;
import org.dossier.rules.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier rules preview --candidate DIR}: what a rules folder would change in every brief, before using it. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"What an edited copy of the rules folder would change in every brief.",
                "Compiles the candidate, runs its examples (CANDIDATE/tests), extracts the",
                "facts again from the cached annotations (no CoreNLP), derives every brief,",
                "and prints per detained person what changes against the current rules",
                "(--rules): facts added and removed with their quotes, status, place,",
                "requests, alerts; then a count line (\"3 of 57 briefs change\").",
                "Exit status 0: it compiles and the examples pass; 1: an example fails or a",
                "rule fails while running; 2: the candidate does not compile."})
public class RulesPreviewCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--candidate", paramLabel = "DIR", required = true,
            description = "The edited copy of the rules folder to preview.")
    Path candidate;

    @Override
    public Integer call() {
        if (!Files.isDirectory(candidate)) {
            System.err.println("error: " + candidate + ": candidate rules folder does not exist");
            return 2;
        }
        if (!common.inputsUsable()) {
            return 2;
        }
        PreviewReport report;
        try {
            report = RulesPreview.between(common.rules(), candidate, common.inputs(), common.output());
        } catch (RulesException e) {
            e.problems().forEach(System.err::println);
            System.err.println("the current rules (" + common.rules() + ") do not compile: nothing to compare with");
            return 2;
        }
        PreviewText.print(report, candidate.toString(), System.out, System.err);
        if (!report.compiles()) {
            return 2;
        }
        return report.clean() ? 0 : 1;
    }
}
