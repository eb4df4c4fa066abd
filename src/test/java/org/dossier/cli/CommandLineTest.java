package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line as a user meets it first: no command, and the list of commands. */
class CommandLineTest {

    @Test
    void noCommandPrintsTheUsageAndFails() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run());
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: dossier"), err.toString());
    }

    @Test
    void everyCommandsSummaryIsAWholeSentence() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--help"));
        } finally {
            System.setOut(old);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length());
        for (String command : new String[] {"facts", "generate", "serve", "rules", "bench"}) {
            assertTrue(commands.contains("  " + command + " "), command + " missing from " + help);
        }
        String[] summaries = commands.split("\\R  (?=\\S)");
        for (String summary : summaries) {
            String text = summary.strip();
            assertFalse(text.endsWith(":") || text.endsWith(";"), "summary cut off: " + text);
        }
    }
}
