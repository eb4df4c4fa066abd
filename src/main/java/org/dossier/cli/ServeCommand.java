package org.dossier.cli;

import io.javalin.util.JavalinBindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.rules.RulesException;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the briefs over HTTP, kept fresh on request, on a schedule or by watching folders. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the briefs over HTTP, regenerated when their articles or the rules change.",
                "  Endpoints: GET /, /briefs/ID.pdf, /briefs/ID.json, /facts.json, /health; POST /articles;",
                "  the rules editor at /rules (preview a change against every brief, apply, history);",
                "  the audit log at /audit; with --users, /login and the accounts at /accounts.",
                "See docs/running-as-a-service.md."})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--schedule", paramLabel = "CRON",
            description = "Also regenerate on this Quartz cron expression, e.g. \"0 0 6 * * ?\" (06:00 daily).")
    String schedule;

    @Option(names = "--watch", description = "Regenerate within seconds when the input or rules folders change.")
    boolean watch;

    @Option(names = "--feed", paramLabel = "URL",
            description = "An RSS or Atom feed to poll at start and on the --schedule; may be repeated (feeds.txt in "
                    + "the first input folder is polled too).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--users", paramLabel = "FILE",
            description = "Accounts file (see dossier users): every page but /health then needs a login or an API "
                    + "token. Needed to listen on anything but this machine.")
    java.nio.file.Path users;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "The audit log, JSON lines only ever appended: uploads, rules changes, regenerations, "
                    + "logins, account changes (default: OUTPUT/audit/audit.jsonl). Admins read it at /audit.")
    java.nio.file.Path audit;

    @Option(names = "--trust-proxy", description = "Honour X-Forwarded-Proto and X-Forwarded-For: set only behind a "
            + "reverse proxy (the one doing TLS) that sets them.")
    boolean trustProxy;

    @Option(names = "--notify", paramLabel = "FILE",
            description = "Notifications file (YAML or JSON): webhooks and e-mail told when a brief's status or place "
                    + "changes, an alert or facts are added. See docs/notifications.md.")
    java.nio.file.Path notify;

    @Override
    public Integer call() throws Exception {
        if (!common.inputsUsable()) {
            return 2;
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, common.inputs(), common.rules(), common.output(), schedule, watch,
                    feeds, users, trustProxy, notify, audit);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        DossierServer server;
        try {
            server = DossierServer.start(config);
        } catch (RulesException e) {
            Runs.printProblems(e);
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage()); // a notifications file that is wrong, naming it
            return 2;
        } catch (JavalinBindException e) {
            System.err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dossier-shutdown"));
        System.out.printf("Serving briefs on http://%s:%d/%s%s%s, auditing to %s (Ctrl-C stops)%n", host, server.port(),
                users != null ? ", logins from " + users : "",
                watch ? ", watching " + common.inputs() + " and " + common.rules() : "",
                schedule != null ? ", regenerating on \"" + schedule + "\"" : "", config.auditFile());
        if (notify != null) {
            System.out.println("Notifications as " + notify + " says; pending and failing ones on /health");
        }
        stopped.await();
        return 0;
    }
}
