package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.web.FeedPoller;
import org.dossier.ingest.web.PageFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds {@code dossier serve} follows ({@code --feed}, and {@code feeds.txt} in the first input
 * folder, read again each round): polled at start and before each scheduled regeneration. The
 * problems of the last round are shown on {@code /health}; they never stop a regeneration.
 */
final class FeedRounds {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRounds.class);

    /** What {@code /health} shows of the feeds. */
    record Status(Instant lastRound, String summary, List<String> errors) {
    }

    private final List<String> given;
    private final Path folder;
    private final FeedPoller poller;
    private volatile Status status = new Status(null, null, List.of());

    FeedRounds(List<String> given, Path folder) {
        this.given = List.copyOf(given);
        this.folder = folder;
        this.poller = new FeedPoller(folder, new PageFetcher());
    }

    /** True when there is something to poll: feeds given, or a feeds file. */
    boolean any() {
        try {
            return !FeedPoller.feeds(given, folder).isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    /** One round; true when it saved a new article. */
    synchronized boolean poll() {
        List<String> feeds;
        try {
            feeds = FeedPoller.feeds(given, folder);
        } catch (IOException e) {
            feeds = given;
            status = new Status(Instant.now(), null, List.of(folder.resolve(FeedPoller.FEEDS_FILE)
                    + ": cannot be read: " + e.getMessage()));
        }
        if (feeds.isEmpty()) {
            return false;
        }
        FeedPoller.Round round = poller.poll(feeds);
        List<String> errors = new ArrayList<>(round.errors());
        status = new Status(Instant.now(), feeds.size() + " feeds: " + round.summary(), List.copyOf(errors));
        LOG.info("feeds: {}", round.summary());
        errors.forEach(e -> LOG.warn("feed: {}", e));
        return !round.saved().isEmpty();
    }

    Status status() {
        return status;
    }
}
