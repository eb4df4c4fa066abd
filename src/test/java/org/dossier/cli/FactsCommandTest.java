package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the seed articles, plus broken files beside them, through {@code dossier facts}. */
class FactsCommandTest {

    @TempDir
    static Path dir;
    static Path input;
    static Path output;
    static int status;
    static FactsDocument facts;

    @BeforeAll
    static void runOnSeedsWithBrokenFiles() throws IOException {
        input = dir.resolve("in");
        output = dir.resolve("out");
        Files.createDirectories(input);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, input.resolve(seed.getFileName()));
            }
        }
        Files.writeString(input.resolve("empty.txt"), "");
        Files.write(input.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        Files.writeString(input.resolve("no-detainee.txt"),
                "The minister met trade officials on Tuesday to discuss grain exports and tariffs.\n");
        status = Main.run("facts", "--input", input.toString(), "--output", output.toString());
        facts = Json.read(output.resolve("facts.json"), FactsDocument.class);
    }

    @Test
    void brokenArticlesFailTheRunButTheOthersAreStillRead() {
        assertEquals(1, status);
        Set<String> ids = facts.articles().stream().map(a -> a.id()).collect(Collectors.toSet());
        assertFalse(ids.contains("empty"));
        assertFalse(ids.contains("binary"));
        assertTrue(ids.contains("no-detainee"));
        assertEquals(5, ids.size());
    }

    @Test
    void theSeedsDetaineesAreFoundAndMerged() {
        List<String> detainees = facts.people().stream().filter(Person::isDetainee).map(Person::name).sorted().toList();
        assertEquals(List.of("Konstantin Yaroshenko", "Roman Seleznev", "Viktor Bout"), detainees);
    }

    @Test
    void everyFactCitesItsSentence() {
        assertFalse(facts.facts().isEmpty());
        for (Fact f : facts.facts()) {
            assertFalse(f.evidence().isEmpty(), f.toString());
            f.evidence().forEach(e -> assertFalse(e.quote().isBlank()));
        }
    }

    @Test
    void anArrestReportedInThreeArticlesIsOneFactWithTheirEvidence() {
        Fact arrest = facts.facts().stream()
                .filter(f -> f.person().equals("roman-seleznev") && f.kind().equals("arrested"))
                .findFirst().orElseThrow();
        assertTrue(arrest.place().contains("Maldives"), arrest.place());
        assertTrue(arrest.evidence().stream().map(e -> e.article()).distinct().count() >= 2);
    }

    @Test
    void anArticleWithoutDetaineesGivesNoFacts() {
        assertTrue(facts.facts().stream().flatMap(f -> f.evidence().stream())
                .noneMatch(e -> e.article().equals("no-detainee")));
    }
}
