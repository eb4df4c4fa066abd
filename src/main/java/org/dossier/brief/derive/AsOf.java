package org.dossier.brief.derive;

/** The date the brief is as of: "days since" and "days open" are counted to it. */
public record AsOf(String date) implements Background {
}
