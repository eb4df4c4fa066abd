package org.dossier.nlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.io.Json;

/**
 * Annotations stored as JSON files, one per article, keyed by the hash of the text, the
 * document date and the annotator settings: any change to one of them misses the cache. The
 * entries last read or written are also kept in memory (see {@link AnnotationMemory}).
 */
public final class AnnotationCache {

    private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {
    };

    /**
     * Reads cache entries with every short string (words, lemmas, tags, relations) shared
     * between all entries read: a token then costs a few dozen bytes instead of a few hundred,
     * which is what lets tens of thousands of annotated articles fit in memory at once.
     */
    private static final ObjectMapper READER = Json.MAPPER.copy().registerModule(new SimpleModule("interning")
            .addDeserializer(String.class, new InterningStrings()));

    private final Path dir;
    private final AnnotationMemory memory;

    public AnnotationCache(Path dir) {
        this(dir, AnnotationMemory.DEFAULT_ENTRIES);
    }

    /** A cache that keeps at most {@code inMemory} entries in memory as well as on disk. */
    public AnnotationCache(Path dir, int inMemory) {
        this.dir = dir;
        this.memory = new AnnotationMemory(inMemory);
    }

    public static String key(String body, Object date, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((settings + "\u0000" + date + "\u0000" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<List<Sentence>> get(String key) {
        Optional<List<Sentence>> remembered = memory.get(key);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<List<Sentence>> read = read(key);
        read.ifPresent(sentences -> memory.put(key, sentences));
        return read;
    }

    public void put(String key, List<Sentence> sentences) throws IOException {
        org.dossier.io.AtomicFiles.write(file(key), Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(sentences));
        memory.put(key, sentences);
    }

    /** How many entries are held in memory; for tests. */
    int inMemory() {
        return memory.size();
    }

    private Optional<List<Sentence>> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(READER.readValue(file.toFile(), SENTENCES));
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is re-annotated and overwritten
        }
    }

    /** Strings of up to 32 characters come back as one shared instance per distinct value. */
    private static final class InterningStrings extends StdScalarDeserializer<String> {
        private static final int MAX_LENGTH = 32;
        private static final int MAX_ENTRIES = 2_000_000;
        private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

        InterningStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = p.getValueAsString();
            if (s == null) {
                return p.currentToken() == JsonToken.VALUE_NULL ? null : (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            if (s.length() > MAX_LENGTH) {
                return s;
            }
            String shared = POOL.get(s);
            if (shared != null) {
                return shared;
            }
            if (POOL.size() >= MAX_ENTRIES) {
                return s;
            }
            shared = POOL.putIfAbsent(s, s);
            return shared == null ? s : shared;
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
