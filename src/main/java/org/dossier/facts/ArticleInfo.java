package org.dossier.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The `articles[]` entry of dossier-facts/1: what is known of an article's header. */
public record ArticleInfo(String id, String date, @JsonProperty("date_inferred") boolean dateInferred,
                          String outlet, String headline, String dateline) {
}
