package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: the article's own text, found by Readability (Mozilla's reader view, as
 * Readability4J), without menus, related stories, cookie banners, comments and footers; and what
 * the page's metadata says of it.
 */
final class HtmlArticleReader {

    /** Larger than any news page; a bigger file is something else saved by mistake. */
    static final long MAX_BYTES = 5L << 20;

    /** Parts that Readability may leave inside the article but that are not its prose. */
    private static final String NOT_PROSE = "figure, figcaption, aside, nav, form, button, script, style, noscript, "
            + "[class*=related], [class*=share], [class*=newsletter], [class*=caption], [id~=^comments?$], "
            + ".comments, .comment, .comment-list, .comments-area, [class*=cookie], [id*=cookie], [class*=consent]";

    private HtmlArticleReader() {
    }

    static SourceText read(Path file) throws IngestException {
        checkSize(file);
        Document page;
        try {
            page = Jsoup.parse(file.toFile(), null);
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read: " + e.getMessage());
        }
        return read(page, file.toUri().toString());
    }

    /** {@code address} is where the page came from, for Readability's links (the page's own URL when it has one). */
    static SourceText read(Document page, String address) {
        PageMetadata metadata = HtmlMetadata.of(page);
        String base = metadata.url() != null && metadata.url().startsWith("http") ? metadata.url() : address;
        return new SourceText(articleText(page.clone(), base), metadata);
    }

    private static String articleText(Document page, String address) {
        Element content = new Readability4J(address, page).parse().getArticleContent();
        if (content == null) {
            return "";
        }
        content.select(NOT_PROSE).remove();
        content.select("p, li").stream().filter(HtmlArticleReader::mostlyLinks).forEach(Element::remove);
        return ParagraphText.of(content);
    }

    /** A "Read more: <headline>" line inside the article: a paragraph whose text is mostly a link to another story. */
    private static boolean mostlyLinks(Element paragraph) {
        int all = paragraph.text().length();
        int linked = paragraph.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return all > 0 && linked >= 0.5 * all;
    }

    private static void checkSize(Path file) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IngestException(file, "is " + (size >> 20) + " MB; a news page is under "
                        + (MAX_BYTES >> 20) + " MB, so this is not read");
            }
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read: " + e.getMessage());
        }
    }
}
