package org.dossier.server.notify;

/** A message could not be delivered this time; the message says why in a line. */
final class DeliveryException extends Exception {

    DeliveryException(String message) {
        super(message);
    }
}
