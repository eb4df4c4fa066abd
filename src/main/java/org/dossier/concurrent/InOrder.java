package org.dossier.concurrent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Applies a function to every item of a list on several threads and returns the results in
 * the list's order, so that what follows does not depend on which thread finished first.
 */
public final class InOrder {

    private InOrder() {
    }

    /** The processors of this machine, the default number of threads. */
    public static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code items} mapped by {@code f} on up to {@code threads} daemon threads named {@code name};
     * the first failure (in list order) is thrown once it is reached.
     */
    public static <T, R> List<R> map(List<T> items, int threads, String name, Function<? super T, ? extends R> f) {
        return map(items, threads, name, null, f);
    }

    /**
     * As {@link #map(List, int, String, Function)}, starting the items in {@code startOrder}
     * (e.g. longest first, so that no thread is left with a long item while the others idle);
     * the results still follow the list's order.
     */
    public static <T, R> List<R> map(List<T> items, int threads, String name, Comparator<? super T> startOrder,
                                     Function<? super T, ? extends R> f) {
        int n = Math.min(threads, items.size());
        if (n <= 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(f.apply(item)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            IntStream.range(0, items.size()).boxed()
                    .sorted(startOrder == null ? Comparator.naturalOrder()
                            : Comparator.comparing(items::get, startOrder))
                    .forEach(i -> futures.set(i, pool.submit(() -> f.apply(items.get(i)))));
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(name + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
