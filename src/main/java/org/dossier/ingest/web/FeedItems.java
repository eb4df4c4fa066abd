package org.dossier.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The article links of an RSS 2.0 or Atom feed, read by Rome. */
final class FeedItems {

    private FeedItems() {
    }

    /** The items' links, made absolute against the feed's address, in the feed's order. */
    static List<URI> of(FetchedPage feed) throws FetchException {
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed.body())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String type = feed.contentType().isEmpty() ? "" : " (Content-Type " + feed.contentType() + ")";
            throw new FetchException(feed.url(), "is not an RSS or Atom feed" + type + ": " + firstLine(e.getMessage()));
        }
        List<URI> links = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            if (link == null || link.isBlank()) {
                continue;
            }
            try {
                links.add(feed.finalUrl().resolve(link.strip()));
            } catch (IllegalArgumentException e) {
                // An item whose link is not a URL cannot be fetched; the others can.
            }
        }
        return links;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
