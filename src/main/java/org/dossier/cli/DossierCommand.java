package org.dossier.cli;

import picocli.CommandLine.Command;

/** The top-level {@code dossier} command; the work is done by its subcommands. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Turns news articles about detained people into cited PDF briefs.",
        subcommands = {FactsCommand.class, GenerateCommand.class, CaseloadCommand.class, HistoryCommand.class, AddCommand.class, FetchCommand.class, ServeCommand.class, RulesCommand.class, UsersCommand.class, AuditCommand.class,
                org.dossier.bench.BenchCommand.class})
public class DossierCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** No command given: the usage, on stderr, and a failing status (a script that forgot the command fails). */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }
}
