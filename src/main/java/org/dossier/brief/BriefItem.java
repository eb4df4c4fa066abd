package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of a history section, made from one merged fact.
 *
 * @param kind    the fact's kind ("arrested", "sentenced", "visit", ...)
 * @param outlets how many distinct outlets report it (corroboration)
 * @param rule    the rule that put it in the brief
 * @param facts   ids of the facts it was made from
 * @param sources numbers into the brief's sources
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BriefItem(String kind, String date, String place, String actor, String addressee,
                        String term, String status, String detail, int outlets, String rule,
                        List<String> facts, List<Integer> sources) {
}
