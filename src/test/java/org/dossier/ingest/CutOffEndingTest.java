package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CutOffEndingTest {

    @Test
    void anUnfinishedLastSentenceIsLeftOut() {
        assertEquals("Ana Brell was freed.\n\nShe flew home on Monday.\n",
                CutOffEnding.dropped("Ana Brell was freed.\n\nShe flew home on Monday. Officials who met her at the airp"));
    }

    @Test
    void anUnfinishedLastParagraphIsLeftOutWhole() {
        assertEquals("Ana Brell was freed.\n",
                CutOffEnding.dropped("Ana Brell was freed.\n\nEarlier this week a group of senators called on the Secret"));
    }

    @Test
    void aFinishedTextStaysAsItIs() {
        String quoted = "Ana Brell was freed.\n\n\u201CWe are relieved,\u201D her brother said.\n";
        assertEquals(quoted, CutOffEnding.dropped(quoted));
        String headlineOnly = "Teacher freed after two years in jail";
        assertEquals(headlineOnly, CutOffEnding.dropped(headlineOnly));
        String dateLast = "All news\n\nNov. 2, 2020\n";
        assertEquals(dateLast, CutOffEnding.dropped(dateLast), "a date line is no sentence cut short");
    }
}
