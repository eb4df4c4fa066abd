package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForeignScriptGlossesTest {

    @Test
    void aNameGlossedInItsOwnScriptKeepsOnlyTheEnglish() {
        assertEquals("A court jailed a fisherman surnamed Lin for two years.",
                ForeignScriptGlosses.dropped("A court jailed a fisherman surnamed Lin \uFF08\u6797\uFF09 for two years."));
        assertEquals("Kim Bo-ra was held in Seoul.",
                ForeignScriptGlosses.dropped("Kim Bo-ra (\uAE40\uBCF4\uB77C) was held in Seoul."));
    }

    @Test
    void bracketsInEnglishStay() {
        String text = "The Coast Guard (CGA) held him (for a week) in Lima (Peru).";
        assertEquals(text, ForeignScriptGlosses.dropped(text));
    }
}
