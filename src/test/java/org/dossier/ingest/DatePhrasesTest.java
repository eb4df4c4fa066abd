package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022-11-15", "15th November, 2022", "15 Nov, 2022 08:41", "Nov. 15, 2022",
        "November 15, 2022", "Tuesday, November 15, 2022"})
    void fullDates(String phrase) {
        PartialDate date = DatePhrases.parse(phrase).orElseThrow();
        assertEquals(Year.of(2022), date.year());
        assertEquals(MonthDay.of(Month.NOVEMBER, 15), date.monthDay());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"November 15;11;15", "Sept. 5;9;5", "2nd December;12;2"})
    void datesWithoutYear(String phrase, int month, int day) {
        PartialDate date = DatePhrases.parse(phrase).orElseThrow();
        assertEquals(null, date.year());
        assertEquals(MonthDay.of(month, day), date.monthDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 2022", "2022-13-01", "All news", "15 people", "November", "May we go"})
    void nonDates(String phrase) {
        assertTrue(DatePhrases.parse(phrase).isEmpty());
    }
}
