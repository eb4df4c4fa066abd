package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashesBetweenSentencesTest {

    @Test
    void aDashBetweenTwoSentencesGoes() {
        assertEquals("He stood trial in Hanoi. A court jailed him.",
                DashesBetweenSentences.dropped("He stood trial in Hanoi. \u2013 A court jailed him."));
        assertEquals("\u201CWe wait,\u201D she said. A court jailed him.",
                DashesBetweenSentences.dropped("\u201CWe wait,\u201D she said. - A court jailed him."));
    }

    @Test
    void dashesInsideASentenceAndOpeningAnInsetStay() {
        String text = "He was held - without charge - for a year.\n- Ana Brell, Channel 5";
        assertEquals(text, DashesBetweenSentences.dropped(text));
    }
}
