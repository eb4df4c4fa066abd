package org.dossier.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A place where the person was held, from the move there until the next move.
 *
 * @param from          the date of the move there; null when no move there is reported
 * @param until         the date of the next move or release; null while current or when that
 *                      move has no date
 * @param firstReported the earliest date a source gives for the person being there
 * @param lastReported  the latest date a source gives for the person being there
 * @param current       true for the stay where the person is held now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyStay(String place, String from, String until, String rule, List<String> facts,
                          List<Integer> sources, String firstReported, String lastReported,
                          Boolean current) {

    public CustodyStay(String place, String from, String until, String rule, List<String> facts,
                       List<Integer> sources) {
        this(place, from, until, rule, facts, sources, null, null, null);
    }
}
