package org.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dossier generate}: the main job, articles to facts, briefs and PDFs. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Read articles, write facts.json, a brief JSON and a PDF per detained person.")
public class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        System.err.println("generate: not implemented yet");
        return 1;
    }
}
