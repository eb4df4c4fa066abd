package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.dossier.brief.DerivationException;
import org.dossier.rules.RuleRunException;
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
        return new CommandLine(new DossierCommand()).setExecutionExceptionHandler(Main::failure).execute(args);
    }

    /**
     * A failure a user can act on gets one line and exit status 2, not a stack trace. A rule that
     * never settles or fails while running stops the run before anything is written:
     * one line naming the rules file, the rule and the article or person, exit status 2.
     */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof RuleRunException || e instanceof DerivationException) {
            System.err.println("error: " + e.getMessage());
            System.err.println("the rules did not run to the end; nothing was written");
            return 2;
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException denied) {
            System.err.println("error: cannot write " + denied.getFile() + ": permission denied; "
                    + "choose another --output folder or make this one writable");
            return 2;
        }
        if (cause instanceof IOException io) {
            System.err.println("error: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
            return 2;
        }
        throw e;
    }
}
