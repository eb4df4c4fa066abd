package org.dossier.ingest.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;

/**
 * A response fetched whole.
 *
 * @param url         the address asked for
 * @param finalUrl    the address that answered, after redirects
 * @param contentType the media type, lower case, without parameters ("text/html"), or "" when not given
 * @param charset     the charset the response declared, or null
 * @param body        the bytes as received
 * @param fetched     when it was received
 */
public record FetchedPage(URI url, URI finalUrl, String contentType, Charset charset, byte[] body, Instant fetched) {
}
