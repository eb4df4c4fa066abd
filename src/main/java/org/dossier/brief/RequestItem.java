package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A request made on the person's behalf: what, by whom, of whom, and where it stands.
 *
 * @param status   open, granted, refused, under_review, withdrawn, lapsed (moot once the person was
 *                 freed) or unknown
 * @param daysOpen days from first asked to the brief's as-of date, for outstanding requests
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestItem(String kind, String actor, String addressee, String detail, String status,
                          String firstAsked, String lastRaised, Long daysOpen, String rule,
                          List<String> facts, List<Integer> sources) {
}
