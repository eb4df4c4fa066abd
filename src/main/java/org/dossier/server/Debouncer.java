package org.dossier.server;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once a burst of signals has been quiet for a while: saving one file in an
 * editor, or copying a folder of articles, raises many events but should regenerate once.
 * Actions run one at a time on a single thread.
 */
final class Debouncer implements AutoCloseable {

    private final Runnable action;
    private final long quietMillis;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> pending;

    Debouncer(Duration quiet, String threadName, Runnable action) {
        this.action = action;
        this.quietMillis = quiet.toMillis();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = executor;
    }

    synchronized void signal() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(action, quietMillis, TimeUnit.MILLISECONDS);
    }

    /** Drops a pending action and waits for a running one: interrupting it could cut a file write short. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.MINUTES);
    }
}
