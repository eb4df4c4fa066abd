package org.dossier.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dossier.io.Json;

/**
 * Annotations stored as JSON files, one per article, keyed by the hash of the text, the
 * document date and the annotator settings: any change to one of them misses the cache.
 */
public final class AnnotationCache {

    private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {
    };

    private final Path dir;

    public AnnotationCache(Path dir) {
        this.dir = dir;
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
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), SENTENCES));
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is re-annotated and overwritten
        }
    }

    public void put(String key, List<Sentence> sentences) throws IOException {
        org.dossier.io.AtomicFiles.write(file(key), Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(sentences));
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
