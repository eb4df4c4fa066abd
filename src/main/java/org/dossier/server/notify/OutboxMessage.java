package org.dossier.server.notify;

import java.time.Instant;

/**
 * A message in the outbox, with how its delivery has gone so far.
 *
 * @param subscription the id of the subscription it goes to
 * @param attempts     failed attempts so far
 * @param nextAttempt  not to be tried before this
 * @param lastError    why the last attempt failed, or null
 */
public record OutboxMessage(String id, String subscription, Instant created, int attempts, Instant nextAttempt,
                            String lastError, Notification notification) {

    OutboxMessage failed(String error, Instant next) {
        return new OutboxMessage(id, subscription, created, attempts + 1, next, error, notification);
    }
}
