package org.dossier.extract;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dossier.facts.WorldCities;

/**
 * The word lists extraction reads from jars (the gazetteer of towns, and CoreNLP's lists of
 * nationalities and titles, first names and demonyms: about 0.8 s of reading), read on a thread
 * of their own while the rules load, not when the first article asks for them.
 */
final class WordLists {

    private WordLists() {
    }

    static CompletableFuture<Void> readAhead() {
        CompletableFuture<Void> read = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                WorldCities.load();
                Nationalities.Words.get();
                GivenNames.load();
                Demonyms.load();
                read.complete(null);
            } catch (Throwable e) {
                read.completeExceptionally(e);
            }
        }, "read-word-lists");
        t.setDaemon(true);
        t.start();
        return read;
    }

    /** Waits for the lists; a list that could not be read fails here as it would have at its first use. */
    static void await(CompletableFuture<Void> reading) {
        try {
            reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
