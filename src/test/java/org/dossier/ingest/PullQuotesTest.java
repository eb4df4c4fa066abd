package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PullQuotesTest {

    @Test
    void aSentenceCutByAnInsetIsJoinedAndTheInsetFollowsIt() {
        String page = "The reporter was detained with two colleagues in May and\n"
                + "     We will keep working until they are free.\n\n"
                + "- Ana Brell, Channel 5 \n"
                + "charged with spying.\n\n"
                + "The channel welcomed the decision.";
        String text = PullQuotes.rejoined(page);
        assertTrue(text.startsWith("The reporter was detained with two colleagues in May and charged with spying.\n"), text);
        assertTrue(text.contains("We will keep working until they are free."), "the inset is kept: " + text);
        assertTrue(text.indexOf("Ana Brell") > text.indexOf("charged with spying"), text);
    }

    @Test
    void linesThatEndNoSentenceButStartTheNextParagraphStayAsTheyAre() {
        String page = "Three years in prison\n\nA court in Minsk sentenced Ana Brell on Monday.";
        assertEquals(page, PullQuotes.rejoined(page));
    }
}
