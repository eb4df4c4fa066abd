package org.dossier.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * @param users    the accounts file, or null for a server without accounts (which listens on loopback only)
 * @param trustProxy honour X-Forwarded-Proto and X-Forwarded-For (set only behind a reverse proxy that sets them)
 * @param notifications the notifications file (webhooks, e-mail), or null for none
 * @param audit    the audit log (JSON lines, appended), or null for {@code OUTPUT/audit/audit.jsonl}
 */
public record ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                           boolean watch, List<String> feeds, Path users, boolean trustProxy, Path notifications,
                           Path audit) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                        boolean watch) {
        this(host, port, inputs, rules, output, schedule, watch, List.of());
    }

    public ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                        boolean watch, List<String> feeds) {
        this(host, port, inputs, rules, output, schedule, watch, feeds, null, false);
    }

    public ServerConfig(String host, int port, List<Path> inputs, Path rules, Path output, String schedule,
                        boolean watch, List<String> feeds, Path users, boolean trustProxy) {
        this(host, port, inputs, rules, output, schedule, watch, feeds, users, trustProxy, null, null);
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
        if (users == null && trustProxy) {
            throw new IllegalArgumentException("refusing --trust-proxy without --users: behind a reverse proxy anyone "
                    + "who can reach the proxy reaches the server; give it an accounts file (dossier users add NAME "
                    + "--role admin --users FILE)");
        }
        if (users == null && !loopback(host)) {
            throw new IllegalArgumentException("refusing to listen on " + host + " without --users: the server would "
                    + "let anyone who can reach it read every brief, upload articles and change the rules; "
                    + "give it an accounts file (dossier users add NAME --role admin --users FILE), or listen on "
                    + DEFAULT_HOST);
        }
    }

    /** Whether {@code host} is this machine only (an unknown host name counts as not). */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Where the audit log is appended to. */
    public Path auditFile() {
        return audit != null ? audit : org.dossier.server.audit.AuditLog.defaultFile(output);
    }

    /** Where uploaded articles are saved. */
    public Path uploadFolder() {
        return inputs.get(0);
    }
}
