package org.dossier.server;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dossier.pipeline.Hashes;

/**
 * A generated file as an HTTP response, with what a client needs to cache it: an {@code ETag}
 * (a hash of the bytes) and {@code Last-Modified}; a request whose {@code If-None-Match} names
 * the current tag gets 304 and no body. {@code HEAD} gets the headers alone.
 */
final class FileResponse {

    private FileResponse() {
    }

    static void send(Context ctx, Path file, ContentType type) throws IOException {
        byte[] bytes;
        long modified;
        try {
            bytes = Files.readAllBytes(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            throw ApiError.notFound("not generated: " + file.getFileName());
        }
        String etag = "\"" + Hashes.of(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)) + "\"";
        ctx.contentType(type);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(modified).atZone(ZoneOffset.UTC)));
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(bytes.length));
            return;
        }
        ctx.result(bytes);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
