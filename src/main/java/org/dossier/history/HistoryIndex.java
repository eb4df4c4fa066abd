package org.dossier.history;

import java.util.List;

/**
 * {@code history/<person-id>/index.json}: the versions of one person's brief, oldest first. Only
 * a summary of the files beside it, from which it is rebuilt whenever it does not list exactly
 * the files that are there (a run stopped between writing a version and the index).
 */
public record HistoryIndex(String schema, String person, List<Version> versions) {

    public static final String SCHEMA = "dossier-history/1";
}
