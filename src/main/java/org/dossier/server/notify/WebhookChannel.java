package org.dossier.server.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossier.io.Json;

/**
 * A JSON POST of the {@link Notification}, with {@code X-Dossier-Signature: sha256=HEX}, the
 * HMAC-SHA256 of the body under the subscription's secret, and {@code X-Dossier-Message-Id}. Any
 * 2xx answer is a delivery; redirects are not followed.
 */
final class WebhookChannel implements Channel {

    static final String SIGNATURE = "X-Dossier-Signature";
    static final String MESSAGE_ID = "X-Dossier-Message-Id";
    static final String EVENT = "X-Dossier-Event";

    private final Subscription.Webhook subscription;
    private final HttpClient http;
    private final Duration readTimeout;

    WebhookChannel(Subscription.Webhook subscription, Duration connectTimeout, Duration readTimeout) {
        this.subscription = subscription;
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException, InterruptedException {
        byte[] body = Json.bytes(message.notification());
        HttpRequest request = HttpRequest.newBuilder(subscription.url()).timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Dossier notifications")
                .header(MESSAGE_ID, message.id())
                .header(EVENT, Notification.EVENT)
                .header(SIGNATURE, "sha256=" + sign(subscription.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("no answer within " + readTimeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw new DeliveryException("cannot connect to " + hostAndPort() + (e.getMessage() == null ? ""
                    : " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DeliveryException("the receiver answered HTTP " + status);
        }
    }

    private String hostAndPort() {
        int port = subscription.url().getPort();
        if (port == -1) {
            port = "https".equalsIgnoreCase(subscription.url().getScheme()) ? 443 : 80;
        }
        return subscription.url().getHost() + ":" + port;
    }

    /** HMAC-SHA256 of {@code body} under {@code secret}, in lower-case hex. */
    static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
