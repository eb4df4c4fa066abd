package org.dossier.nlp;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotations last read or written, kept in memory so that a long-running server does not
 * read and parse the JSON of every unchanged article again at each regeneration. Bounded twice:
 * by entry count (least recently used first out) and by the garbage collector, which may clear
 * any entry when memory runs short.
 */
final class AnnotationMemory {

    /** Default bound: more than the articles of a large corpus, fewer map entries than would weigh. */
    static final int DEFAULT_ENTRIES = Integer.getInteger("dossier.annotations.inMemory", 50_000);

    private final Map<String, SoftReference<List<Sentence>>> entries;

    AnnotationMemory(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<List<Sentence>>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized Optional<List<Sentence>> get(String key) {
        SoftReference<List<Sentence>> ref = entries.get(key);
        List<Sentence> sentences = ref == null ? null : ref.get();
        if (ref != null && sentences == null) {
            entries.remove(key);
        }
        return Optional.ofNullable(sentences);
    }

    synchronized void put(String key, List<Sentence> sentences) {
        entries.put(key, new SoftReference<>(sentences));
    }

    synchronized int size() {
        return entries.size();
    }
}
