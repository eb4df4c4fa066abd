package org.dossier.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dossier.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: one JSON object a line, only ever appended. Each line is written at the end of
 * the file under a lock (this process's and the file's, so that two servers or a command
 * sharing the file take turns), then forced to disk; the file is never rewritten or truncated.
 * A line cut short by a crash is left as it is and skipped on reading; the next line starts on
 * a line of its own.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** One lock a file within this process: the file lock is held per process, and refuses a second holder here. */
    private static final java.util.Map<Path, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Where a server keeps its audit log unless told otherwise ({@code serve --audit FILE}). */
    public static Path defaultFile(Path output) {
        return output.resolve("audit").resolve("audit.jsonl");
    }

    public Path file() {
        return file;
    }

    /** Appends the entry, stamped with the time now; returns it as written. */
    public AuditEntry append(AuditEntry entry) throws IOException {
        AuditEntry stamped = entry.stampedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        byte[] line = (LINE.writeValueAsString(stamped) + "\n").getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        synchronized (LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object())) {
            // not opened for APPEND, which Java does not allow with READ: the lock makes the end of the file ours
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ); FileLock ignored = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(startsOnNewLine(channel) ? line : withNewLine(line));
                long end = channel.size();
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
                channel.force(true);
            }
        }
        return stamped;
    }

    /**
     * Appends the entry; a log that cannot be written is reported in the server log and does not
     * undo or refuse the action, which has already happened.
     */
    public void record(AuditEntry entry) {
        try {
            append(entry);
        } catch (IOException | RuntimeException e) {
            LOG.error("audit log {} not written ({}): {} {} by {}", file, e.getMessage(), entry.kind(), entry.subject(),
                    entry.who());
        }
    }

    private static boolean startsOnNewLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    private static byte[] withNewLine(byte[] line) {
        byte[] out = new byte[line.length + 1];
        out[0] = '\n';
        System.arraycopy(line, 0, out, 1, line.length);
        return out;
    }

    /** The entries read, oldest first, and how many lines could not be read (cut short by a crash, or edited). */
    public record Contents(List<AuditEntry> entries, int unreadable) {
    }

    public Contents read() throws IOException {
        List<AuditEntry> entries = new ArrayList<>();
        int unreadable = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(Json.MAPPER.readValue(line, AuditEntry.class));
                } catch (JsonProcessingException e) {
                    unreadable++;
                }
            }
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), 0);
        }
        return new Contents(entries, unreadable);
    }

    /** The entries, newest first, by {@code who} (null: anyone) and of {@code kind} or its family (null: any). */
    public static List<AuditEntry> newestFirst(List<AuditEntry> entries, String who, String kind) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            if ((who == null || who.equals(e.who())) && (kind == null || e.isKind(kind))) {
                out.add(e);
            }
        }
        return out;
    }

    /** One entry as its line in the file. */
    public static String line(AuditEntry entry) {
        try {
            return LINE.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
