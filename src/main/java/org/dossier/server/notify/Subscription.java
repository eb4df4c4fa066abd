package org.dossier.server.notify;

import java.net.URI;
import java.util.List;

/**
 * Where messages go and about whom.
 *
 * @param id    stable while the destination stays the same (a hash of the address), part of each message's id
 * @param label how {@code /health} names it: the configured name, or the kind and host (never a secret URL path)
 */
public sealed interface Subscription {

    String id();

    String label();

    People people();

    record Webhook(String id, String label, People people, URI url, byte[] secret) implements Subscription {
    }

    record Email(String id, String label, People people, List<String> to) implements Subscription {
    }
}
