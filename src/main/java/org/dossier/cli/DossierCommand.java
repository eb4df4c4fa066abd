package org.dossier.cli;

import picocli.CommandLine.Command;

/** The top-level {@code dossier} command; the work is done by its subcommands. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Turns news articles about detained people into cited PDF briefs.",
        subcommands = {FactsCommand.class, GenerateCommand.class, ServeCommand.class, RulesCommand.class,
                org.dossier.bench.BenchCommand.class})
public class DossierCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
