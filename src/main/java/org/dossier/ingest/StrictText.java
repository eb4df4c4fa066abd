package org.dossier.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file as UTF-8 text, refusing empty, binary and wrongly encoded files. */
final class StrictText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictText() {
    }

    static String read(Path file) throws IngestException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new IngestException(file, "the file is empty");
        }
        String text;
        if (hasUtf16ByteOrderMark(bytes)) {
            text = decode(file, bytes, StandardCharsets.UTF_16, "UTF-16");
        } else if (containsNul(bytes)) {
            throw new IngestException(file, "looks like a binary file (it contains NUL bytes), not a text article");
        } else {
            text = decode(file, bytes, StandardCharsets.UTF_8, "UTF-8");
        }
        if (text.isBlank()) {
            throw new IngestException(file, "the file holds only white space");
        }
        return text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static byte[] readBytes(Path file) throws IngestException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "cannot be read: no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException(file, "cannot be read: permission denied");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IngestException(file, "cannot be read: " + reason);
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A UTF-16 file (as some Windows editors save) starts with FE FF or FF FE. */
    private static boolean hasUtf16ByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    /** Decodes strictly, so that a Latin-1 or cp1252 file is reported rather than garbled. */
    private static String decode(Path file, byte[] bytes, Charset charset, String name) throws IngestException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new IngestException(file, "is not valid " + name + " (bad byte at offset " + in.position()
                    + "); save it as UTF-8");
        }
        return out.flip().toString();
    }
}
