package org.dossier.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dossier.cli.Main;
import org.dossier.io.Folders;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;

/**
 * A server with accounts ({@code serve --users}), made with {@code dossier users add} and
 * {@code users token}, exercised over real HTTP. It trusts a proxy, so that each test can
 * come from its own client address (X-Forwarded-For) and a lockout in one does not reach another.
 */
class AccessControlTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Map<String, String> PASSWORDS = Map.of("rita", "reader password 1", "ed", "editor password 2",
            "ada", "admin password 3", "lou", "locked-out password 4");
    static final AtomicInteger CLIENTS = new AtomicInteger();

    @TempDir
    static Path dir;
    static Path users;
    static DossierServer server;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        users = dir.resolve("team/users.json");
        add("rita", "reader");
        add("ed", "editor");
        add("ada", "admin");
        add("lou", "editor"); // only for the lockout, which keeps lou out for the rest of the run
        for (String name : PASSWORDS.keySet()) {
            TOKENS.put(name, cli(null, "users", "token", name, "--users", users.toString()).strip());
        }
        Path input = Files.createDirectories(dir.resolve("in"));
        Path rules = Folders.copy(Path.of("rules"), dir.resolve("rules"));
        server = DossierServer.start(new ServerConfig("127.0.0.1", 0, List.of(input), rules, dir.resolve("out"), null,
                false, List.of(), users, true));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void add(String name, String role) {
        cli(PASSWORDS.get(name) + "\n", "users", "add", name, "--role", role, "--users", users.toString());
    }

    /** Runs the command line with this standard input; its standard output. */
    private static String cli(String stdin, String... args) {
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

    /** One endpoint, and the least role that may use it (null: anyone). */
    record Endpoint(String method, String path, String type, Role needs) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/health", null, null),
            new Endpoint("GET", "/login", null, null),
            new Endpoint("GET", "/", null, Role.READER),
            new Endpoint("GET", "/briefs/someone.pdf", null, Role.READER),
            new Endpoint("GET", "/briefs/someone.json", null, Role.READER),
            new Endpoint("GET", "/facts.json", null, Role.READER),
            new Endpoint("GET", "/briefs/someone", null, Role.READER),
            new Endpoint("GET", "/articles/some-article", null, Role.READER),
            new Endpoint("GET", "/caseload.csv", null, Role.READER),
            new Endpoint("GET", "/caseload.json", null, Role.READER),
            new Endpoint("GET", "/caseload.pdf", null, Role.READER),
            new Endpoint("GET", "/briefs/someone/history", null, Role.READER),
            new Endpoint("GET", "/briefs/someone/history/compare?from=1&to=2", null, Role.READER),
            new Endpoint("POST", "/articles", "multipart/form-data; boundary=x", Role.EDITOR),
            new Endpoint("POST", "/articles", "application/x-www-form-urlencoded", Role.EDITOR),
            new Endpoint("POST", "/articles", "text/plain", Role.EDITOR),
            new Endpoint("GET", "/rules", null, Role.EDITOR),
            new Endpoint("GET", "/rules/history", null, Role.EDITOR),
            new Endpoint("GET", "/rules/derive/alerts.drl", null, Role.EDITOR),
            new Endpoint("POST", "/rules/preview", "application/x-www-form-urlencoded", Role.EDITOR),
            new Endpoint("POST", "/rules/apply", "application/x-www-form-urlencoded", Role.EDITOR),
            new Endpoint("GET", "/audit", null, Role.ADMIN),
            new Endpoint("GET", "/audit.jsonl", null, Role.ADMIN),
            new Endpoint("GET", "/accounts", null, Role.ADMIN),
            new Endpoint("POST", "/accounts/add", "application/x-www-form-urlencoded", Role.ADMIN),
            new Endpoint("POST", "/accounts/role", "application/x-www-form-urlencoded", Role.ADMIN),
            new Endpoint("POST", "/accounts/remove", "application/x-www-form-urlencoded", Role.ADMIN));

    /** Who asks: no one, a person logged in (session cookie, with the session's CSRF token on posts), or a script's token. */
    record Caller(String label, Role role, String cookie, String csrf, String token) {
    }

    /**
     * Every endpoint, asked by each kind of caller with an empty request: let in (any status but
     * 401 and 403; the empty posts are then refused as incomplete and change nothing) or refused.
     */
    @Test
    void eachRoleReachesWhatItMayAndIsRefusedTheRest() throws Exception {
        Map<String, Role> roles = Map.of("rita", Role.READER, "ed", Role.EDITOR, "ada", Role.ADMIN);
        List<Caller> callers = new java.util.ArrayList<>();
        callers.add(new Caller("anonymous", null, null, null, null));
        for (String who : List.of("rita", "ed", "ada")) {
            String cookie = session(login(who, PASSWORDS.get(who), "/", newClient(), null));
            String csrf = Jsoup.parse(HTTP.send(request("/").header("Cookie", cookie).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body()).selectFirst("form[action=/logout] [name=csrf]").attr("value");
            callers.add(new Caller(who + " (" + roles.get(who).label() + ", session)", roles.get(who), cookie, csrf, null));
            callers.add(new Caller(who + " (" + roles.get(who).label() + ", token)", roles.get(who), null, null, TOKENS.get(who)));
        }
        List<String> wrong = new java.util.ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (Caller c : callers) {
                // a well-formed multipart body (an empty text), so that the connection stays usable
                String body = e.type() != null && e.type().startsWith("multipart/")
                        ? "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--x--\r\n" : "";
                HttpRequest.Builder r = request(e.path()).method(e.method(), e.method().equals("POST")
                        ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
                if (e.type() != null) {
                    r.header("Content-Type", e.type());
                }
                if (c.token() != null) {
                    r.header("Authorization", "Bearer " + c.token());
                }
                if (c.cookie() != null) {
                    r.header("Cookie", c.cookie()).header(AccessControl.CSRF_HEADER, c.csrf());
                }
                int status = HTTP.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                int expected = e.needs() == null || (c.role() != null && c.role().allows(e.needs())) ? 0
                        : c.role() == null ? 401 : 403;
                boolean right = expected == 0 ? status != 401 && status != 403 : status == expected;
                if (!right) {
                    wrong.add(e.method() + " " + e.path() + " as " + c.label() + ": " + status
                            + (expected == 0 ? " (should be let in)" : " (expected " + expected + ")"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of("ada", "ed", "lou", "rita"), Accounts.load(users).all().stream().map(Account::name)
                .filter(n -> !n.equals("sam")).sorted().toList(), "the empty account forms changed no account");
    }

    @Test
    void aTokenThatWasNeverIssuedIsRefused() throws Exception {
        HttpResponse<String> r = HTTP.send(request("/facts.json").header("Authorization", "Bearer "
                + Secrets.newToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("not valid"), r.body());
        assertFalse(Files.readString(users).contains(TOKENS.get("ed")), "tokens are kept hashed");
        for (String password : PASSWORDS.values()) {
            assertFalse(Files.readString(users).contains(password), "passwords are kept hashed");
        }
    }

    @Test
    void aPersonIsSentToTheLoginPageAndBackAfterLoggingIn() throws Exception {
        String client = newClient();
        HttpResponse<String> page = HTTP.send(request("/rules/history").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, page.statusCode());
        assertEquals("/login?next=%2Frules%2Fhistory", page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> login = login("ed", PASSWORDS.get("ed"), "/rules/history", client, null);
        assertEquals(303, login.statusCode());
        assertEquals("/rules/history", login.headers().firstValue("Location").orElse(""));
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP, no proxy said otherwise: " + cookie);
        HttpResponse<String> history = HTTP.send(request("/rules/history").header("Cookie", session(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, history.statusCode());
        assertNotEquals(null, Jsoup.parse(history.body()).selectFirst("form[action=/logout] [name=csrf]"),
                "a logout button with the CSRF token");
    }

    @Test
    void aReaderSessionCannotReachTheRulesEditor() throws Exception {
        HttpResponse<String> login = login("rita", PASSWORDS.get("rita"), "/", newClient(), null);
        assertEquals(303, login.statusCode());
        int facts = HTTP.send(request("/facts.json").header("Cookie", session(login)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(facts != 401 && facts != 403, "facts.json: " + facts);
        assertEquals(403, HTTP.send(request("/rules").header("Cookie", session(login)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecure() throws Exception {
        HttpResponse<String> login = login("rita", PASSWORDS.get("rita"), "/", newClient(), "https");
        assertTrue(login.headers().firstValue("Set-Cookie").orElse("").contains("Secure"));
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> login = login("ed", PASSWORDS.get("ed"), "/", newClient(), null);
        String cookie = session(login);
        HttpResponse<String> editor = HTTP.send(request("/rules/derive/alerts.drl").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(editor.body()).selectFirst("form#editor [name=csrf]").attr("value");
        assertFalse(csrf.isEmpty());

        assertEquals(403, postForm("/rules/preview", cookie, Map.of("path", "derive/alerts.drl")).statusCode(),
                "no token");
        assertEquals(403, postForm("/rules/preview", cookie, Map.of("csrf", Secrets.newToken())).statusCode(),
                "another token");
        HttpResponse<String> ok = postForm("/rules/preview", cookie, Map.of("csrf", csrf));
        assertEquals(400, ok.statusCode(), "let in, and refused only for the missing fields: " + ok.body());
        assertTrue(ok.body().contains("path, content and base"), ok.body());
    }

    @Test
    void afterLoggingOutTheCookieOpensNothing() throws Exception {
        HttpResponse<String> login = login("ada", PASSWORDS.get("ada"), "/", newClient(), null);
        String cookie = session(login);
        HttpResponse<String> page = HTTP.send(request("/rules").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(page.body()).selectFirst("form[action=/logout] [name=csrf]").attr("value");
        HttpResponse<String> out = postForm("/logout", cookie, Map.of("csrf", csrf));
        assertEquals(303, out.statusCode());
        assertEquals(401, HTTP.send(request("/facts.json").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void repeatedWrongPasswordsLockTheNameWithoutTellingWhetherItExists() throws Exception {
        String client = newClient();
        String unknown = null;
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            HttpResponse<String> wrong = login("lou", "not the password", "/", newClient(), null);
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> nobody = login("nobody-" + i, "not the password", "/", client, null);
            assertEquals(401, nobody.statusCode());
            assertEquals(wrong.body(), nobody.body(), "the same answer for a name with no account");
            unknown = nobody.body();
        }
        assertTrue(unknown.contains("Wrong name or password"), unknown);
        HttpResponse<String> locked = login("lou", PASSWORDS.get("lou"), "/", newClient(), null);
        assertEquals(429, locked.statusCode(), "the right password, after " + LoginThrottle.LIMIT + " wrong ones");
        assertFalse(locked.headers().firstValue("Set-Cookie").isPresent());
        assertEquals(429, login("rita", PASSWORDS.get("rita"), "/", client, null).statusCode(),
                "the client that tried " + LoginThrottle.LIMIT + " wrong logins is locked out too");
        assertEquals(303, login("rita", PASSWORDS.get("rita"), "/", newClient(), null).statusCode(),
                "other names from other clients are not");
        assertEquals(429, login("lou", PASSWORDS.get("lou"), "/", newClient(), null).statusCode());

        List<AuditEntry> audit = new AuditLog(AuditLog.defaultFile(dir.resolve("out")), java.time.Clock.systemUTC()).read()
                .entries();
        assertEquals(LoginThrottle.LIMIT, AuditLog.newestFirst(audit, "lou", AuditEntry.LOGIN_FAILED).size());
        assertEquals(1, AuditLog.newestFirst(audit, "lou", AuditEntry.LOGIN_LOCKED).size(),
                "refusals while locked are kept once, not once a guess");
    }

    @Test
    void anAdminSeesTheAccountsAndNoHashes() throws Exception {
        HttpResponse<String> r = HTTP.send(request("/accounts").header("Authorization", "Bearer " + TOKENS.get("ada"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"name\" : \"rita\"") && r.body().contains("\"role\" : \"reader\""), r.body());
        assertFalse(r.body().contains("$2") || r.body().contains("sha256:"), r.body());
    }

    @Test
    void anAccountRemovedWhileTheServerRunsIsLetInNoMore() throws Exception {
        cli("a password for sam\n", "users", "add", "sam", "--role", "reader", "--users", users.toString());
        String token = cli(null, "users", "token", "sam", "--users", users.toString()).strip();
        HttpRequest facts = request("/facts.json").header("Authorization", "Bearer " + token).build();
        assertNotEquals(401, HTTP.send(facts, HttpResponse.BodyHandlers.discarding()).statusCode(),
                "an account added while the server runs is let in");
        cli(null, "users", "remove", "sam", "--users", users.toString());
        assertEquals(401, HTTP.send(facts, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void listeningBeyondThisMachineWithoutAccountsIsRefusedAtStart() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, Main.run("serve", "--host", "0.0.0.0", "--port", "0", "--input", dir.resolve("in").toString()));
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("refusing to listen on 0.0.0.0 without --users"), message);
        assertTrue(message.lines().count() == 1, "one line: " + message);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(PATIENCE);
    }

    /** A client address of its own, as the trusted proxy reports it. */
    private static String newClient() {
        return "192.0.2." + CLIENTS.incrementAndGet();
    }

    private static HttpResponse<String> login(String name, String password, String next, String client, String proto)
            throws Exception {
        HttpRequest.Builder r = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "198.51.100.7, " + client)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("name", name, "password", password, "next", next))));
        Optional.ofNullable(proto).ifPresent(p -> r.header("X-Forwarded-Proto", p));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields) throws Exception {
        return HTTP.send(request(path).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The session cookie a login set, as a Cookie request header. */
    private static String session(HttpResponse<?> login) {
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    @Test
    void theCaseloadAndBriefPagesSendAPersonToLogInFirst() throws Exception {
        for (String path : List.of("/", "/briefs/someone", "/articles/some-article", "/caseload.csv", "/caseload.pdf")) {
            HttpResponse<String> page = HTTP.send(request(path).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").startsWith("/login?next="), path);
        }
    }

    @Test
    void onlyEditorsSeeTheUploadFormAndItCarriesTheCsrfToken() throws Exception {
        String reader = session(login("rita", PASSWORDS.get("rita"), "/", newClient(), null));
        String readerPage = HTTP.send(request("/").header("Cookie", reader).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(null, Jsoup.parse(readerPage).selectFirst("form#upload-form"), "a reader has no upload form");
        assertEquals(403, postForm("/articles", reader, Map.of("text", "anything")).statusCode(), "nor may post one");

        String editor = session(login("ed", PASSWORDS.get("ed"), "/", newClient(), null));
        String editorPage = HTTP.send(request("/").header("Cookie", editor).build(), HttpResponse.BodyHandlers.ofString()).body();
        var field = Jsoup.parse(editorPage).selectFirst("form#upload-form [name=csrf]");
        assertNotEquals(null, field, "the editor's upload form carries the CSRF token");
        assertEquals(403, postForm("/articles", editor, Map.of("text", "   ")).statusCode(), "without the token");
        HttpResponse<String> refused = postForm("/articles", editor, Map.of("csrf", field.attr("value"), "text", "   "));
        assertEquals(400, refused.statusCode(), "let in, refused only for the empty text");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "a page, not JSON");
        assertTrue(Jsoup.parse(refused.body()).select("#upload-error").text().contains("paste the article's text"),
                refused.body());
    }
}
