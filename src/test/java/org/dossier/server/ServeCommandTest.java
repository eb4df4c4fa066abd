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
}
