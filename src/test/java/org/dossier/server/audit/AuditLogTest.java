package org.dossier.server.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    private static AuditEntry upload(String who, String id) {
        return AuditEntry.of(new Actor(who, "session"), AuditEntry.UPLOAD, id, "uploaded " + id,
                Map.of("article", id, "outlet", "Harbour Post"));
    }

    @Test
    void eachEntryIsOneLineAndALogOpenedAgainOnTheFileAppendsToIt() throws Exception {
        Path file = dir.resolve("audit/audit.jsonl");
        new AuditLog(file, Clock.systemUTC()).append(upload("ed", "a-1")
                .withDiff("--- a/x.csv\n+++ b/x.csv\n@@ -1 +1 @@\n-old\n+new"));
        byte[] first = Files.readAllBytes(file);
        assertEquals(1, Files.readAllLines(file).size(), "a diff with line ends is still one line");

        AuditLog restarted = new AuditLog(file, Clock.systemUTC());
        restarted.append(upload("rita", "a-2"));
        byte[] both = Files.readAllBytes(file);
        assertArrayEquals(first, Arrays.copyOf(both, first.length), "the earlier line is kept byte for byte");
        List<AuditEntry> entries = restarted.read().entries();
        assertEquals(List.of("a-1", "a-2"), entries.stream().map(AuditEntry::subject).toList());
        assertTrue(entries.get(0).diff().contains("\n+new"), entries.get(0).diff());
        assertEquals("Harbour Post", entries.get(1).details().get("outlet"));
        assertTrue(entries.get(1).at() != null);
    }

    @Test
    void appendsFromManyThreadsAndTwoLogsOnOneFileLoseNoLineAndMixNone() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        List<AuditLog> logs = List.of(new AuditLog(file, Clock.systemUTC()), new AuditLog(file, Clock.systemUTC()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    logs.get(thread % 2).append(upload("user-" + thread, "article-" + thread + "-" + i + "-" + "x".repeat(500)));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditLog.Contents contents = logs.get(0).read();
        assertEquals(0, contents.unreadable());
        assertEquals(320, Files.readAllLines(file).size());
        Set<String> subjects = new HashSet<>();
        contents.entries().forEach(e -> subjects.add(e.subject()));
        assertEquals(320, subjects.size());
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextEntryStartsOnALineOfItsOwn() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = new AuditLog(file, Clock.systemUTC());
        log.append(upload("ed", "before-crash"));
        Files.writeString(file, "{\"who\":\"ed\",\"kind\":\"upl", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        log.append(upload("ed", "after-crash"));
        AuditLog.Contents contents = log.read();
        assertEquals(1, contents.unreadable());
        assertEquals(List.of("before-crash", "after-crash"), contents.entries().stream().map(AuditEntry::subject).toList());
    }

    @Test
    void aThreadThatIsInterruptedStillHasItsLineWrittenWholeAndStaysInterrupted() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        AuditLog log = new AuditLog(file, Clock.systemUTC());
        Thread.currentThread().interrupt();
        try {
            log.append(upload("ed", "while-interrupted"));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        log.append(upload("ed", "after"));
        assertEquals(List.of("while-interrupted", "after"), log.read().entries().stream().map(AuditEntry::subject).toList());
    }

    @Test
    void newestFirstFiltersByWhoAndByKindOrItsFamily() {
        List<AuditEntry> entries = List.of(upload("ed", "1"),
                AuditEntry.of(new Actor("ed", null), AuditEntry.LOGIN_FAILED, "ed", "wrong", Map.of()),
                upload("rita", "2"),
                AuditEntry.of(new Actor("ed", "session"), AuditEntry.LOGIN, "ed", "logged in", Map.of()));
        assertEquals(List.of("logged in", "wrong"), AuditLog.newestFirst(entries, "ed", "login").stream()
                .map(AuditEntry::summary).toList());
        assertEquals(List.of("2", "1"), AuditLog.newestFirst(entries, null, AuditEntry.UPLOAD).stream()
                .map(AuditEntry::subject).toList());
        assertEquals(1, AuditLog.newestFirst(entries, "rita", null).size());
    }
}
