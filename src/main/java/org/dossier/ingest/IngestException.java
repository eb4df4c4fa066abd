package org.dossier.ingest;

import java.nio.file.Path;

/** Thrown when a file cannot be read as an article; its message is one line naming the file. */
public class IngestException extends Exception {

    private final transient Path file;

    public IngestException(Path file, String problem) {
        super(file + ": " + problem.replaceAll("\\s+", " ").strip());
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public IngestError toError() {
        return new IngestError(file, getMessage());
    }
}
