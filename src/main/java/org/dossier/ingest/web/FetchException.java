package org.dossier.ingest.web;

import java.net.URI;

/** A page or feed that could not be fetched; its message is one line naming the address. */
public class FetchException extends Exception {

    private final transient URI url;

    public FetchException(URI url, String problem) {
        this(url.toString(), url, problem);
    }

    /** For an address that is not even a URL. */
    FetchException(String address, String problem) {
        this(address, null, problem);
    }

    private FetchException(String address, URI url, String problem) {
        super(address + ": " + problem.replaceAll("\\s+", " ").strip());
        this.url = url;
    }

    /** The address, or null when it was not a URL. */
    public URI url() {
        return url;
    }
}
