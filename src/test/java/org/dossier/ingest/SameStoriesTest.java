package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wire copy carried by several outlets is recognised as one story; other reports of the same event are not. */
class SameStoriesTest {

    private static final String ORIGINAL = """
            Marta Kessel, a Northland citizen serving a six-year sentence in Riverton, was transferred to a penal \
            colony in Hilltown on Monday, her lawyer said.

            Kessel was arrested in Riverton in March 2022 and sentenced in 2023 for smuggling. She denies the charge.

            The Northland embassy said it had not been told of the move and asked for a consular visit. Her family \
            said she suffers from asthma and has not seen a doctor since January.
            """;

    /** The wire story as a local paper ran it: its own first line, the last paragraph cut, a note added. */
    private static final String REPUBLISHED = """
            Hilltown (Wire) - Marta Kessel, a Northland citizen serving a six-year sentence in Riverton, was \
            transferred to a penal colony in Hilltown on Monday, her lawyer said.

            Kessel was arrested in Riverton in March 2022 and sentenced in 2023 for smuggling. She denies the charge.

            The Northland embassy said it had not been told of the move and asked for a consular visit.

            This story was provided by a news agency and has not been edited by our staff.
            """;

    /** Another outlet's own report of the same event, sharing the names, places and the lawyer's words. */
    private static final String OWN_REPORT = """
            The lawyer of Marta Kessel says his client has been moved from the Riverton jail to a colony in \
            Hilltown, some 300 km away. Kessel, who was sentenced last year to six years for smuggling, was \
            transferred on Monday without notice to her family, he said. Northland diplomats have asked to see \
            her; the embassy was not told of the move. Her family fears for her health: she has asthma.
            """;

    @Test
    void copiesOfOneStoryPointToTheEarliestAndOtherReportsStandAlone(@TempDir Path dir) throws Exception {
        write(dir, "a-wire", "2024-03-12", "Wire Service", ORIGINAL);
        write(dir, "b-local", "2024-03-12", "Harbour Post", REPUBLISHED);
        write(dir, "c-later", "2024-03-13", "Evening Post", ORIGINAL.replace("on Monday", "on Monday, March 11"));
        write(dir, "d-own", "2024-03-12", "Daily Courier", OWN_REPORT);

        Map<String, Article> byId = ArticleSet.read(List.of(dir)).articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));

        assertNull(byId.get("a-wire").sameStoryAs());
        assertEquals("a-wire", byId.get("b-local").sameStoryAs());
        assertEquals("a-wire", byId.get("c-later").sameStoryAs());
        assertNull(byId.get("d-own").sameStoryAs());
    }

    @Test
    void theFingerprintEstimatesTheShareOfSharedWordRuns() {
        StoryFingerprint original = StoryFingerprint.of(ORIGINAL);

        assertEquals(1.0, original.similarity(StoryFingerprint.of(ORIGINAL.toUpperCase())));
        assertTrue(original.similarity(StoryFingerprint.of(REPUBLISHED)) >= SameStories.THRESHOLD);
        assertTrue(original.similarity(StoryFingerprint.of(OWN_REPORT)) < 0.15);
        assertNull(StoryFingerprint.of("Too short to tell."));
    }

    private static void write(Path dir, String id, String date, String outlet, String body) throws Exception {
        Files.writeString(dir.resolve(id + ".txt"), body);
        Files.writeString(dir.resolve(id + ".json"), "{\"date\": \"" + date + "\", \"outlet\": \"" + outlet + "\"}");
    }
}
