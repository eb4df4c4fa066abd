package org.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.io.Json;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket), enough for a test
 * to open pages, type into them and press buttons as a person would: {@link #eval} runs
 * JavaScript in the page, {@link #await} waits for the page to show something.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The browser, when one is installed: {@code chromium} (Debian) or {@code chromium-browser}. */
    static Optional<Path> executable() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(name))) {
                return Optional.of(Path.of(name));
            }
        }
        return Optional.empty();
    }

    static HeadlessChromium start(Path executable, Path profile) throws Exception {
        Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1200,900",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STEP.toNanos();
            while (!(Files.isRegularFile(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    throw new IOException("chromium did not start; see " + profile.resolveSibling("chromium.log"));
                }
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(STEP).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode t : targets) {
                if (t.path("type").asText().equals("page")) {
                    page = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (page == null) {
                throw new IOException("chromium has no page to drive: " + targets);
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(STEP).buildAsync(URI.create(page), new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        self[0].received(text.toString());
                        text.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).get(STEP.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(p, ws);
            return self[0];
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private void received(String message) {
        try {
            JsonNode m = Json.MAPPER.readTree(message);
            CompletableFuture<JsonNode> answer = m.has("id") ? pending.remove(m.get("id").asInt()) : null;
            if (answer != null) {
                answer.complete(m);
            }
        } catch (IOException e) {
            // not an answer to a command of ours
        }
    }

    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        command.set("params", Json.MAPPER.valueToTree(params));
        socket.sendText(Json.MAPPER.writeValueAsString(command), true).get(STEP.toSeconds(), TimeUnit.SECONDS);
        JsonNode m = answer.get(STEP.toSeconds(), TimeUnit.SECONDS);
        if (m.has("error")) {
            throw new IOException(method + ": " + m.get("error"));
        }
        return m.path("result");
    }

    void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    /** Runs JavaScript in the page; its value as text (null when the page was between two documents). */
    String eval(String script) throws Exception {
        JsonNode r;
        try {
            r = send("Runtime.evaluate", Map.of("expression", script, "returnByValue", true));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("navigated or closed")) {
                return null; // a click or a form post replaced the document while the script ran
            }
            throw e;
        }
        if (r.has("exceptionDetails")) {
            return null;
        }
        JsonNode value = r.path("result").path("value");
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Waits until the script gives {@code true} in the page (pages load and forms post meanwhile). */
    void await(String what, String script, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if ("true".equals(eval("document.readyState === 'complete' && !!(" + script + ")"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the page never showed " + what + "; it shows: " + eval("document.body.innerText"));
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        // the renderer and helper processes outlive the browser for a moment and still write to
        // the profile, which the test's temporary directory then cannot delete: all of them go
        List<ProcessHandle> helpers = process.descendants().toList();
        stop(process.toHandle());
        helpers.forEach(HeadlessChromium::stop);
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        }
    }
}
