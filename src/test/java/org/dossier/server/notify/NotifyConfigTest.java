package org.dossier.server.notify;

import static org.dossier.server.notify.TestBriefs.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notifications file: the documented example reads as it says; mistakes are one line naming the file. */
class NotifyConfigTest {

    static final Map<String, String> ENV = Map.of("DOSSIER_WEBHOOK_SECRET", "s", "DOSSIER_SMTP_PASSWORD", "p");

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleReads() {
        NotifyConfig config = NotifyConfig.load(Path.of("docs/notifications.example.yaml"), dir, ENV::get);
        assertEquals(Path.of("team/outbox"), config.outbox());
        assertEquals("https://dossier.example.org", config.baseUrl());
        assertEquals(Duration.ofSeconds(10), config.firstRetry());
        assertEquals(Duration.ofHours(1), config.maxRetry());
        assertEquals(Duration.ofDays(3), config.giveUpAfter());
        assertEquals(List.of("casework chat", "email 1 (via smtp.example.org)", "lawyer of two cases"),
                config.subscriptions().stream().map(Subscription::label).toList());
        assertEquals(new NotifyConfig.SmtpServer("smtp.example.org", 587, "starttls", "dossier@example.org", "p",
                "Dossier <dossier@example.org>"), config.smtp());
        Subscription lawyer = config.subscriptions().get(2);
        assertEquals(List.of("counsel@example.org"), ((Subscription.Email) lawyer).to());
        assertTrue(lawyer.people().includes(brief("jan-novak", "Jan Novak", "on_trial", null, List.of(), List.of()).person()));
        assertTrue(lawyer.people().includes(brief("mk", "Marta  kessel", "on_trial", null, List.of(), List.of()).person()));
        assertFalse(lawyer.people().includes(brief("ada-vole", "Ada Vole", "on_trial", null, List.of(), List.of()).person()));
    }

    @Test
    void jsonIsReadTooAndTheOutboxDefaultsToTheOutputFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("notify.json"),
                "{\"webhooks\": [{\"url\": \"http://127.0.0.1:9/h\", \"secret\": \"x\", \"people\": [\"all\"]}]}");
        NotifyConfig config = NotifyConfig.load(file, dir.resolve("out"), ENV::get);
        assertEquals(dir.resolve("out").resolve("notifications"), config.outbox());
        assertEquals(Duration.ofSeconds(30), config.readTimeout());
    }

    @Test
    void mistakesAreOneLineNamingTheFile() throws Exception {
        assertProblem("webhooks:\n  - url: https://h.example/x\n    secret: s\n    people: all\n    retries: 3\n",
                "unknown setting \"retries\" in webhooks, item 1; known: ");
        assertProblem("webhooks:\n  - url: https://h.example/x\n    secretEnv: NOT_SET\n    people: all\n",
                "webhook 1: the environment variable NOT_SET (secretEnv) is not set");
        assertProblem("webhooks:\n  - url: https://h.example/x\n    people: all\n", "webhook 1: secret missing");
        assertProblem("webhooks:\n  - url: ftp://h.example/x\n    secret: s\n    people: all\n",
                "webhook 1: url: \"ftp://h.example/x\" is not an http or https address");
        assertProblem("webhooks:\n  - url: https://h.example/x\n    secret: s\n", "webhook 1: people missing");
        assertProblem("email:\n  - to: a@example.org\n    people: all\n", "email subscriptions need smtp:");
        assertProblem("smtp: {host: m.example, from: d@example.org, user: d}\nemail:\n  - to: a@example.org\n    people: all\n",
                "smtp.passwordEnv missing");
        assertProblem("retry: {first: soon}\nwebhooks:\n  - {url: 'https://h.example/x', secret: s, people: all}\n",
                "retry.first: \"soon\" is not a duration");
        assertProblem("timeouts: {read: 0s}\nwebhooks:\n  - {url: 'https://h.example/x', secret: s, people: all}\n",
                "timeouts.read must be above zero");
        assertProblem("outbox: x\n", "no subscriptions");
        assertProblem("webhooks:\n  - {url: 'https://h.example/x', secret: s, people: all}\n"
                + "  - {url: 'https://h.example/x', secret: t, people: [ada]}\n",
                "webhook 2 (h.example): the same url as another subscription");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> NotifyConfig.load(dir.resolve("nope.yaml"), dir, ENV::get));
        assertEquals(dir.resolve("nope.yaml") + ": not found", missing.getMessage());
    }

    private void assertProblem(String yaml, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("notify.yaml"), yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NotifyConfig.load(file, dir, ENV::get), yaml);
        assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
