package org.dossier.ingest;

/**
 * The text of an article file, before its header is parsed, and what the file says about itself
 * besides (a web page's metadata, a PDF's document information).
 */
record SourceText(String text, PageMetadata metadata) {
}
