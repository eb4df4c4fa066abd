package org.dossier.brief.derive;

/** A date the reader should not take at face value: inferred, approximate or unknown. */
public record DateNote(String article, String date, String note) {
}
