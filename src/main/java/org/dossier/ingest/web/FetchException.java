package org.dossier.ingest.web;

import java.net.URI;

/** A page or feed that could not be fetched; its message is one line naming the address. */
public class FetchException extends Exception {

    private final transient URI url;

    public FetchException(URI url, String problem) {
        super(url + ": " + problem.replaceAll("\\s+", " ").strip());
        this.url = url;
    }

    public URI url() {
        return url;
    }
}
