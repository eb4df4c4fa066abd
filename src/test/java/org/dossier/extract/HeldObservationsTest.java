package org.dossier.extract;

import static org.dossier.extract.Facts.fact;
import static org.dossier.extract.Facts.held;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.facts.Fact;
import org.junit.jupiter.api.Test;

class HeldObservationsTest {

    private final HeldObservations held = new HeldObservations(Set.of("russia", "united states"), Set.of("prison", "colony"));

    @Test
    void aCountryGivesWayToThePrisonOfTheSameTime() {
        List<Fact> facts = held.consolidate(List.of(held("ann-lee", "Russia", "2021-11", 0),
                held("ann-lee", "Correctional Colony No. 12, Mordovia", "2021-11", 2)));
        assertEquals(1, facts.size());
        assertEquals("Correctional Colony No. 12, Mordovia", facts.get(0).place());
    }

    @Test
    void theSamePlaceSeenTwiceIsOneObservationDatedByTheLater() {
        List<Fact> facts = held.consolidate(List.of(held("ann-lee", "Tallahassee", "2019-08", 8),
                held("ann-lee", "Tallahassee prison", "2019-10", 7)));
        assertEquals(1, facts.size());
        assertEquals("2019-10", facts.get(0).date());
        assertEquals(2, facts.get(0).evidence().size());
    }

    @Test
    void twoPlacesAtTwoTimesStayTwo() {
        assertEquals(2, held.consolidate(List.of(held("ann-lee", "Alexandria, Virginia", null, 11),
                held("ann-lee", "Tallahassee", "2019-10", 7))).size());
    }

    @Test
    void aVisitWithoutAPlaceHappenedWhereTheDetaineeIsHeldNow() {
        List<Fact> facts = VisitPlaces.fill(List.of(held("ann-lee", "Alexandria Detention Center", "2018-10", 1),
                fact("diplomatic", "visit", "ann-lee", null, "2018-10-15", "a1", 5)), LocalDate.of(2018, 10, 16));
        assertEquals("Alexandria Detention Center", facts.get(1).place());
    }

    @Test
    void movesToTwoPrisonsInOneYearAreTwoMovesAndOneMoveToldTwiceIsOne() {
        List<Fact> twoPrisons = held.consolidate(List.of(
                fact("custody", "transferred", "ann-lee", "Narva women's prison", "2020", "a1", 3),
                fact("custody", "transferred", "ann-lee", "Tallinn prison", "2020-09", "a1", 4)));
        assertEquals(2, twoPrisons.size(), "two prisons: " + twoPrisons);
        List<Fact> oneMove = held.consolidate(List.of(
                fact("custody", "transferred", "ann-lee", "Penal Colony No. 7", "2020-09", "a1", 3),
                fact("custody", "transferred", "ann-lee", "Lake region", "2020", "a1", 4)));
        assertEquals(List.of("Penal Colony No. 7, Lake region"), oneMove.stream().map(Fact::place).toList());
    }
}
