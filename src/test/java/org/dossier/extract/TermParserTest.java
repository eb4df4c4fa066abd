package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "27 years;P27Y;P27Y",
        "a nine-year;-;P9Y",
        "18 months;-;P18M",
        "twenty-five years;-;P25Y",
        "fourteen years;-;P14Y",
        "16 years;P16Y;P16Y",
        "nine years;-;P9Y",
        "16-year;-;P16Y",
        "10-year;-;P10Y",
        "a 12-year;-;P12Y",
        "a 3 1/2-year;-;P3Y6M",
        "4 1/2 years;-;P4Y6M",
        "more than 2 1/2 months;-;P2M15D",
        "two and a half months;-;P2M15D",
        "three and a half years;-;P3Y6M",
        "seven - and - a-half years;-;P7Y6M",
        "two weeks;-;P2W",
        "four months and two weeks;-;P4M14D"})
    void termsAsDurations(String text, String normalized, String expected) {
        assertEquals(expected, TermParser.parse(text, normalized));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {"life;-", "several years;-", "a long time;-",
        "80-year-old;P80Y", "40 years old;P40Y"})
    void noTermWithoutANumber(String text, String normalized) {
        assertNull(TermParser.parse(text, normalized));
    }

    @org.junit.jupiter.api.Test
    void yearsAndMonthsTogether() {
        assertEquals("P3Y10M", TermParser.parse("three years and ten months", "P3Y"));
    }

    @Test
    void twoTermsToldOneAfterTheOtherAreOne() {
        assertEquals("P6Y10M", TermParser.joined("P6Y", "P10M"));
        assertEquals("P4M14D", TermParser.joined("P4M", "P2W"));
    }
}
