package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunDateTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:20:31Z");

    @Test
    void theDayOfTheRunOrOfSourceDateEpoch() {
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), RunDate.of(null, NOW));
        assertEquals(Instant.parse("2024-05-06T00:00:00Z"), RunDate.of("1714979280", NOW));
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), RunDate.of("yesterday", NOW), "not a number: ignored");
    }
}
