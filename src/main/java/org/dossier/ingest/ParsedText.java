package org.dossier.ingest;

/**
 * What an article's text says about itself, before any sidecar or inference.
 *
 * @param body     the article's sentences, without header lines or dateline
 * @param headline the headline, or null
 * @param outlet   the outlet, or null
 * @param dateline the dateline's place, or null
 * @param date     the publication date as stated (maybe without a year), or null
 */
record ParsedText(String body, String headline, String outlet, String dateline, PartialDate date) {
}
