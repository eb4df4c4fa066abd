package org.dossier.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.io.Json;

/**
 * What feeds have given so far, kept in {@code .dossier-feeds.json} in the input folder: each
 * item's address and the hash of its article text, so that an item is fetched once, and the same
 * text under another address (a republished copy) is not saved again.
 */
final class FeedState {

    static final String FILE = ".dossier-feeds.json";

    /** One item fetched: its address, the hash of its article's text, and the article's id (null if a copy). */
    record Item(String url, String hash, String id, String feed) {
    }

    /** The file as written. */
    record Stored(List<Item> items) {
    }

    private final Path file;
    private final List<Item> items;

    private FeedState(Path file, List<Item> items) {
        this.file = file;
        this.items = new ArrayList<>(items);
    }

    static FeedState in(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return new FeedState(file, List.of());
        }
        Stored stored = Json.read(file, Stored.class);
        return new FeedState(file, stored == null || stored.items() == null ? List.of() : stored.items());
    }

    boolean hasUrl(String url) {
        return items.stream().anyMatch(i -> i.url().equals(url));
    }

    /** The id of the article already saved with this text, or null. */
    String idWithHash(String hash) {
        return items.stream().filter(i -> i.hash().equals(hash) && i.id() != null).map(Item::id).findFirst()
                .orElse(null);
    }

    void add(Item item) {
        items.add(item);
    }

    void save() throws IOException {
        Files.createDirectories(file.getParent());
        Json.write(file, new Stored(List.copyOf(items)));
    }
}
