package org.dossier.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 fingerprints of texts, folders and class-path resources. */
public final class Hashes {

    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    public static String of(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return hex(sha);
    }

    /** Every regular file below {@code dir}, names and contents, in a stable order. */
    public static String ofFolder(Path dir) throws IOException {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(f));
        }
        return hex(sha);
    }

    /** Class-path resources, such as the PDF template, so that a new template re-renders every brief. */
    public static String ofResources(Class<?> anchor, String... names) {
        MessageDigest sha = sha256();
        for (String name : names) {
            try (InputStream in = anchor.getResourceAsStream(name)) {
                if (in != null) {
                    sha.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hex(sha);
    }
}
