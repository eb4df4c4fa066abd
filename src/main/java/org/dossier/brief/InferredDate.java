package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A date that was inferred, approximate or unknown rather than stated: an article's date, or a
 * fact's.
 *
 * @param rule  the rule that noted it
 * @param facts ids of the facts concerned (empty for an article's own date)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InferredDate(String article, String date, String note, String rule, List<String> facts) {

    public InferredDate(String article, String date, String note) {
        this(article, date, note, null, null);
    }
}
