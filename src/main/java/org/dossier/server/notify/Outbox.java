package org.dossier.server.notify;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages on disk, one file each ({@code <id>.json}, written whole or not at all): in
 * {@code pending/} until delivered, then moved to {@code sent/} (kept a while so that the same
 * message made again is known), or to {@code undelivered/} when given up. A message whose id
 * is in any of the three is not added again.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Path pending;
    private final Path sent;
    private final Path undelivered;

    Outbox(Path dir) throws IOException {
        this.pending = Files.createDirectories(dir.resolve("pending"));
        this.sent = Files.createDirectories(dir.resolve("sent"));
        this.undelivered = Files.createDirectories(dir.resolve("undelivered"));
    }

    /** Adds {@code message} unless a message with its id was added before; true when added. */
    synchronized boolean add(OutboxMessage message) throws IOException {
        String name = fileName(message.id());
        if (Files.exists(pending.resolve(name)) || Files.exists(sent.resolve(name))
                || Files.exists(undelivered.resolve(name))) {
            return false;
        }
        AtomicFiles.write(pending.resolve(name), Json.bytes(message));
        return true;
    }

    /** The pending messages, oldest first; a file that cannot be read is logged and left where it is. */
    List<OutboxMessage> pending() throws IOException {
        List<OutboxMessage> messages = new ArrayList<>();
        for (Path file : files(pending)) {
            try {
                messages.add(Json.read(file, OutboxMessage.class));
            } catch (IOException | RuntimeException e) {
                LOG.warn("notifications: {} cannot be read, left as it is: {}", file, e.getMessage());
            }
        }
        messages.sort(Comparator.comparing(OutboxMessage::created).thenComparing(OutboxMessage::id));
        return messages;
    }

    /** Records a failed attempt (the message stays pending). */
    synchronized void update(OutboxMessage message) throws IOException {
        Path file = pending.resolve(fileName(message.id()));
        if (Files.exists(file)) {
            AtomicFiles.write(file, Json.bytes(message));
        }
    }

    /** Marks {@code message} delivered: only now does it leave {@code pending/}. */
    synchronized void delivered(OutboxMessage message) throws IOException {
        move(pending.resolve(fileName(message.id())), sent.resolve(fileName(message.id())));
    }

    /**
     * Sets {@code message} aside as given up, with its last error: written in place, then moved
     * in one rename, so that it is never in both folders (nor sent again after a stop between).
     */
    synchronized void giveUp(OutboxMessage message) throws IOException {
        Path file = pending.resolve(fileName(message.id()));
        AtomicFiles.write(file, Json.bytes(message));
        move(file, undelivered.resolve(fileName(message.id())));
    }

    int pendingCount() throws IOException {
        return files(pending).size();
    }

    int undeliveredCount() throws IOException {
        return files(undelivered).size();
    }

    /** Forgets sent messages older than {@code keep}: a change that old is not made again. */
    void forgetSentBefore(Instant cutoff) throws IOException {
        for (Path file : files(sent)) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(file);
            }
        }
    }

    static final Duration KEEP_SENT = Duration.ofDays(30);

    private static String fileName(String id) {
        if (!id.matches("[0-9a-f]{8,64}")) {
            throw new IllegalArgumentException("not a message id: " + id);
        }
        return id + ".json";
    }

    /** The message files of a folder, without the temporary files of writes in progress. */
    private static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "[!.]*.json")) {
            stream.forEach(files::add);
        }
        return files;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
