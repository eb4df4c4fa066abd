package org.dossier.server.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on a free port of this machine: records every POST (headers, body) and
 * answers each with the next status of its script, then with the status set by {@link #otherwise} (200).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String messageId, String signature, String event, String contentType, byte[] body, int answered) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private volatile CountDownLatch hold;
    private int otherwise = 200;
    private final java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            arrived.incrementAndGet();
            CountDownLatch wait = hold;
            if (wait != null) {
                try {
                    wait.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status;
            synchronized (this) {
                status = script.isEmpty() ? otherwise : script.poll();
                com.sun.net.httpserver.Headers h = exchange.getRequestHeaders();
                received.add(new Received(h.getFirst("X-Dossier-Message-Id"),
                        h.getFirst("X-Dossier-Signature"),
                        h.getFirst("X-Dossier-Event"),
                        h.getFirst("Content-Type"), body, status));
                notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The next requests are answered with these statuses, in order. */
    synchronized void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** Requests beyond the script are answered with {@code status}. */
    synchronized void otherwise(int status) {
        otherwise = status;
    }

    /** Requests wait (unanswered) until {@link #release} is called. */
    void holdRequests() {
        hold = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch wait = hold;
        hold = null;
        if (wait != null) {
            wait.countDown();
        }
    }

    /** Requests that arrived, answered or not. */
    int arrived() {
        return arrived.get();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits up to 20 s for {@code n} requests answered with 2xx; returns all requests received. */
    synchronized List<Received> awaitDelivered(int n) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (delivered().size() < n && System.currentTimeMillis() < end) {
            wait(Math.max(1, end - System.currentTimeMillis()));
        }
        return List.copyOf(received);
    }

    synchronized List<Received> delivered() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
