package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {

    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, "He was detained.",
            List.of(new Token(0, "He", "he", "PRP", "O", null, 0, 2),
                    new Token(1, "was", "be", "VBD", "O", null, 3, 6),
                    new Token(2, "detained", "detain", "VBN", "O", null, 7, 15)),
            List.of(new Dependency("nsubj:pass", 2, 0))));

    @Test
    void anEntryReadOnceIsServedFromMemory(@TempDir Path dir) throws Exception {
        new AnnotationCache(dir).put("ab12", SENTENCES);
        AnnotationCache cache = new AnnotationCache(dir);
        List<Sentence> read = cache.get("ab12").orElseThrow();
        assertEquals(SENTENCES, read);
        deleteFiles(dir);
        assertSame(read, cache.get("ab12").orElseThrow(), "the file is not read again");
    }

    @Test
    void memoryHoldsAtMostItsBound(@TempDir Path dir) throws Exception {
        AnnotationCache cache = new AnnotationCache(dir, 2);
        for (String key : List.of("aa01", "aa02", "aa03")) {
            cache.put(key, SENTENCES);
        }
        assertEquals(2, cache.inMemory());
        deleteFiles(dir);
        assertTrue(cache.get("aa01").isEmpty(), "the least recently used entry left memory");
        assertTrue(cache.get("aa03").isPresent());
    }

    @Test
    void withoutMemoryEveryGetReadsTheFile(@TempDir Path dir) throws Exception {
        AnnotationCache cache = new AnnotationCache(dir, 0);
        cache.put("ab12", SENTENCES);
        assertEquals(SENTENCES, cache.get("ab12").orElseThrow());
        deleteFiles(dir);
        assertTrue(cache.get("ab12").isEmpty());
    }

    private static void deleteFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
    }
}
