package org.dossier.ingest;

import java.time.Duration;

/**
 * How much of one article a run takes on: its size (a longer article is cut at the last sentence
 * end before the limit, and reported) and the time CoreNLP may spend annotating it (an article
 * that takes longer is reported and left out, and the others go on). One setting for the whole
 * process, given by the command line ({@code --max-article-kb}, {@code --annotate-timeout}).
 *
 * @param maxBytes     the most bytes (UTF-8) of an article's text that are read
 * @param annotateTime the longest CoreNLP may spend on one article
 */
public record ArticleLimits(long maxBytes, Duration annotateTime) {

    public static final ArticleLimits DEFAULT = new ArticleLimits(200 * 1024, Duration.ofMinutes(2));

    private static volatile ArticleLimits current = DEFAULT;

    public ArticleLimits {
        if (maxBytes < 1 || annotateTime.isNegative() || annotateTime.isZero()) {
            throw new IllegalArgumentException("article limits must be positive");
        }
    }

    public static ArticleLimits current() {
        return current;
    }

    /** Sets the limits of every following run in this process. */
    public static void use(ArticleLimits limits) {
        current = limits;
    }

    public ArticleLimits withMaxBytes(long bytes) {
        return new ArticleLimits(bytes, annotateTime);
    }

    public ArticleLimits withAnnotateTime(Duration time) {
        return new ArticleLimits(maxBytes, time);
    }
}
