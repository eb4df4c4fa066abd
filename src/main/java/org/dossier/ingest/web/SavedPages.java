package org.dossier.ingest.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleReader;
import org.dossier.ingest.IngestException;
import org.dossier.io.AtomicFiles;
import org.dossier.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetched pages kept in an input folder as {@code <id>.html} (or {@code .pdf}) with a sidecar
 * {@code <id>.json} giving the address and the time of fetching, so that later runs need no
 * network. A page is saved only if it reads as an article; the sidecar is written before the page,
 * each whole or not at all, and a page already saved is never written again.
 */
public final class SavedPages {

    /** What was saved: the id, the file, and the article as Dossier reads it. */
    public record Saved(String id, Path file, boolean created, Article article) {
    }

    /** The sidecar of a fetched page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FetchSidecar(String url, String fetched, String redirectedTo) {
    }

    private final Path folder;

    public SavedPages(Path folder) {
        this.folder = folder;
    }

    /** The id a page from {@code url} is saved under: its host and path, readable, and a hash against clashes. */
    public static String idFor(URI url) {
        String host = url.getHost() == null ? "page" : url.getHost().replaceFirst("^www\\.", "");
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String slug = (host + "-" + path).toLowerCase(Locale.ROOT).replaceAll("\\.html?$", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug + "-" + ContentHash.of(url.toString()).substring(0, 8);
    }

    /** The file a page from {@code url} was saved as, if it was. */
    public Optional<Path> existing(URI url) {
        String id = idFor(url);
        return Stream.of(".html", ".pdf").map(ext -> folder.resolve(id + ext)).filter(Files::isRegularFile).findFirst();
    }

    /** A fetched page checked to read as an article, ready to be written. */
    public record Checked(FetchedPage page, String id, String extension, byte[] content, byte[] sidecar,
                          Article article) {
    }

    /** Checks that the page reads as an article, writing nothing yet. */
    public Checked check(FetchedPage page) throws FetchException {
        String id = idFor(page.url());
        String extension = extension(page);
        byte[] content = extension.equals(".html") ? asUtf8(page) : page.body();
        byte[] sidecar = Json.bytes(new FetchSidecar(page.url().toString(), page.fetched().toString(),
                page.finalUrl().equals(page.url()) ? null : page.finalUrl().toString()));
        return new Checked(page, id, extension, content, sidecar, readable(page.url(), id + extension, content, sidecar));
    }

    /** Checks the page and saves it, unless a page from its address was saved before. */
    public Saved save(FetchedPage page) throws FetchException {
        Optional<Path> existing = existing(page.url());
        if (existing.isPresent()) {
            return new Saved(idFor(page.url()), existing.get(), false, null);
        }
        return write(check(page));
    }

    /** Writes a checked page: the sidecar first, then the page, each whole or not at all. */
    public Saved write(Checked checked) throws FetchException {
        try {
            Files.createDirectories(folder);
            Path sidecarFile = folder.resolve(checked.id() + ".json");
            AtomicFiles.write(sidecarFile, checked.sidecar());
            Path file = folder.resolve(checked.id() + checked.extension());
            try {
                AtomicFiles.write(file, checked.content());
            } catch (IOException e) {
                Files.deleteIfExists(sidecarFile);
                throw e;
            }
            return new Saved(checked.id(), file, true, checked.article());
        } catch (IOException e) {
            throw new FetchException(checked.page().url(), "cannot be saved in " + folder + ": " + e.getMessage());
        }
    }

    private static String extension(FetchedPage page) throws FetchException {
        return switch (page.contentType()) {
            case "text/html", "application/xhtml+xml" -> ".html";
            case "application/pdf" -> ".pdf";
            case "" -> looksLikeHtml(page.body()) ? ".html" : notAPage(page);
            default -> notAPage(page);
        };
    }

    private static String notAPage(FetchedPage page) throws FetchException {
        throw new FetchException(page.url(), "is not a web page or a PDF (Content-Type "
                + (page.contentType().isEmpty() ? "missing" : page.contentType()) + ")");
    }

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** The page as UTF-8, so that a charset given only in the HTTP header is not lost on disk. */
    private static byte[] asUtf8(FetchedPage page) {
        if (page.charset() == null || page.charset().equals(StandardCharsets.UTF_8)) {
            return page.body();
        }
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset().name(),
                    page.finalUrl().toString());
            doc.charset(StandardCharsets.UTF_8);
            return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the page from a scratch folder with the generator's own reader, so that what is saved can be read. */
    private static Article readable(URI url, String name, byte[] content, byte[] sidecar) throws FetchException {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("dossier-fetch");
            Path file = scratch.resolve(name);
            Files.write(file, content);
            Files.write(scratch.resolve(ArticleReader.idOf(file) + ".json"), sidecar);
            return new ArticleReader().read(file);
        } catch (IngestException e) {
            throw new FetchException(url, e.getMessage().substring(e.file().toString().length() + 2) + "; not saved");
        } catch (IOException e) {
            throw new FetchException(url, "cannot be checked: " + e.getMessage());
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch file left in the temporary folder harms nothing.
        }
    }
}
