package org.dossier.ingest;

import java.nio.file.Path;

/**
 * One input that could not be read as an article.
 *
 * @param file    the file or folder at fault
 * @param message one line that names the file and says what is wrong with it
 */
public record IngestError(Path file, String message) {
}
