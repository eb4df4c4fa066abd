package org.dossier.server.notify;

import static org.dossier.server.notify.TestBriefs.alert;
import static org.dossier.server.notify.TestBriefs.brief;
import static org.dossier.server.notify.TestBriefs.event;
import static org.dossier.server.notify.WebhookDeliveryTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Brief;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** E-mail through SMTP, received by GreenMail in this process. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("dossier", "mail-password"));

    @TempDir
    Path dir;
    Notifications notifications;

    final Brief before = brief("ada-vole", "Ada Vole", "on_trial", "Northgate Prison", List.of(),
            List.of(event("arrested", "2024-01-03", "Northgate")));
    final Brief after = brief("ada-vole", "Ada Vole", "on_trial", "Northgate Prison",
            List.of(alert("no_visit", "No consular visit for 120 days.")), before.custodyEvents());

    @AfterEach
    void stop() {
        if (notifications != null) {
            notifications.close();
        }
    }

    NotifyConfig config(String password) throws Exception {
        Path file = dir.resolve("notify.yaml");
        Files.writeString(file, """
                outbox: %s
                baseUrl: https://dossier.example.org
                retry: {first: 50ms, max: 200ms}
                timeouts: {connect: 2s, read: 5s}
                smtp:
                  host: 127.0.0.1
                  port: %d
                  tls: none
                  user: dossier
                  passwordEnv: SMTP_PASSWORD
                  from: Dossier <dossier@casework.example.org>
                email:
                  - to: [desk@casework.example.org, lead@casework.example.org]
                    people: [ada-vole]
                """.formatted(dir.resolve("outbox"), MAIL.getSmtp().getPort()));
        return NotifyConfig.load(file, dir, Map.of("SMTP_PASSWORD", password)::get);
    }

    @Test
    void aNewAlertIsMailedToEveryAddressOnce() throws Exception {
        notifications = Notifications.start(config("mail-password"));
        assertEquals(1, notifications.changed(before, after));

        await("one copy per address", () -> MAIL.getReceivedMessages().length >= 2);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage mail = received[0];
        assertEquals("[Dossier] Ada Vole: New alert (high): No consular visit for 120 days", mail.getSubject());
        assertEquals("Dossier <dossier@casework.example.org>", mail.getFrom()[0].toString());
        List<String> to = Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        assertEquals(List.of("desk@casework.example.org", "lead@casework.example.org"), to);
        String text = GreenMailUtil.getBody(mail);
        assertTrue(text.contains("New alert (high): No consular visit for 120 days."), text);
        assertTrue(text.contains("https://dossier.example.org/briefs/ada-vole.pdf"), text);
        String id = mail.getHeader("X-Dossier-Message-Id")[0];
        assertEquals("<" + id + "@dossier>", mail.getMessageID(), "the Message-ID is the message's, the same on a resend");
        await("the outbox emptied", () -> notifications.status().pending() == 0);
        assertEquals(0, notifications.changed(before, after));
    }

    @Test
    void aRefusedLoginIsShownAsFailingAndNothingIsLost() throws Exception {
        notifications = Notifications.start(config("not-the-password"));
        notifications.changed(before, after);
        await("a failure on /health", () -> !notifications.status().failing().isEmpty());
        NotificationStatus status = notifications.status();
        assertEquals("email 1 (via 127.0.0.1)", status.failing().get(0).subscription());
        assertEquals(1, status.pending(), status.toString());
        assertEquals(0, MAIL.getReceivedMessages().length);
    }
}
