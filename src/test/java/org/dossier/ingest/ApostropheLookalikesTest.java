package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An apostrophe set as a look-alike is read as an apostrophe, so that "the region's" parses as two words. */
class ApostropheLookalikesTest {

    @TempDir
    Path dir;

    @Test
    void aLookalikeAfterALetterIsReadAsAnApostrophe() throws IngestException {
        Path txt = TestFiles.write(dir, "lookalike.txt",
                "The region\u02BCs former minister Tom Ash was jailed in Lima; the court\u00B4s ruling stands.\n");
        TestFiles.write(dir, "lookalike.json", "{\"date\": \"2024-05-10\"}");

        String body = new ArticleReader().read(txt).body();

        assertTrue(body.contains("The region\u2019s former minister"), body);
        assertTrue(body.contains("the court\u2019s ruling"), body);
    }

    @Test
    void marksNotAfterALetterStay() {
        String text = "He said `no' at 10\u2032 past and the slope was 45\u00B4.";
        assertEquals(text, ApostropheLookalikes.replaced(text));
    }
}
