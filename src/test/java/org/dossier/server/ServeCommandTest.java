package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.Main;
import org.junit.jupiter.api.Test;

/** What {@code dossier serve} refuses before it loads anything. */
class ServeCommandTest {

    @Test
    void anExpressionThatIsNotQuartzCronStopsTheCommand() {
        assertEquals(2, Main.run("serve", "--schedule", "every morning"));
        assertEquals(2, Main.run("serve", "--schedule", "0 0 6 * * *"), "day-of-month and day-of-week both set");
    }

    @Test
    void theConfigurationNamesTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ServerConfig(
                "127.0.0.1", 0, List.of(Path.of("in")), Path.of("rules"), Path.of("out"), "61 * * * * ?", false));
        assertTrue(e.getMessage().startsWith("not a Quartz cron expression: \"61 * * * * ?\""), e.getMessage());
        assertEquals(Path.of("in"), new ServerConfig("127.0.0.1", 0, List.of(Path.of("in"), Path.of("b")),
                Path.of("rules"), Path.of("out"), "0 0 6 * * ?", true).uploadFolder());
    }

    @Test
    void aNotificationsFileThatIsWrongStopsTheStartNamingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notify.yaml"), "webhooks:\n  - url: https://h.example/x\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("serve", "--port", "0", "--output", dir.resolve("out").toString(),
                    "--notify", file.toString()));
        } finally {
            System.setErr(before);
        }
        assertEquals("error: " + file + ": webhook 1: secret missing (secret, or secretEnv naming an environment "
                + "variable): the receiver checks each message's signature with it", err.toString().strip());
    }
}
