package org.dossier.server.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dossier.server.notify.TestBriefs.alert;
import static org.dossier.server.notify.TestBriefs.brief;
import static org.dossier.server.notify.TestBriefs.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossier.brief.Brief;
import org.dossier.io.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks over real HTTP to a receiver in the test: signed, retried after failures, not
 * duplicated across a restart, and never holding up the regeneration that queues them.
 */
class WebhookDeliveryTest {

    static final String SECRET = "correct horse battery staple";

    @TempDir
    Path dir;
    WebhookReceiver receiver;
    Notifications notifications;

    final Brief before = brief("ada-vole", "Ada Vole", "pretrial_detention", "Northgate Prison", List.of(),
            List.of(event("arrested", "2024-01-03", "Northgate")));
    final Brief after = brief("ada-vole", "Ada Vole", "on_trial", "Eastmarch Colony 2",
            List.of(alert("no_visit", "No consular visit for 120 days.")),
            List.of(event("arrested", "2024-01-03", "Northgate"), event("transferred", "2024-04-30", "Eastmarch")));

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        if (notifications != null) {
            notifications.close();
        }
        receiver.close();
    }

    NotifyConfig config(String people, String readTimeout) throws Exception {
        Path file = dir.resolve("notify.yaml");
        Files.writeString(file, """
                outbox: %s
                baseUrl: https://dossier.example.org/
                retry: {first: 30ms, max: 120ms, giveUpAfter: 1h}
                timeouts: {connect: 2s, read: %s}
                webhooks:
                  - url: %s
                    secretEnv: HOOK_SECRET
                    people: %s
                """.formatted(dir.resolve("outbox"), readTimeout, receiver.url(), people));
        return NotifyConfig.load(file, dir, Map.of("HOOK_SECRET", SECRET)::get);
    }

    @Test
    void eachChangeIsPostedOnceWithAValidSignatureAndItsId() throws Exception {
        notifications = Notifications.start(config("all", "5s"));
        assertEquals(4, notifications.changed(before, after), "status, place, alert and facts");

        List<WebhookReceiver.Received> got = receiver.awaitDelivered(4);
        assertEquals(4, got.size());
        for (WebhookReceiver.Received r : got) {
            assertEquals("sha256=" + hmac(SECRET, r.body()), r.signature(), "signature over the body as received");
            assertEquals("brief.changed", r.event());
            assertTrue(r.contentType().startsWith("application/json"));
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertEquals(r.messageId(), body.path("id").asText());
            assertEquals("ada-vole", body.path("person").path("id").asText());
            assertEquals("https://dossier.example.org/briefs/ada-vole.pdf", body.path("brief").path("pdf").asText());
        }
        Map<String, JsonNode> byChange = new java.util.HashMap<>();
        for (WebhookReceiver.Received r : got) {
            JsonNode body = Json.MAPPER.readTree(r.body());
            byChange.put(body.path("change").asText(), body);
        }
        assertEquals("on trial", byChange.get("status").path("to").asText());
        assertEquals("pretrial detention", byChange.get("status").path("from").asText());
        assertEquals("Eastmarch Colony 2", byChange.get("place").path("to").asText());
        assertEquals("no_visit", byChange.get("alert").path("alert").path("code").asText());
        assertEquals("[\"2024-04-30 transferred: Eastmarch\"]", byChange.get("facts").path("items").toString());
        assertEquals(4, got.stream().map(WebhookReceiver.Received::messageId).distinct().count());

        await("the outbox emptied", () -> notifications.status().pending() == 0);
        assertEquals(0, notifications.changed(before, after), "the same change again is the same messages, already sent");
        assertEquals(4, Files.list(dir.resolve("outbox/sent")).count());
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameMessageAndShownAsFailingMeanwhile() throws Exception {
        receiver.answer(500, 503, 500);
        notifications = Notifications.start(config("[Ada Vole]", "5s"));
        Brief moved = brief("ada-vole", "Ada Vole", "pretrial_detention", "Eastmarch Colony 2", List.of(),
                before.custodyEvents());
        assertEquals(1, notifications.changed(before, moved));

        await("a failure on /health", () -> !notifications.status().failing().isEmpty());
        NotificationStatus.Failing failing = notifications.status().failing().get(0);
        assertTrue(failing.subscription().contains("127.0.0.1"), failing.toString());
        assertTrue(failing.lastError().contains("HTTP 5"), failing.toString());
        assertFalse(failing.subscription().contains("/hook"), "no URL path (it may be a secret) on /health");

        List<WebhookReceiver.Received> got = receiver.awaitDelivered(1);
        assertEquals(List.of(500, 503, 500, 200), got.stream().map(WebhookReceiver.Received::answered).toList());
        assertEquals(1, got.stream().map(WebhookReceiver.Received::messageId).distinct().count(), "one message, 4 tries");
        assertEquals(1, got.stream().map(WebhookReceiver.Received::text).distinct().count(), "the same body each time");
        await("the failure cleared", () -> notifications.status().failing().isEmpty()
                && notifications.status().pending() == 0);
    }

    @Test
    void aRestartMidWayDeliversEachMessageOnceAndTheSameChangesAgainAreNotQueuedAgain() throws Exception {
        NotifyConfig config = config("all", "5s");
        receiver.answer(200); // the first message goes through, then the receiver is down
        receiver.otherwise(503);
        notifications = Notifications.start(config);
        notifications.changed(before, after);
        receiver.awaitDelivered(1);
        await("a failure", () -> !notifications.status().failing().isEmpty());
        notifications.close(); // the server stops with messages still pending
        assertEquals(3, notifications.status().pending(), "the three undelivered stay in the outbox");

        receiver.otherwise(200); // the receiver is back
        WebhookReceiver fresh = receiver;
        notifications = Notifications.start(config);
        // the restarted server's first regeneration finds the same change again (its brief was not yet written)
        assertEquals(0, notifications.changed(before, after));
        List<WebhookReceiver.Received> got = fresh.awaitDelivered(4);
        await("the outbox emptied", () -> notifications.status().pending() == 0);
        List<String> delivered = fresh.delivered().stream().map(WebhookReceiver.Received::messageId).toList();
        assertEquals(4, delivered.size(), got.toString());
        assertEquals(4, delivered.stream().distinct().count(), "each message delivered once");
    }

    @Test
    void aStopMidSendKeepsTheMessageWhichIsSentAgainUnderTheSameId() throws Exception {
        NotifyConfig config = config("all", "10s");
        receiver.holdRequests();
        notifications = Notifications.start(config);
        Brief moved = brief("ada-vole", "Ada Vole", "pretrial_detention", "Eastmarch Colony 2", List.of(),
                before.custodyEvents());
        notifications.changed(before, moved);
        await("the POST to arrive", () -> receiver.arrived() == 1);
        notifications.close(); // stopped while the receiver has not answered yet
        assertEquals(1, notifications.status().pending(), "not delivered as far as the server knows: kept");
        receiver.release();

        notifications = Notifications.start(config);
        await("the outbox emptied", () -> notifications.status().pending() == 0);
        List<WebhookReceiver.Received> got = receiver.awaitDelivered(2);
        assertEquals(2, got.size(), "at least once: the receiver got it before the stop and again after");
        assertEquals(got.get(0).messageId(), got.get(1).messageId(), "under the same id, which it can drop");
    }

    @Test
    void aMessageStillFailingAfterGiveUpAfterIsSetAsideAndShown() throws Exception {
        receiver.otherwise(500);
        Path file = dir.resolve("notify.yaml");
        Files.writeString(file, """
                outbox: %s
                retry: {first: 20ms, max: 40ms, giveUpAfter: 150ms}
                webhooks: [{url: '%s', secret: s, people: all}]
                """.formatted(dir.resolve("outbox"), receiver.url()));
        notifications = Notifications.start(NotifyConfig.load(file, dir, Map.<String, String>of()::get));
        notifications.changed(before, after);
        await("all four set aside", () -> notifications.status().undelivered() == 4);
        assertEquals(0, notifications.status().pending());
        JsonNode setAside = Json.MAPPER.readTree(Files.list(dir.resolve("outbox/undelivered")).findFirst().orElseThrow()
                .toFile());
        assertEquals("the receiver answered HTTP 500", setAside.path("lastError").asText());
        assertEquals(0, notifications.changed(before, after), "not made again once given up");
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutAndNeverHoldsUpTheRegeneration() throws Exception {
        receiver.holdRequests();
        notifications = Notifications.start(config("all", "200ms"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            notifications.changed(before, after);
            Brief later = brief("ada-vole", "Ada Vole", "convicted_serving_sentence", "Eastmarch Colony 2",
                    after.alerts(), after.custodyEvents());
            notifications.changed(after, later);
        }, "queueing waits for no receiver");
        await("a timeout on /health", () -> !notifications.status().failing().isEmpty());
        NotificationStatus status = notifications.status();
        assertTrue(status.failing().get(0).lastError().contains("no answer within 200 ms"), status.toString());
        assertEquals(5, status.pending());
        receiver.release();
        receiver.awaitDelivered(5);
        await("all delivered once the receiver answers", () -> notifications.status().pending() == 0);
    }

    @Test
    void aSubscriptionForOtherPeopleGetsNothing() throws Exception {
        notifications = Notifications.start(config("[bo-lind, Cy Marsh]", "5s"));
        assertEquals(0, notifications.changed(before, after));
        assertEquals(0, notifications.status().pending());
        assertTrue(receiver.received().isEmpty());
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
