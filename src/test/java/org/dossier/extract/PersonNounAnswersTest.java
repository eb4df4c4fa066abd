package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonNounAnswersTest {

    @TempDir
    Path tmp;

    @Test
    void answersKeptAreAnsweredAgainWithoutAskingWordNet() throws Exception {
        assertTrue(PersonNouns.isPerson("teacher"));
        Path file = tmp.resolve("cache").resolve("person-nouns.tsv");
        PersonNounAnswers.keep(file, 0);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.contains("teacher\t1"), lines.toString());
        // a noun WordNet does not know, answered as if it had been asked before
        Files.writeString(file, lines.get(0) + "\nqzxrtplk\t1\n");
        assertEquals(1, PersonNounAnswers.recall(file));
        assertTrue(PersonNouns.isPerson("qzxrtplk"));
    }

    @Test
    void answersUnderAnotherFingerprintOrHalfWrittenAreNotUsed() throws Exception {
        Path file = tmp.resolve("person-nouns.tsv");
        Files.writeString(file, "# dossier person nouns 1 another-wordnet\nqzxvbnm\t1\n");
        assertEquals(0, PersonNounAnswers.recall(file));
        assertFalse(PersonNouns.isPerson("qzxvbnm"));
        PersonNounAnswers.keep(file, 0);
        String header = Files.readAllLines(file).get(0);
        Files.writeString(file, header + "\nqzxwvbnt\t1\nqzxwv");
        assertEquals(0, PersonNounAnswers.recall(file));
        assertFalse(PersonNouns.isPerson("qzxwvbnt"));
        assertEquals(0, PersonNounAnswers.recall(tmp.resolve("missing.tsv")));
    }
}
