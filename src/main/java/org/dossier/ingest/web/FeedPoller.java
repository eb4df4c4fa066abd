package org.dossier.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.ArticleFormat;

/**
 * One round over the feeds: each feed fetched, each item not fetched before (by address, and by
 * the hash of its article text) fetched once and saved in the input folder like {@code dossier add}
 * saves a page. A feed or item that fails is reported and tried again next round; it never stops
 * the others.
 */
public final class FeedPoller {

    /** The feeds file an input folder may hold: one feed address a line, {@code #} starts a comment. */
    public static final String FEEDS_FILE = ArticleFormat.FEEDS_FILE;

    /** What a round did. */
    public record Round(List<String> saved, int known, int copies, List<String> errors) {

        public String summary() {
            return saved.size() + " new article" + (saved.size() == 1 ? "" : "s") + " saved, " + known
                    + " already fetched" + (copies == 0 ? "" : ", " + copies + " the same text as one saved")
                    + (errors.isEmpty() ? "" : ", " + errors.size() + " failed");
        }
    }

    private final Path folder;
    private final PageFetcher fetcher;

    public FeedPoller(Path folder, PageFetcher fetcher) {
        this.folder = folder;
        this.fetcher = fetcher;
    }

    /** The feeds given plus those of the folder's {@code feeds.txt}, each once. */
    public static List<String> feeds(List<String> given, Path folder) throws IOException {
        Set<String> feeds = new LinkedHashSet<>(given);
        Path file = folder.resolve(FEEDS_FILE);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String feed = line.replaceFirst("#.*", "").strip();
                if (!feed.isEmpty()) {
                    feeds.add(feed);
                }
            }
        }
        return List.copyOf(feeds);
    }

    public Round poll(List<String> feeds) {
        FeedState state;
        try {
            state = FeedState.in(folder);
        } catch (IOException e) {
            return new Round(List.of(), 0, 0, List.of(folder.resolve(FeedState.FILE) + ": cannot be read: "
                    + e.getMessage()));
        }
        Tally tally = new Tally();
        SavedPages pages = new SavedPages(folder);
        for (String feed : feeds) {
            try {
                URI feedUrl = PageFetcher.address(feed);
                for (URI item : FeedItems.of(fetcher.fetch(feedUrl))) {
                    pollItem(item, feedUrl, state, pages, tally);
                }
            } catch (FetchException e) {
                tally.errors.add(e.getMessage());
            }
        }
        try {
            state.save();
        } catch (IOException e) {
            tally.errors.add(folder.resolve(FeedState.FILE) + ": cannot be written: " + e.getMessage());
        }
        return new Round(List.copyOf(tally.saved), tally.known, tally.copies, List.copyOf(tally.errors));
    }

    private void pollItem(URI item, URI feed, FeedState state, SavedPages pages, Tally tally) {
        if (state.hasUrl(item.toString()) || pages.existing(item).isPresent()) {
            tally.known++;
            return;
        }
        try {
            SavedPages.Checked checked = pages.check(fetcher.fetch(item));
            String hash = ContentHash.of(checked.article().body());
            if (state.idWithHash(hash) != null) {
                tally.copies++;
                state.add(new FeedState.Item(item.toString(), hash, null, feed.toString()));
                return;
            }
            SavedPages.Saved written = pages.write(checked);
            state.add(new FeedState.Item(item.toString(), hash, written.id(), feed.toString()));
            tally.saved.add(item + ": saved as " + written.file());
        } catch (FetchException e) {
            tally.errors.add(e.getMessage());
        }
    }

    /** What a round has done so far. */
    private static final class Tally {
        final List<String> saved = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        int known;
        int copies;
    }
}
