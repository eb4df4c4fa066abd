package org.dossier.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code dossier serve} runs: where it listens, the folders it works with, and what
 * regenerates briefs besides requests.
 *
 * @param port     0 picks a free port
 * @param schedule a Quartz cron expression, or null for no scheduled regeneration
 * @param watch    regenerate when the input or rules folders change
 * @param feeds    news feeds to poll at start and on the schedule (besides {@code feeds.txt} in the first input folder)
 */
public record ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                           boolean watch, List<String> feeds) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                        boolean watch) {
        this(host, port, inputs, rules, output, schedule, watch, List.of());
    }

    public ServerConfig {
        inputs = List.copyOf(inputs);
        feeds = List.copyOf(feeds);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input folder is needed");
        }
        if (schedule != null && RegenerationSchedule.problem(schedule) != null) {
            throw new IllegalArgumentException(RegenerationSchedule.problem(schedule));
        }
    }

    /** Where uploaded articles are saved. */
    public Path uploadFolder() {
        return inputs.get(0);
    }
}
