package org.dossier.cli;

import picocli.CommandLine;

/** Entry point of the {@code dossier} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (used by tests too). */
    public static int run(String... args) {
        return new CommandLine(new DossierCommand()).execute(args);
    }
}
