package org.dossier.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.web.FetchException;
import org.dossier.ingest.web.PageFetcher;
import org.dossier.ingest.web.SavedPages;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.dossier.pipeline.Hashes;

/**
 * An article sent to {@code POST /articles}: plain UTF-8 text, or JSON with {@code text} and
 * optional {@code date}, {@code outlet}, {@code url} and {@code headline}, or JSON with only a
 * {@code url}, which is then fetched and saved as {@code dossier add} saves it. It is checked the
 * way {@code dossier generate} reads articles, then saved into the input folder whole or not
 * at all, the sidecar ({@code <id>.json}) before the article so that the article is never
 * read without it.
 *
 * <p>The id is a hash of the text and the metadata: posting the same article twice saves it once.
 */
final class ArticleUpload {

    static final int MAX_BYTES = 1 << 20;

    private static final ObjectReader FIELDS = Json.MAPPER.readerFor(Fields.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The JSON form of an upload. */
    record Fields(String text, String date, String outlet, String url, String headline) {
    }

    /** The sidecar written beside the article: only the fields that were given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sidecar(String date, String outlet, String url, String headline) {

        boolean isEmpty() {
            return date == null && outlet == null && url == null && headline == null;
        }
    }

    /** An upload saved under {@code id}; {@code created} is false when the same article was already there. */
    record Saved(String id, boolean created, String file, String url, String outlet, String headline) {

        Saved(String id, boolean created) {
            this(id, created, null, null, null, null);
        }

        /** What the audit log keeps of the upload. */
        java.util.Map<String, Object> details() {
            java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
            d.put("article", id);
            if (file != null) {
                d.put("file", file);
            }
            if (url != null) {
                d.put("url", url);
            }
            if (outlet != null) {
                d.put("outlet", outlet);
            }
            if (headline != null) {
                d.put("headline", headline);
            }
            d.put("new", created);
            return d;
        }
    }

    /** The file kinds a page may upload besides plain text, read by the generator's own readers. */
    static final java.util.Set<String> DOCUMENT_EXTENSIONS = java.util.Set.of("html", "htm", "pdf");

    private final String text;
    private final Sidecar sidecar;
    /** The address to fetch, for an upload of a link only; else null. */
    private final URI link;
    /** A saved web page or a PDF as uploaded, with its extension; else null. */
    private final byte[] document;
    private final String extension;

    private ArticleUpload(String text, Sidecar sidecar) {
        this.text = text;
        this.sidecar = sidecar == null || sidecar.isEmpty() ? null : sidecar;
        this.link = null;
        this.document = null;
        this.extension = "txt";
    }

    private ArticleUpload(URI link) {
        this.text = null;
        this.sidecar = null;
        this.link = link;
        this.document = null;
        this.extension = null;
    }

    private ArticleUpload(byte[] document, String extension) {
        this.text = null;
        this.sidecar = null;
        this.link = null;
        this.document = document;
        this.extension = extension;
    }

    /**
     * An article pasted into the page's form: its text, with the outlet, date and headline when
     * given (as in the JSON form).
     */
    static ArticleUpload pasted(String text, String date, String outlet, String headline) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("paste the article's text, or choose a file");
        }
        ArticleUpload upload = fromFields(new Fields(text.replace("\r\n", "\n"), date, outlet, null, headline));
        upload.checkText();
        return upload;
    }

    /**
     * A file chosen in the page's form: plain text (UTF-8, {@code .txt} or no extension), a saved
     * web page ({@code .html}, {@code .htm}) or a PDF, each read as {@code dossier generate} reads
     * such a file in an input folder.
     */
    static ArticleUpload file(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "txt" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw ApiError.badRequest(name + ": the file is empty");
        }
        if (ext.equals("txt") || ext.equals("text")) {
            ArticleUpload upload = new ArticleUpload(decode(bytes), null);
            upload.checkText();
            return upload;
        }
        if (!DOCUMENT_EXTENSIONS.contains(ext)) {
            throw new ApiError(415, name + ": choose a .txt, .html, .htm or .pdf file");
        }
        return new ArticleUpload(bytes, ext);
    }

    /** Checks the request body; throws {@link ApiError} with a message for the sender when it is unusable. */
    static ArticleUpload parse(String contentType, byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("the article is empty");
        }
        String mediaType = mediaType(contentType);
        String charset = charset(contentType);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw ApiError.badRequest("only UTF-8 is accepted, but the request says charset=" + charset);
        }
        String decoded = decode(body);
        ArticleUpload upload = switch (mediaType) {
            case "text/plain" -> new ArticleUpload(decoded, null);
            case "application/json" -> fromJson(decoded);
            default -> throw new ApiError(415, "send the article as text/plain or as application/json, not "
                    + mediaType);
        };
        if (upload.link == null) {
            upload.checkText();
        }
        return upload;
    }

    private static ArticleUpload fromJson(String json) {
        Fields f;
        try {
            f = FIELDS.readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest("unknown field \"" + e.getPropertyName()
                    + "\"; the fields are text, date, outlet, url and headline");
        } catch (JsonProcessingException e) {
            // Jackson's own message names Java classes: say where, in the sender's terms
            var at = e.getLocation();
            throw ApiError.badRequest("the body is not a JSON object with text, date, outlet, url and headline"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (f != null && f.text() == null && f.url() != null) {
            if (f.date() != null || f.outlet() != null || f.headline() != null) {
                throw ApiError.badRequest("a link is sent alone, as {\"url\": ...}: the page gives its date, outlet "
                        + "and headline");
            }
            try {
                return new ArticleUpload(PageFetcher.address(f.url()));
            } catch (FetchException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        }
        if (f == null || f.text() == null) {
            throw ApiError.badRequest("the JSON has no \"text\" (or, for a link, no \"url\")");
        }
        return fromFields(f);
    }

    private static ArticleUpload fromFields(Fields f) {
        String date = blankToNull(f.date());
        if (date != null && !isDate(date)) {
            throw ApiError.badRequest("\"date\" is \"" + date + "\"; expected YYYY-MM-DD or YYYY");
        }
        return new ArticleUpload(f.text(), new Sidecar(date, blankToNull(f.outlet()), blankToNull(f.url()),
                blankToNull(f.headline())));
    }

    /** The dates a sidecar takes: a full date, or a year alone for a text that gives month and day. */
    private static boolean isDate(String date) {
        try {
            if (date.length() == 4) {
                Year.parse(date);
            } else {
                LocalDate.parse(date);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void checkText() {
        if (text.indexOf('\0') >= 0) {
            throw ApiError.badRequest("the article contains NUL characters; send plain text");
        }
        if (text.isBlank()) {
            throw ApiError.badRequest("the article holds only white space");
        }
    }

    /**
     * Saves the article (and its sidecar) into {@code folder}, after reading it as the generator will;
     * a link is fetched first with {@code fetcher}.
     */
    Saved saveInto(Path folder, PageFetcher fetcher) throws IOException {
        if (link != null) {
            return fetchInto(folder, fetcher);
        }
        return saveInto(folder);
    }

    private Saved fetchInto(Path folder, PageFetcher fetcher) {
        SavedPages pages = new SavedPages(folder);
        if (pages.existing(link).isPresent()) {
            return new Saved(SavedPages.idFor(link), false, pages.existing(link).get().getFileName().toString(),
                    link.toString(), null, null);
        }
        try {
            SavedPages.Saved saved = pages.save(fetcher.fetch(link));
            return new Saved(saved.id(), saved.created(), saved.file().getFileName().toString(), link.toString(),
                    saved.article() == null ? null : saved.article().outlet(),
                    saved.article() == null ? null : saved.article().headline());
        } catch (FetchException e) {
            throw new ApiError(422, e.getMessage());
        }
    }

    /** Saves the article (and its sidecar) into {@code folder}, after reading it as the generator will. */
    Saved saveInto(Path folder) throws IOException {
        byte[] sidecarBytes = sidecar == null ? null : Json.bytes(sidecar);
        byte[] content = document != null ? document : text.getBytes(StandardCharsets.UTF_8);
        String hashed = document != null ? new String(document, StandardCharsets.ISO_8859_1) : text;
        String id = "upload-" + Hashes.of(hashed, sidecarBytes == null ? "" : new String(sidecarBytes,
                StandardCharsets.UTF_8)).substring(0, 16);
        Path article = folder.resolve(id + "." + extension);
        checkReadable(id, content, sidecarBytes);
        // One save at a time, so that the same article sent twice at once is saved once, and said so.
        synchronized (SAVING) {
            if (Files.isRegularFile(article)) {
                return saved(id, false, article);
            }
            return save(folder, id, article, content, sidecarBytes);
        }
    }

    private static final Object SAVING = new Object();

    private Saved saved(String id, boolean created, Path article) {
        return new Saved(id, created, article.getFileName().toString(), sidecar == null ? null : sidecar.url(),
                sidecar == null ? null : sidecar.outlet(), sidecar == null ? null : sidecar.headline());
    }

    private Saved save(Path folder, String id, Path article, byte[] content, byte[] sidecarBytes)
            throws IOException {
        Files.createDirectories(folder);
        Path sidecarFile = folder.resolve(id + ".json");
        if (sidecarBytes != null) {
            AtomicFiles.write(sidecarFile, sidecarBytes);
        }
        try {
            AtomicFiles.write(article, content);
        } catch (IOException e) {
            Files.deleteIfExists(sidecarFile);
            throw e;
        }
        return saved(id, true, article);
    }

    /** Reads the article from a scratch folder with the generator's own reader, so what is saved can be read. */
    private void checkReadable(String id, byte[] content, byte[] sidecarBytes) throws IOException {
        Path scratch = Files.createTempDirectory("dossier-upload");
        try {
            Path file = scratch.resolve(id + "." + extension);
            Files.write(file, content);
            if (sidecarBytes != null) {
                Files.write(scratch.resolve(id + ".json"), sidecarBytes);
            }
            new ArticleReader().read(file);
        } catch (IngestException e) {
            String where = scratch + scratch.getFileSystem().getSeparator();
            throw ApiError.badRequest(e.getMessage().replace(where + id + "." + extension + ": ", "the article ")
                    .replace(where, ""));
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Decodes strictly, so that Latin-1 or cp1252 text is refused rather than garbled. */
    private static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ApiError.badRequest("the body is not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiError(415, "say what the article is: Content-Type: text/plain; charset=utf-8, "
                    + "or application/json");
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                return kv[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
