package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier audit}: the server's audit log, read from disk, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Print a server's audit log, newest first.",
                "  Uploads, rules changes with their diffs, regenerations and what they changed, logins, accounts;",
                "  the file a server keeps (dossier serve --audit FILE, by default OUTPUT/audit/audit.jsonl)."})
public class AuditCommand implements Callable<Integer> {

    @Option(names = "--audit", paramLabel = "FILE", description = "The audit log (default: OUTPUT/audit/audit.jsonl).")
    Path file;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output", description = "The server's output folder.")
    Path output;

    @Option(names = "--who", paramLabel = "NAME", description = "Only what NAME did.")
    String who;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Only this kind (upload, rules-change, rules-restore, regeneration, login, login-failed, account, ...).")
    String kind;

    @Option(names = "--json", description = "The entries as JSON lines, oldest first, as kept on disk.")
    boolean json;

    @Option(names = "--diff", description = "Show the diff of each rules change.")
    boolean diff;

    @Override
    public Integer call() throws IOException {
        Path path = file != null ? file : AuditLog.defaultFile(output);
        AuditLog.Contents contents = new AuditLog(path, Clock.systemUTC()).read();
        List<AuditEntry> entries = AuditLog.newestFirst(contents.entries(), who, kind);
        if (json) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                System.out.println(AuditLog.line(entries.get(i)));
            }
            return 0;
        }
        for (AuditEntry e : entries) {
            System.out.printf("%s  %-14s %-12s %s%n", e.at(), e.kind(), e.who(), e.summary());
            e.changes().forEach(p -> System.out.printf("%30s %s: %s%n", "", p.name(), String.join(" ", p.changes())));
            if (diff && e.diff() != null) {
                e.diff().lines().forEach(l -> System.out.println("    " + l));
            }
        }
        if (contents.unreadable() > 0) {
            System.err.println("warning: " + path + ": " + contents.unreadable() + " line(s) could not be read");
        }
        return 0;
    }
}
