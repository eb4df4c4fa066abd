package org.dossier.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier users}: what it writes to the accounts file, and what it refuses. */
class UsersCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aPasswordIsKeptOnlyAsABcryptHashAndCanBeChanged() throws Exception {
        Path file = dir.resolve("users.json");
        assertEquals(0, run("first password here\n", "users", "add", "mira", "--role", "editor", "--users", file.toString()).status());
        String token = run("", "users", "token", "mira", "--users", file.toString()).out().strip();
        Account first = Accounts.load(file).find("mira").orElseThrow();
        assertEquals(Role.EDITOR, first.role());
        assertTrue(first.password().startsWith("$2a$12$"), first.password());
        assertTrue(Secrets.passwordMatches("first password here", first.password()));
        assertFalse(Files.readString(file).contains("first password here"));

        Run again = run("second password here\n", "users", "add", "mira", "--role", "admin", "--users", file.toString());
        assertTrue(again.out().startsWith("updated mira (admin)"), again.out());
        Account second = Accounts.load(file).find("mira").orElseThrow();
        assertFalse(Secrets.passwordMatches("first password here", second.password()));
        assertTrue(Secrets.passwordMatches("second password here", second.password()));
        assertEquals(Accounts.load(file).byToken(token).map(Account::name).orElse(null), "mira", "tokens stay valid");
    }

    @Test
    void badInputIsRefusedInOneLineAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("users.json");
        Run shortPassword = run("short\n", "users", "add", "mira", "--role", "reader", "--users", file.toString());
        assertEquals(2, shortPassword.status());
        assertTrue(shortPassword.err().contains("at least " + Accounts.MIN_PASSWORD + " characters"), shortPassword.err());
        assertFalse(Files.exists(file));

        Run role = run("long enough password\n", "users", "add", "mira", "--role", "owner", "--users", file.toString());
        assertEquals(2, role.status());
        assertTrue(role.err().contains("no such role: \"owner\" (reader, editor or admin)"), role.err());

        Run token = run("", "users", "token", "nobody", "--users", file.toString());
        assertEquals(2, token.status());
        assertTrue(token.err().contains("no account named \"nobody\""), token.err());

        Files.writeString(file, "{ not json");
        Run broken = run("long enough password\n", "users", "add", "mira", "--role", "reader", "--users", file.toString());
        assertEquals(2, broken.status());
        assertTrue(broken.err().startsWith("error: " + file + ": not an accounts file"), broken.err());
        assertEquals("{ not json", Files.readString(file));
    }

    @Test
    void tokensAreRandomAndStoredHashed() throws Exception {
        Path file = dir.resolve("users.json");
        run("long enough password\n", "users", "add", "bot", "--role", "reader", "--users", file.toString());
        String a = run("", "users", "token", "bot", "--users", file.toString()).out().strip();
        String b = run("", "users", "token", "bot", "--users", file.toString()).out().strip();
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43, a);
        String stored = Files.readString(file);
        assertFalse(stored.contains(a) || stored.contains(b));
        assertEquals(2, Accounts.load(file).find("bot").orElseThrow().tokens().size());
    }

    @Test
    void withAnAuditLogEachChangeOnTheCommandLineIsKeptUnderTheSystemUsersName() throws Exception {
        Path file = dir.resolve("users.json");
        Path audit = dir.resolve("audit.jsonl");
        String[] log = {"--users", file.toString(), "--audit", audit.toString()};
        assertEquals(0, run("a password for kai\n", concat(new String[] {"users", "add", "kai", "--role", "reader"}, log)).status());
        String token = run("", concat(new String[] {"users", "token", "kai"}, log)).out().strip();
        assertEquals(0, run("", concat(new String[] {"users", "remove", "kai"}, log)).status());
        assertEquals(2, run("", concat(new String[] {"users", "remove", "kai"}, log)).status(), "nothing to remove");

        var entries = new org.dossier.server.audit.AuditLog(audit, java.time.Clock.systemUTC()).read().entries();
        assertEquals(java.util.List.of("account-add kai", "account-token kai", "account-remove kai"),
                entries.stream().map(e -> e.kind() + " " + e.subject()).toList());
        assertTrue(entries.stream().allMatch(e -> e.who().equals(System.getProperty("user.name"))
                && e.via().equals("command line")));
        String text = Files.readString(audit);
        assertFalse(text.contains("a password for kai") || text.contains(token), "no password or token is kept");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
