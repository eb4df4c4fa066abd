package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A place where the person was held, from the move there until the next move (null while current). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyStay(String place, String from, String until, String rule, List<String> facts,
                          List<Integer> sources) {
}
