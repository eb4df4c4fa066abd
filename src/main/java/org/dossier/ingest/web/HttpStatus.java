package org.dossier.ingest.web;

import java.util.Map;

/** Words for the HTTP statuses a caseworker is likely to meet, so that an error says what happened. */
final class HttpStatus {

    private static final Map<Integer, String> MEANINGS = Map.of(
            401, "login required", 403, "forbidden", 404, "not found", 410, "gone",
            429, "too many requests; try later", 451, "unavailable for legal reasons",
            500, "server error", 502, "bad gateway", 503, "service unavailable", 504, "gateway timeout");

    private HttpStatus() {
    }

    /** " (not found)", or "" for a status without words here. */
    static String meaning(int status) {
        String meaning = MEANINGS.get(status);
        return meaning == null ? "" : " (" + meaning + ")";
    }
}
