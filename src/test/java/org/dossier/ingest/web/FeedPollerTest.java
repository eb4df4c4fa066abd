package org.dossier.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.ArticleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An RSS and an Atom feed from a test site on 127.0.0.1: items fetched once, copies and failures told apart. */
class FeedPollerTest {

    private static String rss(TestSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>Story</title><link>").append(site.url(path)).append("</link>")
                    .append("<pubDate>Tue, 12 Mar 2024 09:30:00 +0200</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>The Riverton Courier"
                + "</title><link>" + site.url("/") + "</link><description>World news</description>" + items
                + "</channel></rss>";
    }

    private static String atom(String... relativeLinks) {
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (String link : relativeLinks) {
            entries.append("<entry><title>Story</title><id>urn:story:").append(++n).append("</id><link rel=\"alternate\""
                    + " href=\"").append(link).append("\"/><updated>2024-03-14T08:00:00Z</updated></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hilltown "
                + "Herald</title><id>urn:herald</id><updated>2024-03-14T08:00:00Z</updated>" + entries + "</feed>";
    }

    @Test
    void newItemsAreFetchedOnceCopiesAreNotSavedTwiceAndFailuresAreRetried(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite()) {
            byte[] kessel = TestSite.resource("kessel.html");
            String rask = new String(kessel, StandardCharsets.UTF_8).replace("Marta Kessel", "Ivo Rask")
                    .replace("Kessel", "Rask").replace("teacher", "engineer");
            site.page("/world/kessel", "text/html", kessel)
                    .page("/wire/kessel-copy", "text/html", kessel)
                    .page("/herald/rask.html", "text/html", rask)
                    .page("/feeds/world.rss", "application/rss+xml", rss(site, "/world/kessel", "/wire/kessel-copy",
                            "/world/removed"))
                    .page("/feeds/herald.atom", "application/atom+xml", atom("/herald/rask.html"))
                    .page("/feeds/broken", "text/html", "<html><body><p>Our feeds have moved.</p></body></html>");
            List<String> feeds = List.of(site.url("/feeds/world.rss").toString(), site.url("/feeds/broken").toString(),
                    site.url("/feeds/herald.atom").toString());
            FeedPoller poller = new FeedPoller(dir, new PageFetcher());

            FeedPoller.Round first = poller.poll(feeds);
            FeedPoller.Round second = poller.poll(feeds);

            assertEquals(2, first.saved().size(), first.toString());
            assertEquals(1, first.copies(), first.toString());
            assertEquals(List.of(
                    site.url("/world/removed") + ": the server answered HTTP 404 (not found)",
                    site.url("/feeds/broken") + ": is not an RSS or Atom feed (Content-Type text/html): "
                            + first.errors().get(1).substring(first.errors().get(1).lastIndexOf(": ") + 2)),
                    first.errors());
            assertEquals(List.of(), second.saved());
            assertEquals(3, second.known());
            assertEquals(2, second.errors().size(), "failures are tried again: " + second.errors());
            assertEquals(1, site.hits("/world/kessel"));
            assertEquals(1, site.hits("/wire/kessel-copy"));
            assertEquals(1, site.hits("/herald/rask.html"));
            assertEquals(2, site.hits("/world/removed"));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                assertEquals(5, names.size(), names.toString());
                assertTrue(names.contains(".dossier-feeds.json"), names.toString());
            }
        }
    }

    @Test
    void feedsComeFromTheOptionAndFromFeedsTxtOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("feeds.txt"), "# outlets we follow\nhttps://a.example/rss\n\n"
                + "https://b.example/atom  # the Herald\nhttps://a.example/rss\n");

        assertEquals(List.of("https://c.example/feed", "https://a.example/rss", "https://b.example/atom"),
                FeedPoller.feeds(List.of("https://c.example/feed"), dir));
        ArticleSet set = ArticleSet.read(List.of(dir));
        assertEquals(List.of(), set.articles(), "feeds.txt is not an article");
        assertEquals(List.of(), set.errors());
    }
}
