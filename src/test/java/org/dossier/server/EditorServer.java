package org.dossier.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.io.Folders;
import org.dossier.pipeline.preview.AnnotatedSeeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A server over the seed articles (annotations cached beforehand) with a copy of the rules, and
 * the requests an analyst's browser makes to its rules editor: open a file, preview, apply.
 */
final class EditorServer implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    final Path rules;
    final Path output;
    final DossierServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private EditorServer(Path rules, Path output, DossierServer server) {
        this.rules = rules;
        this.output = output;
        this.server = server;
    }

    static EditorServer start(Path dir) throws Exception {
        Path rules = Folders.copy(Path.of("rules"), dir.resolve("rules"));
        Path output = AnnotatedSeeds.output(dir);
        DossierServer server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(AnnotatedSeeds.SEEDS), rules,
                output, null, false));
        EditorServer s = new EditorServer(rules, output, server);
        s.server.service().refresh("test"); // waits for the startup regeneration
        return s;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A page and its status. */
    record Page(int status, Document html) {

        String field(String name) {
            Element e = html.selectFirst("[name=" + name + "]");
            return e == null ? null : e.tagName().equals("textarea") ? textarea(e.wholeText()) : e.attr("value");
        }

        /** As a browser reads a textarea: a line end right after the opening tag is not part of the text. */
        private static String textarea(String text) {
            return text.startsWith("\r\n") ? text.substring(2) : text.startsWith("\n") ? text.substring(1) : text;
        }

        String text() {
            return html.text();
        }
    }

    Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), Jsoup.parse(r.body()));
    }

    Page post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), Jsoup.parse(r.body()));
    }

    /** Previews a file's new text as the editor page sends it (browsers send CRLF line ends). */
    Page preview(String file, String content, String base) throws IOException, InterruptedException {
        return post("/rules/preview", form(file, content, base));
    }

    Page apply(String file, String content, String base, String previewed, String message)
            throws IOException, InterruptedException {
        Map<String, String> form = form(file, content, base);
        form.put("previewed", previewed);
        form.put("message", message);
        return post("/rules/apply", form);
    }

    private static Map<String, String> form(String file, String content, String base) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("path", file);
        form.put("base", base);
        form.put("content", content.replace("\n", "\r\n"));
        return form;
    }

    @Override
    public void close() {
        server.close();
    }
}
