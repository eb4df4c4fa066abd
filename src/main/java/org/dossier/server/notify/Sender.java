package org.dossier.server.notify;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that delivers the outbox: each due message in turn, oldest first. After a failure a
 * subscription waits {@code first}, then twice as long after each next failure in a row up to
 * {@code max}, and is not tried again, for any message, before its wait is over. A message still not
 * delivered {@code giveUpAfter} after it was made is set aside as undelivered. Messages leave
 * {@code pending/} only once delivered, so a stop at any moment loses none (one being sent at that
 * moment is sent again, under the same id).
 */
final class Sender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    private static final Duration IDLE = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final Map<String, Channel> channels;
    private final Map<String, String> labels;
    private final NotifyConfig config;
    private final Clock clock;
    private final Map<String, NotificationStatus.Failing> failing = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new HashMap<>();
    private final Object wake = new Object();
    private final Thread thread;
    private boolean woken;
    private volatile boolean running = true;

    Sender(Outbox outbox, Map<String, Channel> channels, Map<String, String> labels, NotifyConfig config, Clock clock) {
        this.outbox = outbox;
        this.channels = Map.copyOf(channels);
        this.labels = Map.copyOf(labels);
        this.config = config;
        this.clock = clock;
        this.thread = new Thread(this::run, "dossier-notify");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Looks at the outbox now rather than at the next due time. */
    void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    List<NotificationStatus.Failing> failing() {
        return failing.values().stream()
                .sorted(java.util.Comparator.comparing(NotificationStatus.Failing::subscription)).toList();
    }

    private void run() {
        try {
            outbox.forgetSentBefore(clock.instant().minus(Outbox.KEEP_SENT));
        } catch (IOException e) {
            LOG.warn("notifications: old sent messages could not be removed: {}", e.getMessage());
        }
        while (running) {
            Instant next;
            try {
                next = deliverDue();
            } catch (IOException e) {
                LOG.error("notifications: the outbox cannot be read: {}", e.getMessage());
                next = clock.instant().plus(config.firstRetry());
            } catch (InterruptedException e) {
                return;
            }
            try {
                sleepUntil(next);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Tries every due message once; returns when the next one is due. */
    private Instant deliverDue() throws IOException, InterruptedException {
        Instant now = clock.instant();
        Instant next = now.plus(IDLE);
        for (OutboxMessage message : outbox.pending()) {
            if (!running) {
                break;
            }
            Instant due = latest(message.nextAttempt(), blockedUntil.get(message.subscription()));
            if (due != null && due.isAfter(clock.instant())) {
                next = earliest(next, due);
                continue;
            }
            Instant retry = attempt(message);
            if (retry != null) {
                next = earliest(next, retry);
            }
        }
        return next;
    }

    /** One attempt; returns when to try again, or null when delivered or given up. */
    private Instant attempt(OutboxMessage message) throws IOException, InterruptedException {
        Channel channel = channels.get(message.subscription());
        if (channel == null) {
            outbox.giveUp(message.failed("its subscription is no longer in the notifications file", null));
            LOG.warn("notifications: message {} set aside: its subscription is no longer configured", message.id());
            return null;
        }
        try {
            channel.deliver(message);
            outbox.delivered(message);
            blockedUntil.remove(message.subscription());
            if (failing.remove(message.subscription()) != null) {
                LOG.info("notifications: {} delivers again", labels.get(message.subscription()));
            }
            return null;
        } catch (DeliveryException e) {
            return failed(message, e.getMessage());
        } catch (RuntimeException e) {
            return failed(message, e.toString());
        }
    }

    private Instant failed(OutboxMessage message, String error) throws IOException {
        Instant now = clock.instant();
        String label = labels.get(message.subscription());
        NotificationStatus.Failing before = failing.get(message.subscription());
        int inARow = before == null ? 1 : before.failures() + 1; // the wait grows with the endpoint's failures
        OutboxMessage retry = message.failed(error, now.plus(backoff(inARow)));
        failing.put(message.subscription(), new NotificationStatus.Failing(label,
                before == null ? now : before.since(), inARow, error, retry.nextAttempt()));
        if (!now.isBefore(message.created().plus(config.giveUpAfter()))) {
            outbox.giveUp(retry);
            LOG.error("notifications: gave up message {} to {} after {} attempt(s): {}", message.id(), label,
                    retry.attempts(), error);
            return null;
        }
        outbox.update(retry);
        blockedUntil.put(message.subscription(), retry.nextAttempt());
        LOG.warn("notifications: {} failed (attempt {}), next at {}: {}", label, retry.attempts(), retry.nextAttempt(),
                error);
        return retry.nextAttempt();
    }

    /** The wait after the {@code failures}-th failure in a row: first, doubled each time, at most max. */
    Duration backoff(int failures) {
        Duration wait = config.firstRetry();
        for (int i = 1; i < failures && wait.compareTo(config.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxRetry()) > 0 ? config.maxRetry() : wait;
    }

    private void sleepUntil(Instant next) throws InterruptedException {
        synchronized (wake) {
            long millis = Duration.between(clock.instant(), next).toMillis();
            while (!woken && running && millis > 0) {
                wake.wait(millis);
                millis = Duration.between(clock.instant(), next).toMillis();
            }
            woken = false;
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Stops after the attempt under way (bounded by the timeouts); what is pending stays in the outbox. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        wake();
        try {
            thread.join(config.connectTimeout().plus(config.readTimeout()).toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
