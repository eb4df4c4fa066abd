package org.dossier.server.notify;

import java.util.List;

/**
 * The notifications file as written (YAML or JSON), before it is checked; {@link NotifyConfig}
 * is what it means. Durations are written as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 3d}.
 *
 * @param outbox   the folder of messages not yet delivered (default: OUTPUT/notifications)
 * @param baseUrl  the server's address as readers reach it, for links to the briefs in messages
 * @param webhooks JSON POSTs signed with a shared secret
 * @param smtp     the mail server, needed when there are {@code email} subscriptions
 * @param email    e-mail subscriptions
 */
record NotifyFile(String outbox, String baseUrl, Retry retry, Timeouts timeouts, List<Webhook> webhooks, Smtp smtp,
                  List<Email> email) {

    /** @param secret the shared secret; or {@code secretEnv}, the environment variable holding it */
    record Webhook(String name, String url, String secret, String secretEnv, List<String> people) {
    }

    /** @param tls starttls (default), smtps or none */
    record Smtp(String host, Integer port, String tls, String user, String passwordEnv, String from) {
    }

    record Email(String name, List<String> to, List<String> people) {
    }

    /** @param first the wait after the first failure, doubled after each next one up to {@code max} */
    record Retry(String first, String max, String giveUpAfter) {
    }

    record Timeouts(String connect, String read) {
    }
}
