package org.dossier.cli;

import picocli.CommandLine.Command;

/** {@code dossier rules check|test}: compile and test the rules folder without running the job. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check, test or preview the rules folder.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class, RulesPreviewCommand.class})
public class RulesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
