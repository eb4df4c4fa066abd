package org.dossier.server.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.brief.Brief;
import org.dossier.io.Json;
import org.dossier.pipeline.NotableChanges;
import org.dossier.pipeline.Hashes;
import org.simplejavamail.api.mailer.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells subscribers what changed in the briefs. {@link #changed} only writes messages to the
 * outbox (a small file each), so a regeneration never waits for a receiver; the {@link Sender}
 * thread delivers them. A message's id is a hash of its subscription, the person, the change and
 * the two versions of the brief, so the same change made again (after a restart, say) is the
 * same message and is not queued twice.
 */
public final class Notifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final NotifyConfig config;
    private final Outbox outbox;
    private final Sender sender;
    private final Clock clock;
    private volatile String outboxError;

    private Notifications(NotifyConfig config, Outbox outbox, Sender sender, Clock clock) {
        this.config = config;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** Opens the outbox and starts delivering what is pending in it, from an earlier run too. */
    public static Notifications start(NotifyConfig config) throws IOException {
        return start(config, Clock.systemUTC());
    }

    static Notifications start(NotifyConfig config, Clock clock) throws IOException {
        Outbox outbox = new Outbox(config.outbox());
        Map<String, Channel> channels = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Mailer mailer = config.smtp() == null ? null
                : MailChannel.mailer(config.smtp(), (int) config.readTimeout().toMillis());
        for (Subscription s : config.subscriptions()) {
            labels.put(s.id(), s.label());
            if (s instanceof Subscription.Webhook w) {
                channels.put(s.id(), new WebhookChannel(w, config.connectTimeout(), config.readTimeout()));
            } else if (s instanceof Subscription.Email e) {
                channels.put(s.id(), new MailChannel(e, mailer, config.smtp().from()));
            }
        }
        Sender sender = new Sender(outbox, channels, labels, config, clock);
        Notifications notifications = new Notifications(config, outbox, sender, clock);
        sender.start();
        return notifications;
    }

    /**
     * Queues a message per notable change of this brief for each subscription that follows the
     * person. A failure to write the outbox is logged and shown on /health; it does not fail the
     * regeneration.
     *
     * @param previous the brief before, or null for a person's first brief
     * @return how many messages were queued (0 for those queued before)
     */
    public int changed(Brief previous, Brief current) {
        int queued = 0;
        try {
            List<NotableChanges.Change> changes = NotableChanges.between(previous, current);
            if (changes.isEmpty()) {
                return 0;
            }
            String before = previous == null ? "" : hash(previous);
            String after = hash(current);
            for (Subscription s : config.subscriptions()) {
                if (!s.people().includes(current.person())) {
                    continue;
                }
                for (NotableChanges.Change change : changes) {
                    String id = Hashes.of(s.id(), current.person().id(), change.kind(), change.key(), before, after)
                            .substring(0, 32);
                    if (outbox.add(new OutboxMessage(id, s.id(), clock.instant(), 0, null, null,
                            notification(id, current, change)))) {
                        queued++;
                    }
                }
            }
            outboxError = null;
        } catch (IOException | RuntimeException e) {
            outboxError = config.outbox() + ": " + e.getMessage();
            LOG.error("notifications: the outbox cannot be written; changes of {} not queued: {}",
                    current.person().id(), e.getMessage());
        }
        if (queued > 0) {
            sender.wake();
        }
        return queued;
    }

    private static String hash(Brief brief) {
        return Hashes.of(new String(Json.bytes(brief), StandardCharsets.UTF_8));
    }

    private Notification notification(String id, Brief brief, NotableChanges.Change change) {
        String person = brief.person().id();
        Notification.Links links = config.baseUrl() == null ? null : new Notification.Links(
                config.baseUrl() + "/briefs/" + person + ".pdf", config.baseUrl() + "/briefs/" + person + ".json");
        return new Notification(id, Notification.EVENT, change.kind(), change.summary(),
                new Notification.Person(person, brief.person().name()), brief.asOf(), change.from(), change.to(),
                change.alert(), change.items(), links, clock.instant());
    }

    public NotificationStatus status() {
        try {
            return new NotificationStatus(outbox.pendingCount(), sender.failing(), outbox.undeliveredCount(),
                    outboxError);
        } catch (IOException e) {
            return new NotificationStatus(-1, sender.failing(), -1, config.outbox() + ": " + e.getMessage());
        }
    }

    /** Stops delivering; what is pending is delivered by the next start on the same outbox. */
    @Override
    public void close() {
        sender.close();
    }
}
