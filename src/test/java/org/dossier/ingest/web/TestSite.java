package org.dossier.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1 for tests: pages and feeds put in by the test, and the ways a site
 * fails (404, a slow answer, a redirect loop, a page of 50 MB). It counts the requests per path.
 */
public final class TestSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private record Response(int status, String type, byte[] body, String location) {
    }

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        redirect("/loop-a", "/loop-b");
        redirect("/loop-b", "/loop-a");
    }

    public static byte[] resource(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/ingest").resolve(name));
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public TestSite page(String path, String type, byte[] body) {
        responses.put(path, new Response(200, type, body, null));
        return this;
    }

    public TestSite page(String path, String type, String body) {
        return page(path, type, body.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite redirect(String path, String to) {
        responses.put(path, new Response(302, "text/html", new byte[0], to));
        return this;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            switch (path) {
                case "/slow" -> slow(exchange);
                case "/huge" -> huge(exchange);
                default -> answer(exchange, responses.get(path));
            }
        }
    }

    private static void answer(HttpExchange exchange, Response response) throws IOException {
        if (response == null) {
            byte[] body = "<html><body><h1>Page not found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", response.type());
        if (response.location() != null) {
            exchange.getResponseHeaders().set("Location", response.location());
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        exchange.getResponseBody().write(response.body());
    }

    /** Answers after three seconds, longer than the tests' fetch timeout. */
    private static void slow(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer(exchange, new Response(200, "text/html", "<html><body><p>late</p></body></html>".getBytes(), null));
    }

    /** A 50 MB page sent in chunks without a declared length, until the client hangs up. */
    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(1024)
                .getBytes(StandardCharsets.UTF_8);
        OutputStream out = exchange.getResponseBody();
        try {
            for (long sent = 0; sent < (50L << 20); sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // The client stopped reading: as it should.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
