package org.dossier.server.notify;

import java.util.concurrent.CompletionException;
import org.simplejavamail.MailException;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/** A plain-text e-mail per message, through the configured SMTP server (Simple Java Mail on Jakarta Mail). */
final class MailChannel implements Channel {

    private final Subscription.Email subscription;
    private final Mailer mailer;
    private final String from;

    MailChannel(Subscription.Email subscription, Mailer mailer, String from) {
        this.subscription = subscription;
        this.mailer = mailer;
        this.from = from;
    }

    /** One mailer for every e-mail subscription; {@code timeoutMillis} bounds connecting, reading and writing. */
    static Mailer mailer(NotifyConfig.SmtpServer smtp, int timeoutMillis) {
        TransportStrategy transport = switch (smtp.tls()) {
            case "smtps" -> TransportStrategy.SMTPS;
            case "none" -> TransportStrategy.SMTP;
            default -> TransportStrategy.SMTP_TLS;
        };
        return MailerBuilder.withSMTPServer(smtp.host(), smtp.port(), smtp.user(), smtp.password())
                .withTransportStrategy(transport).withSessionTimeout(timeoutMillis).buildMailer();
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        Notification n = message.notification();
        Email email = EmailBuilder.startingBlank()
                .from(from)
                .toMultiple(subscription.to().toArray(String[]::new))
                .withSubject(MailText.subject(n))
                .withPlainText(MailText.body(n))
                .withHeader(WebhookChannel.MESSAGE_ID, message.id())
                .fixingMessageId("<" + message.id() + "@dossier>")
                .buildEmail();
        try {
            mailer.sendMail(email).join();
        } catch (MailException | CompletionException e) {
            throw new DeliveryException("the mail server refused or could not be reached: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
