package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.io.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a news page carries besides its text, in the order sites are most careful with:
 * JSON-LD ({@code NewsArticle} and its kin), then OpenGraph and {@code article:*} meta tags, then
 * a {@code <time>} that marks the publication.
 */
final class HtmlMetadata {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BlogPosting", "Report", "WebPage");

    private HtmlMetadata() {
    }

    static PageMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc).orElse(null);
        LocalDate date = firstDate(
                text(ld, "datePublished"),
                meta(doc, "article:published_time"),
                meta(doc, "datePublished"),
                meta(doc, "date"),
                timeOfPublication(doc));
        String headline = first(text(ld, "headline"), meta(doc, "og:title"), heading(doc), doc.title());
        String outlet = first(name(ld == null ? null : ld.get("publisher")), meta(doc, "og:site_name"));
        String author = first(name(ld == null ? null : ld.get("author")), meta(doc, "author"),
                meta(doc, "article:author"));
        String url = first(link(doc, "canonical"), meta(doc, "og:url"), text(ld, "url"), id(ld, "mainEntityOfPage"));
        return new PageMetadata(date, headline, outlet, author, url, "the page's metadata");
    }

    /** The first JSON-LD object whose {@code @type} is an article, looking inside arrays and {@code @graph}. */
    private static Optional<JsonNode> jsonLdArticle(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(Json.MAPPER.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // A broken JSON-LD block is common; the other metadata still count.
            }
        }
        for (String type : List.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article",
                "BlogPosting", "Report", "WebPage")) {
            for (JsonNode node : nodes) {
                if (types(node).contains(type)) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            if (types(node).stream().anyMatch(ARTICLE_TYPES::contains)) {
                into.add(node);
            }
            collect(node.get("@graph"), into);
        }
    }

    private static Set<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        Set<String> types = new HashSet<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return types;
    }

    /** A name from a JSON-LD person or organisation, a list of them, or plain text. */
    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> Optional.ofNullable(name(n)).ifPresent(names::add));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return node.isObject() ? text(node, "name") : blankToNull(node.asText());
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null || !node.get(field).isValueNode()) {
            return null;
        }
        return blankToNull(node.get(field).asText());
    }

    private static String id(JsonNode node, String field) {
        if (node == null || node.get(field) == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value.isObject() ? text(value, "@id") : blankToNull(value.asText());
    }

    /** A {@code <meta>} by {@code property}, {@code name} or {@code itemprop}. */
    private static String meta(Document doc, String key) {
        for (String attribute : List.of("property", "name", "itemprop")) {
            Element meta = doc.selectFirst("meta[" + attribute + "=" + key + "]");
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static String link(Document doc, String rel) {
        Element link = doc.selectFirst("link[rel=" + rel + "][href]");
        return link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
    }

    /**
     * A {@code <time>} marked as the publication, or the first one inside the {@code <article>}; never
     * one from a list of other stories.
     */
    private static String timeOfPublication(Document doc) {
        Element time = doc.selectFirst("time[itemprop=datePublished], time[pubdate], article time[datetime]");
        return time == null ? null : blankToNull(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
    }

    private static String heading(Document doc) {
        Element h1 = doc.selectFirst("article h1, h1");
        return h1 == null ? null : blankToNull(h1.text());
    }

    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            Optional<LocalDate> date = PageDates.parse(candidate);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
