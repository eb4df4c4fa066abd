package org.dossier.ingest.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page or feed over http or https with the JDK's HttpClient, within bounds: a connect
 * timeout, a time limit for the whole response, a size limit and a limit on redirects (each
 * followed here, so that a redirect to another scheme or back to an address already seen is caught).
 */
public final class PageFetcher {

    public static final long MAX_BYTES = 5L << 20;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final int MAX_REDIRECTS = 5;
    private static final String AGENT = "Dossier/0.1 (news reader for casework; +https://example.invalid/dossier)";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public PageFetcher() {
        this(CONNECT_TIMEOUT, TIMEOUT, MAX_BYTES);
    }

    public PageFetcher(Duration connectTimeout, Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The address as typed, checked: an absolute http or https URL. */
    public static URI address(String text) throws FetchException {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (Exception e) {
            throw new FetchException(text, "is not a URL");
        }
        checkScheme(url);
        if (url.getHost() == null) {
            throw new FetchException(url, "has no host name");
        }
        return url;
    }

    public FetchedPage fetch(URI url) throws FetchException {
        checkScheme(url);
        Set<URI> seen = new HashSet<>();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            if (!seen.add(current)) {
                throw new FetchException(url, "redirect loop (back to " + current + ")");
            }
            HttpResponse<byte[]> response = send(url, current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException(url, "more than " + MAX_REDIRECTS + " redirects");
                }
                current = current.resolve(response.headers().firstValue("Location").get().strip());
                if (!isWeb(current)) {
                    throw new FetchException(url, "redirects to " + current + ", which is not http or https");
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new FetchException(url, "the server answered HTTP " + status + HttpStatus.meaning(status));
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new FetchedPage(url, current, mediaType(type), charset(type), response.body(), Instant.now());
        }
    }

    private HttpResponse<byte[]> send(URI asked, URI url) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.5")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return declared > maxBytes ? new LimitedBody(0) : new LimitedBody(maxBytes);
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(asked, "no complete answer within " + timeout.toSeconds() + " s (timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(asked, "interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(asked, problem(e.getCause()));
        }
    }

    private String problem(Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge || cause instanceof IOException && cause.getCause()
                instanceof LimitedBody.TooLarge) {
            return "larger than " + (maxBytes >> 20) + " MB; not fetched";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no complete answer within " + timeout.toSeconds() + " s (timeout)";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void checkScheme(URI url) throws FetchException {
        if (!isWeb(url)) {
            throw new FetchException(url, "only http and https addresses are fetched");
        }
    }

    private static boolean isWeb(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(kv[1].strip().replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
