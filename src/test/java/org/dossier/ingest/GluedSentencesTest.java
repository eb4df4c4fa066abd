package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GluedSentencesTest {

    @Test
    void aSentenceGluedToTheNextIsSetApart() {
        assertEquals("It was their ordeal. Ana Brell was freed.",
                GluedSentences.separated("It was their ordeal.Ana Brell was freed."));
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertEquals("\u201CWe wait,\u201D she said of the government.\u201D It was",
                GluedSentences.separated("\u201CWe wait,\u201D she said of the government.\u201DIt was"));
    }

    @Test
    void abbreviationsNumbersAndAddressesStayWhole() {
        String text = "The U.S.Embassy paid 3.5 million to example.org, Mr.Brell said";
        assertEquals(text, GluedSentences.separated(text));
    }
}
