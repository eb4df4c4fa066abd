package org.dossier.brief;

/** An article whose date, or the year of it, was inferred rather than stated. */
public record InferredDate(String article, String date, String note) {
}
