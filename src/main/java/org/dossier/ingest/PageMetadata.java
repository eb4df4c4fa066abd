package org.dossier.ingest;

import java.time.LocalDate;

/**
 * What a web page or a PDF states about the article it holds, apart from its text; any field may be null.
 *
 * @param date     the publication date
 * @param headline the headline or title
 * @param outlet   the publisher or site name
 * @param author   the author or authors, as one line
 * @param url      the article's own address (canonical link)
 * @param origin   what the date came from, for notes ("the page's metadata")
 */
record PageMetadata(LocalDate date, String headline, String outlet, String author, String url, String origin) {

    static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null);
}
