package org.dossier.server.notify;

/** Delivers messages to one subscription; each attempt ends within the configured timeouts. */
interface Channel {

    void deliver(OutboxMessage message) throws DeliveryException, InterruptedException;
}
