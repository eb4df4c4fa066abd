package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier facts}: articles to facts.json, nothing else. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Read articles, extract facts, write dossier-facts/1 JSON.")
public class FactsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: OUTPUT/facts.json).")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.err.println("facts: not implemented yet");
        return 1;
    }
}
