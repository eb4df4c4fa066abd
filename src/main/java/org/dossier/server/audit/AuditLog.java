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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: one JSON object a line, only ever appended. Each line is written at the end of
 * the file by one writer thread, under the file's lock (so that two servers or a command sharing
 * the file take turns), then forced to disk before {@link #append} returns; the file is never
 * rewritten or truncated.
 * A line cut short by a crash is left as it is and skipped on reading; the next line starts on
 * a line of its own.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * Every line of this process is written by this one thread: one at a time (a file lock is held
     * per process, and refuses a second holder here), and never by a request's thread, whose
     * interruption would close the file half way through a line.
     */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-audit");
        t.setDaemon(true);
        return t;
    });

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

    /** Appends the entry, stamped with the time now; returns it once it is on disk. */
    public AuditEntry append(AuditEntry entry) throws IOException {
        // stamped by the writer, so that the lines are in the order of their times
        Future<AuditEntry> written = WRITER.submit(() -> {
            AuditEntry stamped = entry.stampedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS));
            write((LINE.writeValueAsString(stamped) + "\n").getBytes(StandardCharsets.UTF_8));
            return stamped;
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return written.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the line is being written all the same: wait for it
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(byte[] line) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // not opened for APPEND, which Java does not allow with READ: the lock makes the end of the file ours
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ); FileLock ignored = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(startsOnNewLine(channel) ? line : withNewLine(line));
            long end = channel.size();
            while (buffer.hasRemaining()) {
                end += channel.write(buffer, end);
            }
            // the data and the file's new length (fdatasync): a line on disk is a line read back after a crash
            channel.force(false);
        }
    }

    /**
     * Appends the entry; a log that cannot be written is reported in the server log and does not
     * undo or refuse the action, which has already happened.
     */
    public void record(AuditEntry entry) {
        try {
            append(entry);
        } catch (IOException | RuntimeException e) {
            LOG.error("audit log {} not written ({}): {} {} by {}", file, e, entry.kind(), entry.subject(),
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
