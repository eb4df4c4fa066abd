package org.dossier.concurrent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "annotating: 12/40 articles" on the terminal during a long step: a line at most every
 * {@code every}, none at all for a step that ends sooner, and a last line when lines were printed.
 */
public final class Progress {

    private final String what;
    private final int total;
    private final long everyNanos;
    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private long lastPrinted;
    private boolean printed;

    public Progress(String what, int total, Duration every, PrintStream out) {
        this.what = what;
        this.total = total;
        this.everyNanos = every.toNanos();
        this.out = out;
        this.lastPrinted = System.nanoTime();
    }

    /** One more item done. */
    public void step() {
        int n = done.incrementAndGet();
        synchronized (this) {
            long now = System.nanoTime();
            if (now - lastPrinted >= everyNanos && n < total) {
                print(n);
                lastPrinted = now;
            }
        }
    }

    /** The last line, when any was printed. */
    public synchronized void finish() {
        if (printed) {
            print(done.get());
        }
    }

    private void print(int n) {
        out.println(what + ": " + n + "/" + total + " articles");
        printed = true;
    }
}
