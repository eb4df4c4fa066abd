package org.dossier.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One fact of the dossier-facts/1 contract (see FACTS.md): an event or state about one
 * detained person, with the sentences that report it.
 *
 * @param id         a stable id ("F" and eight hex digits, see {@link FactIds}), used by briefs to cite facts
 * @param person     id of the detained person the fact is about
 * @param date       ISO 8601 at the precision the text supports ("2014", "2014-07", "2014-07-05")
 * @param dateApprox true for "about three weeks ago"
 * @param term       ISO 8601 duration of a sentence ("P27Y")
 * @param status     done/planned for diplomatic facts; open/granted/refused/under_review/unknown for requests
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String id, String type, String kind, String person, String place, String date,
                   @JsonProperty("date_approx") Boolean dateApprox, String actor,
                   String addressee, String term, String status, String detail,
                   List<Evidence> evidence) {

    /** The same fact at another place (none: null). */
    public Fact withPlace(String newPlace) {
        return new Fact(id, type, kind, person, newPlace, date, dateApprox, actor, addressee, term, status, detail, evidence);
    }

    /** The same fact as another kind of the same type ("transferred" found to be "extradited"). */
    public Fact withKind(String newKind) {
        return new Fact(id, type, newKind, person, place, date, dateApprox, actor, addressee, term, status, detail, evidence);
    }

    /** The same fact with another date (none: null), and no claim that it is approximate. */
    public Fact withDate(String newDate) {
        return new Fact(id, type, kind, person, place, newDate, null, actor, addressee, term, status, detail, evidence);
    }
}
