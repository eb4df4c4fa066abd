package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.facts.Evidence;
import org.dossier.facts.Fact;
import org.dossier.facts.FactIds;
import org.dossier.facts.FactsDocument;
import org.dossier.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact's id says what it is, so an article about someone else neither renumbers nor re-renders a brief. */
class StableFactIdsTest {

    private static final String ROE = """
            date 2023-05-10
            Riverton, May 10. The Courier. Jane Roe, a Northland citizen, was arrested in Riverton in March 2021, her lawyer said.

            Roe was sentenced to six years in prison in 2022. The Northland consul visited Roe in prison on Monday.
            """;

    private static final String ABEL = """
            date 2023-06-02
            Lakeside, June 2. The Herald. Aaron Abel, a Southland engineer, was arrested in Lakeside in January 2023, his wife said.

            Abel was charged with spying in February. The Southland embassy asked for a consular visit.
            """;

    @Test
    void anArticleAboutSomeoneElseChangesNeitherTheIdsNorThePdfOfABrief(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path output = dir.resolve("out");
        Files.writeString(articles.resolve("roe.txt"), ROE);
        Generator.Result first = Generator.compileAndGenerate(Path.of("rules"), output, List.of(articles), false,
                new StageTimes());
        assertTrue(first.rendered().contains("jane-roe"), first.rendered().toString());
        Map<String, Fact> roeBefore = factsOf(output, "jane-roe");
        assertFalse(roeBefore.isEmpty());
        byte[] pdfBefore = Files.readAllBytes(output.resolve("jane-roe.pdf"));

        Files.writeString(articles.resolve("abel.txt"), ABEL);
        Generator.Result second = Generator.compileAndGenerate(Path.of("rules"), output, List.of(articles), false,
                new StageTimes());

        assertTrue(second.rendered().contains("aaron-abel"), second.rendered().toString());
        assertFalse(second.rendered().contains("jane-roe"), "re-rendered: " + second.rendered());
        assertEquals(roeBefore, factsOf(output, "jane-roe"));
        assertArrayEquals(pdfBefore, Files.readAllBytes(output.resolve("jane-roe.pdf")));
    }

    @Test
    void idsAreShortHashesAndFactsAlikeButForTheirDetailGetDifferentOnes() {
        Evidence one = new Evidence("a1", 2, "He has diabetes and asthma.");
        Fact diabetes = new Fact(null, "health", "illness", "p", null, null, null, null, null, null, null, "diabetes",
                List.of(one));
        Fact asthma = new Fact(null, "health", "illness", "p", null, null, null, null, null, null, null, "asthma",
                List.of(one));
        List<Fact> ids = FactIds.assign(List.of(diabetes, asthma));
        assertTrue(ids.get(0).id().matches("F[0-9a-f]{8}"), ids.get(0).id());
        assertFalse(ids.get(0).id().equals(ids.get(1).id()));
        assertEquals(ids.get(0).id(), FactIds.assign(List.of(diabetes)).get(0).id(), "the same fact, the same id");
    }

    private static Map<String, Fact> factsOf(Path output, String person) throws Exception {
        FactsDocument doc = Json.read(output.resolve("facts.json"), FactsDocument.class);
        return doc.facts().stream().filter(f -> person.equals(f.person()))
                .collect(Collectors.toMap(Fact::id, f -> f));
    }
}
