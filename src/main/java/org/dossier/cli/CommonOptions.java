package org.dossier.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The folders every command works with: articles in, rules, and outputs. */
public class CommonOptions {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder of .txt articles; may be repeated (default: seeds/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    public List<Path> inputs() {
        return inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
    }

    public Path rules() {
        return rules;
    }

    public Path output() {
        return output;
    }
}
