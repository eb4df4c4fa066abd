package org.dossier.server.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wait after failures in a row: doubled each time, never above retry.max. */
class BackoffTest {

    @Test
    void theWaitDoublesUpToTheMaximum(@TempDir Path dir) throws Exception {
        NotifyConfig config = new NotifyConfig(dir, null, Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofDays(3), Duration.ofSeconds(1), Duration.ofSeconds(1), List.of(), null);
        Sender sender = new Sender(new Outbox(dir), Map.of(), Map.of(), config, Clock.systemUTC());
        assertEquals(List.of(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L),
                java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(n -> sender.backoff(n).toSeconds()).toList());
        assertEquals(Duration.ofHours(1), sender.backoff(500), "no overflow after many failures");
    }
}
