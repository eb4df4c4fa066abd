package org.dossier.bench;

/**
 * Step 5: latency of {@code GET /briefs/{id}.pdf}, cached and re-rendered, with one client and
 * with eight concurrent clients (median and 95th percentile).
 *
 * <p>Not measured yet: the HTTP server ({@code org.dossier.server}) has not been merged. Once it
 * is, {@link #measure} should start it on a free port over the output of step 4, then:
 * <ol>
 *   <li>cached: GET each brief's PDF once to fill any cache, then time {@code runs} GETs per
 *       brief, first with one client, then with eight threads sharing one {@code HttpClient};</li>
 *   <li>re-rendered: before each timed GET, invalidate the cached PDF (touch a rules file, or
 *       whatever invalidation the server offers), and time the same way;</li>
 *   <li>add four rows to the table (cached/re-rendered x 1/8 clients), median and p95 in ms,
 *       against the targets median <= 20 ms (cached) and <= 300 ms (re-rendered).</li>
 * </ol>
 */
public final class ServerBench {

    public static final String NOT_MEASURED = "not measured (server not merged yet)";

    private ServerBench() {
    }

    /** True once the server class is on the class path. */
    public static boolean serverPresent() {
        try {
            Class.forName("org.dossier.server.DossierServer");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    // TODO(server): start org.dossier.server.DossierServer, time GET /briefs/{id}.pdf as described above.
    public static void measure(BenchTable table) {
        String why = serverPresent() ? "not measured (server present; benchmark not wired yet)" : NOT_MEASURED;
        table.add("5 server", "GET /briefs/{id}.pdf cached, 1 and 8 clients, median / p95", why,
                "median <= 20 ms", "");
        table.add("5 server", "GET /briefs/{id}.pdf re-rendered, 1 and 8 clients, median / p95", why,
                "median <= 300 ms", "");
    }
}
