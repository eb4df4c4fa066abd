package org.dossier.server.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The notifications part of {@code GET /health}.
 *
 * @param pending     messages not yet delivered
 * @param failing     the subscriptions whose last attempt failed
 * @param undelivered messages given up (in the outbox's {@code undelivered/} folder)
 * @param outboxError why the last change could not be put in the outbox, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationStatus(int pending, List<Failing> failing, int undelivered, String outboxError) {

    /**
     * @param subscription the subscription's name (as configured, or its kind and host)
     * @param since        the first failure since the last delivery
     * @param failures     failed attempts since then
     * @param nextAttempt  when it is tried again
     */
    public record Failing(String subscription, Instant since, int failures, String lastError, Instant nextAttempt) {
    }
}
