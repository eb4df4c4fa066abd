package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.pipeline.Hashes;
import org.dossier.server.EditorServer.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.dossier.server.audit.AuditEntry;
import org.dossier.server.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules editor over HTTP on the seed articles: list, preview, apply, history, restore and
 * two applies at once. One server for all (every preview compiles rules), so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesEditorTest {

    static final String TRIGGERS = "lexicon/triggers.csv";
    static final String TRIGGER = "comply with,conditions,regime";

    @TempDir
    static Path dir;
    static EditorServer s;
    static byte[] originalTriggers;

    @BeforeAll
    static void start() throws Exception {
        s = EditorServer.start(dir);
        originalTriggers = Files.readAllBytes(s.rules.resolve(TRIGGERS));
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    @Order(1)
    void theRulesPageShowsEachFileWithItsCommentAndTheLexiconsAsTables() throws Exception {
        Page page = s.get("/rules");
        assertEquals(200, page.status());
        assertNotNull(page.html().selectFirst("a[href=/rules/derive/status.drl]"));
        String statusComment = Files.readAllLines(s.rules.resolve("derive/status.drl")).get(0).substring(2).strip();
        assertTrue(page.text().contains(statusComment), statusComment);
        var triggers = page.html().getElementById(TRIGGERS);
        assertNotNull(triggers, "the triggers lexicon as a table");
        List<String> lines = Files.readAllLines(s.rules.resolve("lexicon/triggers.csv"));
        List<String> header = new java.util.ArrayList<>(List.of("line"));
        header.addAll(List.of(lines.get(0).split(",")));
        assertEquals(header, triggers.select("th").eachText());
        String detainLine = String.valueOf(lines.indexOf("detain,custody,arrested") + 1);
        assertTrue(triggers.select("tr").stream().anyMatch(r -> r.select("td").eachText().stream().limit(4).toList().equals(
                List.of(detainLine, "detain", "custody", "arrested"))), "a row per lexicon line, with its line number");
    }

    @Test
    @Order(2)
    void pathsOutsideTheRulesFolderAreRefused() throws Exception {
        for (String path : List.of("/rules/..%2F..%2Fpom.xml", "/rules/lexicon/..%2F..%2Fpom.xml", "/rules/lexicon/run.sh",
                "/rules/%2Fetc%2Fpasswd")) {
            int status = s.get(path).status();
            assertTrue(status == 403 || status == 404, path + " gave " + status);
        }
        Page post = s.preview("../pom.xml", "x", "absent");
        assertEquals(403, post.status());
        assertArrayEquals(originalTriggers, Files.readAllBytes(s.rules.resolve(TRIGGERS)));
    }

    @Test
    @Order(3)
    void aBrokenRuleIsShownAtItsLineAndChangesNothing() throws Exception {
        String rulesBefore = Hashes.ofFolder(s.rules);
        byte[] briefBefore = Files.readAllBytes(s.output.resolve("roman-seleznev.json"));
        Page editor = s.get("/rules/derive/status.drl");
        List<String> lines = new ArrayList<>(editor.field("content").lines().toList());
        int broken = lines.indexOf("when") + 1; // 0-based index of the line after the first "when"
        lines.set(broken, "    $custody : Fact( type == \"custody\" ) )");
        Page preview = s.preview("derive/status.drl", String.join("\n", lines) + "\n", editor.field("base"));
        assertEquals(200, preview.status());
        String line = String.valueOf(broken + 1);
        assertTrue(preview.text().contains("derive/status.drl:" + line + ":"), preview.text());
        assertEquals(line, preview.html().selectFirst("a.line").attr("data-line"), "the link to the line in the editor");
        assertNull(preview.field("previewed"), "no apply button for rules that do not compile");
        assertEquals(rulesBefore, Hashes.ofFolder(s.rules));
        assertArrayEquals(briefBefore, Files.readAllBytes(s.output.resolve("roman-seleznev.json")));
    }

    @Test
    @Order(4)
    void aTriggerPreviewedThenAppliedChangesTheBriefAndIsKeptAsAVersion() throws Exception {
        Page editor = s.get("/rules/" + TRIGGERS);
        String content = editor.field("content") + TRIGGER + "\n";
        Page preview = s.preview(TRIGGERS, content, editor.field("base"));
        assertEquals(200, preview.status());
        assertTrue(preview.html().getElementById("count").text().startsWith("1 of 3 briefs change"), preview.text());
        var person = preview.html().getElementById("person-roman-seleznev");
        assertNotNull(person, preview.text());
        assertTrue(person.select("li.added").eachText().stream()
                .anyMatch(t -> t.contains("+ fact conditions regime") && t.contains("must comply with")), person.text());
        assertFalse(Files.readString(s.rules.resolve(TRIGGERS)).contains(TRIGGER), "a preview saves nothing");
        assertFalse(Files.readString(s.output.resolve("roman-seleznev.json")).contains("comply with"));

        Page applied = s.apply(TRIGGERS, content, editor.field("base"), preview.field("previewed"), "comply with: a regime");
        assertEquals(200, applied.status(), applied.text());
        assertTrue(applied.html().getElementById("applied").text().contains("version 0001"), applied.text());
        assertEquals(content, Files.readString(s.rules.resolve(TRIGGERS)), "saved with the file's own line ends");
        assertTrue(Files.readString(s.output.resolve("roman-seleznev.json")).contains("\"comply with\""),
                "the brief was regenerated with the new fact");

        Page history = s.get("/rules/history");
        var version = history.html().getElementById("version-0001");
        assertNotNull(version, history.text());
        assertTrue(version.text().contains("comply with: a regime"), version.text());
        assertTrue(version.selectFirst("pre").text().contains("+" + TRIGGER), version.text());

        AuditEntry change = audit(AuditEntry.RULES_CHANGE).get(0);
        assertEquals("local", change.who(), "a server without accounts: whoever is at this machine");
        assertEquals(TRIGGERS, change.subject());
        assertEquals("0001", change.details().get("version"));
        assertEquals("comply with: a regime", change.details().get("message"));
        assertTrue(change.diff().contains("\n+" + TRIGGER), change.diff());
        AuditEntry regeneration = audit(AuditEntry.REGENERATION).get(0);
        assertEquals("rules 0001", regeneration.subject());
        assertTrue(regeneration.changes().stream().anyMatch(c -> c.person().equals("roman-seleznev")
                && c.changes().stream().anyMatch(l -> l.contains("in the histories"))), regeneration.toString());
        Page log = s.get("/audit?kind=rules");
        assertEquals(200, log.status());
        assertTrue(log.html().select("article.rules-change pre.diff span.added").eachText().contains("+" + TRIGGER),
                log.text());
    }

    /** The audit log's entries of this kind (or family), newest first. */
    static List<AuditEntry> audit(String kind) throws Exception {
        return AuditLog.newestFirst(new AuditLog(AuditLog.defaultFile(s.output), java.time.Clock.systemUTC()).read()
                .entries(), null, kind);
    }

    @Test
    @Order(5)
    void textChangedAfterItsPreviewIsNotApplied() throws Exception {
        Page editor = s.get("/rules/" + TRIGGERS);
        String content = editor.field("content");
        Page preview = s.preview(TRIGGERS, content + "# previewed\n", editor.field("base"));
        Page apply = s.apply(TRIGGERS, content + "# not previewed\n", editor.field("base"), preview.field("previewed"),
                "sneaky");
        assertEquals(409, apply.status());
        assertTrue(apply.text().contains("preview it again"), apply.text());
        assertEquals(content, Files.readString(s.rules.resolve(TRIGGERS)));
    }

    @Test
    @Order(6)
    void restoringTheVersionBeforeBringsBackThePreviousBytes() throws Exception {
        Page restore = s.get("/rules/history/0001/restore?side=before");
        assertEquals(200, restore.status());
        Page preview = s.preview(TRIGGERS, restore.field("content"), restore.field("base"));
        assertTrue(preview.html().getElementById("person-roman-seleznev").text().contains("- fact conditions regime")
                || preview.html().getElementById("person-roman-seleznev").text().contains("− fact conditions regime"),
                preview.text());
        Page applied = s.apply(TRIGGERS, restore.field("content"), restore.field("base"), preview.field("previewed"),
                restore.field("message"));
        assertEquals(200, applied.status(), applied.text());
        assertArrayEquals(originalTriggers, Files.readAllBytes(s.rules.resolve(TRIGGERS)));
        assertFalse(Files.readString(s.output.resolve("roman-seleznev.json")).contains("\"comply with\""));
        assertNotNull(s.get("/rules/history").html().getElementById("version-0002"));
        AuditEntry restored = audit("rules").get(0);
        assertEquals(AuditEntry.RULES_RESTORE, restored.kind(), restored.toString());
        assertEquals("before version 0001", restored.details().get("restores"));
        assertTrue(restored.diff().contains("\n-" + TRIGGER), restored.diff());
    }

    @Test
    @Order(7)
    void twoAppliesAtOnceLoseNeitherChange() throws Exception {
        String file = "derive/settings.properties";
        Page editor = s.get("/rules/" + file);
        String base = editor.field("base");
        String a = editor.field("content") + "# a note from analyst A\n";
        String b = editor.field("content") + "# a note from analyst B\n";
        String previewedA = s.preview(file, a, base).field("previewed");
        String previewedB = s.preview(file, b, base).field("previewed");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Page> first = pool.submit(() -> {
                go.await();
                return s.apply(file, a, base, previewedA, "note A");
            });
            Future<Page> second = pool.submit(() -> {
                go.await();
                return s.apply(file, b, base, previewedB, "note B");
            });
            go.countDown();
            Page pa = first.get();
            Page pb = second.get();
            List<Integer> statuses = new ArrayList<>(List.of(pa.status(), pb.status()));
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses, pa.text() + "\n" + pb.text());
            Page refused = pa.status() == 409 ? pa : pb;
            String refusedText = pa.status() == 409 ? a : b;
            String note = refusedText.equals(a) ? "# a note from analyst A" : "# a note from analyst B";
            assertTrue(refused.text().contains("changed after you opened it"), refused.text());
            assertEquals(refusedText, refused.field("content").replace("\r\n", "\n"), "the refused text is given back");

            // the analyst whose apply was refused makes the change again on the current version
            Page again = s.get("/rules/" + file);
            String merged = again.field("content") + note + "\n";
            Page preview = s.preview(file, merged, again.field("base"));
            assertEquals(200, s.apply(file, merged, again.field("base"), preview.field("previewed"), "note again").status());
            String saved = Files.readString(s.rules.resolve(file));
            assertTrue(saved.contains("# a note from analyst A") && saved.contains("# a note from analyst B"), saved);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void aFormFromAnotherSiteIsRefused() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url("/rules/preview")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("path=lexicon%2Ftriggers.csv&base=x&content=x"))
                .build();
        assertEquals(403, s.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(Map.of().isEmpty());
    }
}
