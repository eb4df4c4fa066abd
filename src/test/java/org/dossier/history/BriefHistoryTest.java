package org.dossier.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's files: numbered, never replaced, and an index that the files can always rebuild. */
class BriefHistoryTest {

    static final String ID = "jan-novak";
    static final Instant MARCH = Instant.parse("2021-03-05T06:00:00Z");

    @TempDir
    Path output;

    @Test
    void versionsAreNumberedInOrderEachInAFileOfItsOwn() throws Exception {
        BriefHistory history = new BriefHistory(output);
        Brief first = InventedBriefs.novak().build();
        Brief second = InventedBriefs.novak().asOf("2021-06-10").visit("2021-06-09", "Eva Dvorak").build();
        history.append(ID, first, MARCH);
        history.append(ID, second, MARCH.plusSeconds(86_400 * 97));
        List<Version> versions = history.versions(ID);
        assertEquals(List.of(1, 2), versions.stream().map(Version::number).toList());
        assertEquals("0001-20210305T060000Z.json", versions.get(0).json());
        assertEquals("2021-06-10T06:00:00Z", versions.get(1).madeAt());
        assertEquals("2021-06-10", versions.get(1).asOf());
        assertArrayEquals(Json.bytes(first), Files.readAllBytes(output.resolve("history/jan-novak").resolve(versions.get(0).json())));
        assertEquals(second, history.latest(ID).orElseThrow().brief());
        assertEquals(List.of(ID), history.people());
    }

    @Test
    void aVersionFileIsNeverReplaced() throws Exception {
        BriefHistory history = new BriefHistory(output);
        Version v = history.append(ID, InventedBriefs.novak().build(), MARCH);
        Path file = history.folder(ID).resolve(v.json());
        byte[] before = Files.readAllBytes(file);
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.createNew(file, "{}".getBytes()));
        assertArrayEquals(before, Files.readAllBytes(file));

        Path pdf = Files.write(output.resolve("novak.pdf"), "%PDF-1.7 first".getBytes());
        assertTrue(history.attachPdf(ID, v, pdf));
        Files.write(pdf, "%PDF-1.7 second".getBytes());
        assertFalse(history.attachPdf(ID, history.versions(ID).get(0), pdf));
        assertEquals("%PDF-1.7 first", Files.readString(history.pdf(ID, history.versions(ID).get(0)).orElseThrow()));
    }

    @Test
    void theIndexIsRebuiltFromTheFilesWhenMissingBehindOrBroken() throws Exception {
        BriefHistory history = new BriefHistory(output);
        history.append(ID, InventedBriefs.novak().build(), MARCH);
        Path index = history.folder(ID).resolve(BriefHistory.INDEX);
        byte[] behind = Files.readAllBytes(index);
        history.append(ID, InventedBriefs.novak().status("released", "released").build(), MARCH.plusSeconds(60));
        List<Version> expected = history.versions(ID);

        Files.write(index, behind); // as if a run was killed between a version and its index
        assertEquals(expected, history.versions(ID));
        Files.delete(index);
        assertEquals(expected, history.versions(ID));
        assertTrue(Files.isRegularFile(index), "the rebuilt index is saved");
        Files.writeString(index, "{\"schema\": \"dossier-hist");
        assertEquals(expected, history.versions(ID));
        assertEquals(3, history.append(ID, InventedBriefs.novak().build(), MARCH.plusSeconds(120)).number());
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedAndNeverListed() throws Exception {
        BriefHistory history = new BriefHistory(output);
        history.append(ID, InventedBriefs.novak().build(), MARCH);
        Path leftover = Files.writeString(history.folder(ID).resolve(".0002-20210306T060000Z.json12345.tmp"), "{\"sche");
        assertEquals(1, history.versions(ID).size());
        history.append(ID, InventedBriefs.novak().asOf("2021-03-06").build(), MARCH.plusSeconds(86_400));
        assertFalse(Files.exists(leftover));
        try (Stream<Path> files = Files.list(history.folder(ID))) {
            assertEquals(List.of(".lock", "0001-20210305T060000Z.json", "0002-20210306T060000Z.json", "index.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void writersAtTheSameTimeNeverTakeTheSameNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Version>> appends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Brief b = InventedBriefs.novak().asOf("2021-03-" + (10 + i)).build();
                // a history object each, as separate runs would have
                appends.add(pool.submit(() -> new BriefHistory(output).append(ID, b, MARCH)));
            }
            for (Future<Version> f : appends) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(),
                new BriefHistory(output).versions(ID).stream().map(Version::number).toList());
    }
}
