package org.dossier.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.Map;
import org.dossier.server.audit.Actor;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.dossier.server.auth.Account;
import org.dossier.server.auth.Accounts;
import org.dossier.server.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier users add|token|list}: the accounts file that {@code serve --users} lets in. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manage the accounts of a shared server (dossier serve --users FILE).",
                "  Roles: reader (pages, briefs, exports), editor (also uploads and rules), admin (also accounts)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.Token.class, UsersCommand.Remove.class, UsersCommand.List.class})
public class UsersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static class FileOption {
        @Option(names = "--users", paramLabel = "FILE", required = true, description = "The accounts file.")
        Path file;

        @Option(names = "--audit", paramLabel = "FILE",
                description = "Also record the change in this audit log (the server's serve --audit FILE, by default "
                        + "output/audit/audit.jsonl), under the name of the user running the command.")
        Path audit;

        void record(String kind, String name, String summary) {
            if (audit != null) {
                new AuditLog(audit, Clock.systemUTC()).record(AuditEntry.of(
                        new Actor(System.getProperty("user.name", "unknown"), "command line"), kind, name, summary,
                        Map.of("file", file.toString())));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account, or give an existing one a new role and password. The password is read "
                    + "from standard input (its first line), and only its bcrypt hash is kept.")
    static class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "reader, editor or admin.")
        String role;

        @picocli.CommandLine.Mixin
        FileOption users;

        @Override
        public Integer call() throws IOException {
            try {
                Role parsed = Role.parse(role);
                Accounts accounts = Accounts.load(users.file);
                boolean existed = accounts.find(name).isPresent();
                accounts.withPassword(name, parsed, password()).save();
                users.record(existed ? AuditEntry.ACCOUNT_ROLE : AuditEntry.ACCOUNT_ADD, name,
                        (existed ? "gave " + name + " a new password and the role " : "added " + name + " as ") + parsed.label());
                System.out.println((existed ? "updated " : "added ") + name + " (" + parsed.label() + ") in " + users.file);
                return 0;
            } catch (IllegalArgumentException e) {
                return refused(e);
            }
        }

        private static String password() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password: ");
                return typed == null ? "" : new String(typed);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Print a new API token for NAME (for scripts: Authorization: Bearer TOKEN). It is shown "
                    + "only now; the file keeps its hash.")
    static class Token implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @picocli.CommandLine.Mixin
        FileOption users;

        @Override
        public Integer call() throws IOException {
            try {
                Accounts.Issued issued = Accounts.load(users.file).withNewToken(name);
                issued.accounts().save();
                users.record(AuditEntry.ACCOUNT_TOKEN, name, "issued a new API token for " + name);
                System.out.println(issued.token());
                return 0;
            } catch (IllegalArgumentException e) {
                return refused(e);
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove NAME's account and its tokens; a running server lets it in no more.")
    static class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @picocli.CommandLine.Mixin
        FileOption users;

        @Override
        public Integer call() throws IOException {
            try {
                Accounts.load(users.file).without(name).save();
                users.record(AuditEntry.ACCOUNT_REMOVE, name, "removed " + name);
                System.out.println("removed " + name + " from " + users.file);
                return 0;
            } catch (IllegalArgumentException e) {
                return refused(e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts: name, role, tokens.")
    static class List implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        FileOption users;

        @Override
        public Integer call() throws IOException {
            for (Account a : Accounts.load(users.file).all()) {
                System.out.printf("%-24s %-7s %d token(s)%n", a.name(), a.role().label(), a.tokens().size());
            }
            return 0;
        }
    }

    /** A name, role, password or file the user got wrong: one line, exit status 2, the file as it was. */
    private static int refused(IllegalArgumentException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
    }
}
