package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dossier.io.Json;

/**
 * The optional {@code <id>.json} next to an article, whose fields win over the text.
 *
 * @param date     a full publication date, or null
 * @param year     only the publication year, for a text that gives month and day; or null
 * @param outlet   the outlet, or null
 * @param url      the article's address, or null
 * @param headline the headline, or null
 */
record Sidecar(LocalDate date, Year year, String outlet, String url, String headline) {

    static final Sidecar NONE = new Sidecar(null, null, null, null, null);

    /** The JSON as written: every field optional, the date as text. */
    record Fields(String date, String outlet, String url, String headline) {
    }

    /** The sidecar of {@code article}, or {@link #NONE} when there is none. */
    static Sidecar besides(Path article) throws IngestException {
        Path file = article.resolveSibling(ArticleReader.idOf(article) + ".json");
        if (!Files.exists(file)) {
            return NONE;
        }
        Fields fields;
        try {
            fields = Json.MAPPER.readValue(StrictText.read(file), Fields.class);
        } catch (IOException e) {
            throw new IngestException(file, "is not a valid sidecar JSON object");
        }
        if (fields == null) {
            throw new IngestException(file, "is not a valid sidecar JSON object");
        }
        return fromFields(file, fields);
    }

    private static Sidecar fromFields(Path file, Fields fields) throws IngestException {
        String date = blankToNull(fields.date());
        try {
            LocalDate full = date != null && date.length() > 4 ? LocalDate.parse(date) : null;
            Year year = date != null && date.length() == 4 ? Year.parse(date) : null;
            return new Sidecar(full, year, blankToNull(fields.outlet()), blankToNull(fields.url()),
                    blankToNull(fields.headline()));
        } catch (DateTimeParseException e) {
            throw new IngestException(file, "has date \"" + date + "\"; expected YYYY-MM-DD or YYYY");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
