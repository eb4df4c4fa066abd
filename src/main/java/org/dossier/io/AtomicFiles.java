package org.dossier.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** Writes files whole or not at all: a temporary file beside the target, then a rename. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path tmp = writtenBeside(target, content);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a new file whole, never replacing one: fails with {@link java.nio.file.FileAlreadyExistsException}
     * when {@code target} exists. The bytes go to a temporary file that is then linked under the
     * target's name (atomic, and refused by the file system when the name is taken).
     */
    public static void createNew(Path target, byte[] content) throws IOException {
        Path tmp = writtenBeside(target, content);
        try {
            try {
                Files.createLink(target, tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                Files.move(tmp, target); // no hard links here: a plain move, which also refuses a taken name
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The content in a temporary file in the target's folder (made if missing), for a move or link into place. */
    private static Path writtenBeside(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Writes only when the content differs, so an unchanged regeneration touches no file. */
    public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        write(target, content);
        return true;
    }
}
