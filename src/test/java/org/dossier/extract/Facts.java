package org.dossier.extract;

import java.util.List;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;

/** Facts written for tests. */
final class Facts {

    private Facts() {
    }

    static Fact fact(String type, String kind, String person, String place, String date, String article, int sentence) {
        return new Fact(null, type, kind, person, place, date, null, null, null, null, null, null,
                List.of(new Evidence(article, sentence, "sentence " + sentence)));
    }

    static Fact held(String person, String place, String date, int sentence) {
        return fact("custody", "held", person, place, date, "a1", sentence);
    }
}
