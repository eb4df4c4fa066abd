package org.dossier.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The `articles[]` entry of dossier-facts/1: what is known of an article's header.
 *
 * @param dateNote    how the date was chosen when a page's metadata and its text disagree; absent otherwise
 * @param sameStoryAs the id of the article this one republishes (near-duplicate text, as wire copy is);
 *                    absent otherwise
 */
public record ArticleInfo(String id, String date, @JsonProperty("date_inferred") boolean dateInferred,
                          String outlet, String headline, String dateline,
                          @JsonProperty("date_note") @JsonInclude(JsonInclude.Include.NON_NULL) String dateNote,
                          @JsonProperty("same_story_as") @JsonInclude(JsonInclude.Include.NON_NULL) String sameStoryAs) {

    public ArticleInfo(String id, String date, boolean dateInferred, String outlet, String headline, String dateline) {
        this(id, date, dateInferred, outlet, headline, dateline, null, null);
    }
}
