package org.dossier.server.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dossier.io.Folders;
import org.dossier.io.Json;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log of a server with accounts, over real HTTP: what it keeps of logins, uploads,
 * regenerations and account changes, who may read it, and that it outlives a restart. The
 * server is shared, so the tests run in order; the restart comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditServerTest {

    static final String ARTICLE = """
            date 2022-04-11

            PORTO, April 11 (Quayside Gazette) Marek Holub, a Slovak sailor, was detained in Porto on April 9, 2022 \
            on a warrant from Chile. He is being held in Porto City Prison. The Slovak embassy requested consular \
            access to Holub on April 10.
            """;
    static final Map<String, String> PASSWORDS = Map.of("rita", "reader password 1", "ed", "editor password 2",
            "ada", "admin password 3");

    @TempDir
    static Path dir;
    static Path users;
    static Path auditFile;
    static ServerConfig config;
    static DossierServer server;
    static TeamClient client;
    static final Map<String, String> TOKENS = new java.util.HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        users = dir.resolve("users.json");
        TOKENS.put("rita", TeamClient.account(users, "rita", "reader", PASSWORDS.get("rita")));
        TOKENS.put("ed", TeamClient.account(users, "ed", "editor", PASSWORDS.get("ed")));
        TOKENS.put("ada", TeamClient.account(users, "ada", "admin", PASSWORDS.get("ada")));
        auditFile = dir.resolve("team-audit/audit.jsonl");
        config = new ServerConfig("127.0.0.1", 0, List.of(Files.createDirectories(dir.resolve("in"))),
                Folders.copy(Path.of("rules"), dir.resolve("rules")), dir.resolve("out"), null, false, List.of(),
                users, true, null, auditFile);
        server = DossierServer.start(config);
        server.service().refresh("test"); // the startup regeneration, over no article
        client = new TeamClient(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<AuditEntry> entries(String kind) throws Exception {
        return AuditLog.newestFirst(new AuditLog(auditFile, Clock.systemUTC()).read().entries(), null, kind);
    }

    @Test
    @Order(1)
    void failedAndSuccessfulLoginsAreKeptWithTheClientAddress() throws Exception {
        assertEquals(401, client.login("ed", "not the password", "203.0.113.9").statusCode());
        client.session("ed", PASSWORDS.get("ed"), "203.0.113.10");
        AuditEntry failed = entries(AuditEntry.LOGIN_FAILED).get(0);
        assertEquals("ed", failed.who());
        assertEquals("203.0.113.9", failed.details().get("client"));
        AuditEntry login = entries(AuditEntry.LOGIN).stream().filter(e -> e.kind().equals(AuditEntry.LOGIN)).findFirst()
                .orElseThrow();
        assertEquals("ed", login.who());
        assertEquals("session", login.via());
        assertEquals("203.0.113.10", login.details().get("client"));
        assertFalse(Files.readString(auditFile).contains("not the password"), "a password is never kept");
    }

    @Test
    @Order(2)
    void anUploadIsKeptWithWhoSentItAndWhatAndTheRegenerationWithWhatItChanged() throws Exception {
        String body = Json.MAPPER.writeValueAsString(Map.of("text", ARTICLE, "outlet", "Quayside Gazette",
                "url", "https://example.org/holub-detained", "headline", "Sailor held in Porto"));
        HttpResponse<String> r = client.send(client.request("/articles").header("Authorization", "Bearer " + TOKENS.get("ed"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), r.body());
        String id = Json.MAPPER.readTree(r.body()).path("id").asText();

        AuditEntry upload = entries(AuditEntry.UPLOAD).get(0);
        assertEquals("ed", upload.who());
        assertEquals("token " + AccessControl.tokenId(TOKENS.get("ed")), upload.via());
        assertEquals(id, upload.subject());
        assertEquals(id + ".txt", upload.details().get("file"));
        assertEquals("Quayside Gazette", upload.details().get("outlet"));
        assertEquals("Sailor held in Porto", upload.details().get("headline"));
        assertEquals("https://example.org/holub-detained", upload.details().get("url"));

        AuditEntry regeneration = entries(AuditEntry.REGENERATION).get(0);
        assertEquals("upload", regeneration.subject());
        assertEquals(true, regeneration.details().get("ok"));
        assertTrue(regeneration.at().compareTo(upload.at()) >= 0, "the upload is kept before the regeneration it caused");
        assertEquals(1, regeneration.changes().size(), regeneration.toString());
        assertEquals("Marek Holub", regeneration.changes().get(0).name());
        assertEquals(List.of("First brief for this person."), regeneration.changes().get(0).changes());
    }

    @Test
    @Order(3)
    void onlyAdminsReadTheAuditLog() throws Exception {
        for (String path : List.of("/audit", "/audit.jsonl")) {
            assertEquals(401, client.send(client.request(path)).statusCode(), path);
            for (String who : List.of("rita", "ed")) {
                assertEquals(403, client.send(client.request(path).header("Authorization", "Bearer " + TOKENS.get(who)))
                        .statusCode(), path + " as " + who);
            }
        }
        String readerSession = client.session("rita", PASSWORDS.get("rita"), "203.0.113.11");
        assertEquals(403, client.send(client.request("/audit").header("Cookie", readerSession)
                .header("Accept", "text/html")).statusCode());

        HttpResponse<String> lines = client.send(client.request("/audit").header("Authorization", "Bearer "
                + TOKENS.get("ada")).header("Accept", "application/json"));
        assertEquals(200, lines.statusCode());
        assertTrue(lines.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> kinds = lines.body().lines().map(l -> {
            try {
                return Json.MAPPER.readTree(l).path("kind").asText();
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
        assertTrue(kinds.containsAll(List.of("login-failed", "login", "upload", "regeneration")), kinds.toString());

        String adminSession = client.session("ada", PASSWORDS.get("ada"), "203.0.113.12");
        HttpResponse<String> page = client.send(client.request("/audit?who=ed").header("Cookie", adminSession)
                .header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        List<String> shown = html.select("article.entry .kind").eachText();
        assertEquals("upload", shown.get(0), "newest first: " + shown);
        assertTrue(shown.stream().allMatch(k -> k.startsWith("login") || k.equals("upload")), "only ed's: " + shown);
        assertTrue(html.selectFirst("article.upload").text().contains("Sailor held in Porto"), html.text());
    }

    @Test
    @Order(4)
    void anAdminAddsAndChangesAccountsFromTheAccountsPageAndEachChangeIsKept() throws Exception {
        String cookie = client.session("ada", PASSWORDS.get("ada"), "203.0.113.13");
        HttpResponse<String> page = client.send(client.request("/accounts").header("Cookie", cookie).header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals(List.of("ada", "ed", "rita"), html.select("#accounts tbody tr td:first-child").eachText().stream()
                .sorted().toList());
        String csrf = html.selectFirst("form#add [name=csrf]").attr("value");

        HttpResponse<String> added = client.postForm("/accounts/add", cookie, Map.of("csrf", csrf, "name", "nina",
                "role", "reader", "password", "a new password 5"));
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(Accounts.load(users).find("nina").isPresent());
        assertEquals(303, client.login("nina", "a new password 5", "203.0.113.14").statusCode(), "nina can log in");
        assertEquals(403, client.postForm("/accounts/remove", cookie, Map.of("name", "nina")).statusCode(),
                "no CSRF token, no change");
        assertEquals(200, client.postForm("/accounts/role", cookie, Map.of("csrf", csrf, "name", "nina", "role", "editor"))
                .statusCode());
        assertEquals(Role.EDITOR, Accounts.load(users).find("nina").orElseThrow().role());
        HttpResponse<String> lastAdmin = client.postForm("/accounts/role", cookie, Map.of("csrf", csrf, "name", "ada",
                "role", "reader"));
        assertEquals(400, lastAdmin.statusCode());
        assertTrue(Jsoup.parse(lastAdmin.body()).getElementById("notice").text().contains("only admin"), lastAdmin.body());
        assertEquals(200, client.postForm("/accounts/remove", cookie, Map.of("csrf", csrf, "name", "nina")).statusCode());
        assertTrue(Accounts.load(users).find("nina").isEmpty());

        List<String> changes = entries("account").stream().map(e -> e.kind() + " " + e.subject() + " by " + e.who()
                + " (" + e.via() + ")").toList();
        assertEquals(List.of("account-remove nina by ada (session)", "account-role nina by ada (session)",
                "account-add nina by ada (session)"), changes);
        assertTrue(entries(AuditEntry.ACCOUNT_ROLE).get(0).summary().contains("from reader to editor"));
    }

    @Test
    @Order(5)
    void theLogOutlivesARestartAndIsOnlyAppendedTo() throws Exception {
        byte[] before = Files.readAllBytes(auditFile);
        int entries = new AuditLog(auditFile, Clock.systemUTC()).read().entries().size();
        server.close();
        server = DossierServer.start(config);
        client = new TeamClient(server.port());
        assertEquals(401, client.login("rita", "not the password", "203.0.113.20").statusCode());

        byte[] after = Files.readAllBytes(auditFile);
        assertTrue(after.length > before.length);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "what was kept before the restart is unchanged");
        List<AuditEntry> now = new AuditLog(auditFile, Clock.systemUTC()).read().entries();
        assertTrue(now.size() > entries);
        AuditEntry last = AuditLog.newestFirst(now, "rita", AuditEntry.LOGIN_FAILED).get(0);
        assertEquals("203.0.113.20", last.details().get("client"));
        assertNotNull(now.get(0).at());
    }
}
