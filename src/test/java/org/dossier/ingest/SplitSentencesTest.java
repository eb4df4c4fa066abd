package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SplitSentencesTest {

    @Test
    void aNameSetApartInItsOwnParagraphIsPutBackInItsSentence() {
        String page = "The foreign minister,\n\nAna Brell\n\n, spoke with her Peruvian counterpart about the arrest of Tom Ash.\n\n"
                + "Protesters have gathered\n\nin front of the embassy in Lima.";
        assertEquals("The foreign minister, Ana Brell, spoke with her Peruvian counterpart about the arrest of Tom Ash.\n\n"
                + "Protesters have gathered in front of the embassy in Lima.", SplitSentences.joined(page));
    }

    @Test
    void aSentenceEndingInALittleWordGoesOnWithTheNameAfterIt() {
        String page = "The consul held a first meeting with\n\nJane Ash,\n\nhis daughter.";
        assertEquals("The consul held a first meeting with Jane Ash, his daughter.", SplitSentences.joined(page));
    }

    @Test
    void headlinesDatelinesAndWholeParagraphsStayApart() {
        String page = "Peru frees Canadian held for two years\n\nUpdated Monday, May 6, 2024\n\n"
                + "A court in Lima freed Tom Ash on Monday.\n\nHis family welcomed the decision.\n\n"
                + "  \u2022 Read more on the case\n\nThe embassy said nothing.";
        assertEquals(page, SplitSentences.joined(page));
    }
}
