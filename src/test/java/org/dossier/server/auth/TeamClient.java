package org.dossier.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.cli.Main;
import org.jsoup.Jsoup;

/** What the tests of a server with accounts do over HTTP: log in, read pages with a session or a token, post forms. */
final class TeamClient {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    TeamClient(int port) {
        this.port = port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(PATIENCE);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String name, String password, String client) throws Exception {
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("name", name, "password", password, "next", "/")))));
    }

    /** The session cookie of a login that must succeed, as a Cookie request header. */
    String session(String name, String password, String client) throws Exception {
        HttpResponse<String> login = login(name, password, client);
        assertEquals(303, login.statusCode(), "login as " + name + ": " + login.body());
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    /** The session's CSRF token, from the logout button every page shown to a logged-in person has. */
    String csrf(String cookie, String page) throws Exception {
        HttpResponse<String> r = send(request(page).header("Cookie", cookie).header("Accept", "text/html"));
        return Jsoup.parse(r.body()).selectFirst("form[action=/logout] [name=csrf]").attr("value");
    }

    HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields) throws Exception {
        return send(request(path).header("Cookie", cookie).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Runs the command line with this standard input; its standard output. */
    static String cli(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args), String.join(" ", args));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Adds an account with {@code dossier users add} and returns a new API token for it. */
    static String account(Path users, String name, String role, String password) {
        cli(password + "\n", "users", "add", name, "--role", role, "--users", users.toString());
        return cli(null, "users", "token", name, "--users", users.toString()).strip();
    }
}
