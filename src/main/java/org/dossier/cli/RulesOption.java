package org.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the commands that only read the rules folder. */
public class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;
}
