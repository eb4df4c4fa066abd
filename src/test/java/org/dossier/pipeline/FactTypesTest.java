package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.facts.Fact;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article written for the test, with a sentence for each type of fact, through the whole
 * facts flow (CoreNLP, the rules under rules/, merging).
 */
class FactTypesTest {

    private static final String ARTICLE = """
             date 2022-11-15
            Lisbon, November 15. Jan Novak, a Czech citizen, was detained by police in Lisbon on March 3, 2021.

            Novak is being held at a prison in Sintra, his lawyer said on Monday.

            In May 2021, Novak was transferred to a prison in Sintra from a police station in Lisbon.

            On June 10, 2022, a court in Lisbon found Novak guilty of fraud and sentenced him to six years in prison.

            The Czech consul visited Novak in the prison in Sintra on Monday.

            The embassy urged the prison administration to provide Novak with medical treatment.

            Novak suffers from diabetes.

            He has been kept in solitary confinement since October.

            His family has not been able to speak with Novak since his arrest.
            """;

    @TempDir
    static Path dir;
    static FactsDocument document;

    @BeforeAll
    static void extract() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("novak.txt"), ARTICLE);
        document = FactsPipeline.create(Path.of("rules"), dir.resolve("out")).run(List.of(input)).document();
    }

    @Test
    void theDetainedPersonIsFoundWithHisRole() {
        Person novak = document.people().stream().filter(p -> p.name().equals("Jan Novak")).findFirst().orElseThrow();
        assertTrue(novak.isDetainee());
        assertTrue(novak.aliases().contains("Novak"));
    }

    @Test
    void anArrestWithItsPlaceAndDate() {
        Fact f = fact("custody", "arrested").orElseThrow();
        assertEquals("Lisbon", f.place());
        assertEquals("2021-03-03", f.date());
    }

    @Test
    void aPlaceOfDetention() {
        assertTrue(fact("custody", "held").orElseThrow().place().contains("Sintra"));
    }

    @Test
    void aTransferToItsDestination() {
        Fact f = fact("custody", "transferred").orElseThrow();
        assertTrue(f.place().contains("Sintra"), f.place());
        assertEquals("2021-05", f.date());
    }

    @Test
    void aConvictionAndASentenceWithItsTerm() {
        assertEquals("2022-06-10", fact("legal", "convicted").orElseThrow().date());
        assertEquals("P6Y", fact("legal", "sentenced").orElseThrow().term());
    }

    @Test
    void aConsularVisitOnMondayBeforeTheArticle() {
        Fact f = fact("diplomatic", "visit").orElseThrow();
        assertEquals("2022-11-14", f.date());
        assertEquals("done", f.status());
    }

    @Test
    void aRequestForMedicalCare() {
        assertEquals("open", fact("request", "medical").orElseThrow().status());
    }

    @Test
    void anIllnessARegimeAndDeniedContact() {
        assertTrue(fact("health", "condition").isPresent());
        assertTrue(fact("conditions", "regime").isPresent());
        assertTrue(fact("contact", "denied").isPresent());
    }

    private static Optional<Fact> fact(String type, String kind) {
        return document.facts().stream().filter(f -> f.type().equals(type) && f.kind().equals(kind))
                .filter(f -> f.person().equals("jan-novak")).findFirst();
    }
}
