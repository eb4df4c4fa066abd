package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCheckTest {

    private static final String RUSSIAN = " date 2024-03-12\nРИВЕРТОН, 12 марта. Гражданка Нортленда Марта Кессель, "
            + "отбывающая шестилетний срок, в понедельник была переведена в исправительную колонию в Хиллтауне, "
            + "сообщил ее адвокат. Посольство заявило, что его не уведомили о переводе, и попросило о консульском визите.";
    private static final String FRENCH = " date 2024-03-12\nRIVERTON, 12 mars. Marta Kessel, une enseignante du "
            + "Northland condamnée à six ans de prison, a été transférée lundi dans une colonie pénitentiaire à "
            + "Hilltown, a déclaré son avocat. L'ambassade a demandé une visite consulaire.";

    @Test
    void anArticleInAnotherLanguageIsReportedByNameAndSkipped(@TempDir Path dir) throws Exception {
        TestFiles.write(dir, "a-ru.txt", RUSSIAN);
        TestFiles.write(dir, "b-fr.txt", FRENCH);
        TestFiles.write(dir, "kessel.txt", Files.readString(HtmlArticleReaderTest.TEXT));

        ArticleSet set = ArticleSet.read(List.of(dir));

        assertEquals(List.of("kessel"), set.articles().stream().map(Article::id).toList());
        assertEquals(List.of(
                dir.resolve("a-ru.txt") + ": language ru (Russian) not supported; only English articles are read (skipped)",
                dir.resolve("b-fr.txt") + ": language fr (French) not supported; only English articles are read (skipped)"),
                set.errors().stream().map(IngestError::message).toList());
    }

    @Test
    void englishWithForeignNamesAndQuotesIsEnglish() {
        String text = "Marta Kessel told the court in Riverton: \"Ich bin unschuldig\" (I am innocent). Her lawyer, "
                + "Jean-Luc Moreau of Bordeaux, said the verdict of the Hilltown court would be appealed in Zürich.";

        assertEquals("en", LanguageCheck.shared().languageOf(text));
    }

    @Test
    void theDetectorAgreesThatThePlainlyEnglishArticlesAreEnglish() throws Exception {
        for (String file : List.of("kessel.txt", "rask.txt")) {
            String text = Files.readString(Path.of("src/test/resources/ingest", file));
            assertEquals("en", LanguageCheck.shared().detected(text), file);
        }
    }

    @Test
    void aShortTextIsNotRefusedOnAGuess() {
        assertFalse(LanguageCheck.shared().languageOf("Kessel, Riverton.").equals("de"));
        assertEquals("en", LanguageCheck.shared().languageOf("Привет."));
    }
}
