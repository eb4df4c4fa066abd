package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file gives one one-line error naming it; every other article is still read. */
class BadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void aGoodArticle() {
        TestFiles.write(dir, "good.txt", "Nov. 2, 2020\n\nTomas Weld was released on Monday.\n");
    }

    private IngestError onlyErrorReading(Path badFile) {
        ArticleSet set = ArticleSet.read(List.of(dir));
        assertEquals(List.of("good"), set.articles().stream().map(Article::id).toList());
        assertTrue(set.hasErrors());
        assertEquals(1, set.errors().size(), set.errors().toString());
        IngestError error = set.errors().get(0);
        assertEquals(badFile, error.file());
        assertTrue(error.message().contains(badFile.toString()), error.message());
        assertFalse(error.message().contains("\n"), error.message());
        return error;
    }

    @Test
    void emptyFile() {
        Path bad = TestFiles.write(dir, "empty.txt", "");
        assertTrue(onlyErrorReading(bad).message().contains("empty"));
    }

    @Test
    void fileOfWhiteSpace() {
        Path bad = TestFiles.write(dir, "blank.txt", "  \n\n \n");
        assertTrue(onlyErrorReading(bad).message().contains("white space"));
    }

    @Test
    void binaryFile() {
        Path bad = TestFiles.write(dir, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(onlyErrorReading(bad).message().contains("binary"));
    }

    @Test
    void latin1File() {
        byte[] latin1 = "Tomas Weld was released in Zürich.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path bad = TestFiles.write(dir, "latin1.txt", latin1);
        assertTrue(onlyErrorReading(bad).message().contains("not valid UTF-8 (bad byte at offset 28)"));
    }

    @Test
    void utf16FileWithAByteOrderMarkIsRead() {
        byte[] utf16 = "Tomas Weld was released in Z\u00fcrich on Monday.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16);
        TestFiles.write(dir, "windows.txt", utf16);
        ArticleSet set = ArticleSet.read(List.of(dir));
        Article read = set.articles().stream().filter(a -> a.id().equals("windows")).findFirst().orElseThrow();
        assertTrue(read.body().contains("Z\u00fcrich"), read.body());
    }

    @Test
    void articleDatedAfterTodayIsNamedAndSkipped() {
        Path bad = TestFiles.write(dir, "future.txt", " date 2031-05-01\nTomas Weld was released on Monday.\n");
        assertTrue(onlyErrorReading(bad).message().contains("after today"));
    }

    @Test
    void headerWithoutArticleText() {
        Path bad = TestFiles.write(dir, "header.txt", "All news\n\nNov. 2, 2020\n");
        assertTrue(onlyErrorReading(bad).message().contains("no article text"));
    }

    @Test
    void fileThatCannotBeRead() throws IOException {
        Path bad = Files.createDirectory(dir.resolve("folder.txt"));
        assertTrue(onlyErrorReading(bad).message().contains("cannot be read"));
    }

    @Test
    void fileWithoutReadPermission() throws IOException {
        Path bad = TestFiles.write(dir, "locked.txt", "Tomas Weld was released.\n");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(bad), "running as a user who can read any file");
        assertTrue(onlyErrorReading(bad).message().contains("permission denied"));
    }

    @Test
    void missingInputFolder() {
        Path missing = dir.resolve("no-such-folder");

        ArticleSet set = ArticleSet.read(List.of(missing, dir));

        assertEquals(List.of("good"), set.articles().stream().map(Article::id).toList());
        assertEquals(1, set.errors().size());
        assertEquals(missing, set.errors().get(0).file());
        assertTrue(set.errors().get(0).message().contains(missing.toString()));
        assertTrue(set.errors().get(0).message().contains("does not exist"));
    }

    @Test
    void sameIdInTwoFoldersKeepsTheFirst() {
        Path other = dir.resolve("other");
        Path duplicate = TestFiles.write(other, "good.txt", "Someone else was released.\n");

        ArticleSet set = ArticleSet.read(List.of(dir, other));

        assertEquals(1, set.articles().size());
        assertTrue(set.articles().get(0).body().startsWith("Tomas Weld"));
        assertEquals(duplicate, set.errors().get(0).file());
    }

    @Test
    void goodFolderHasNoErrors() {
        TestFiles.write(dir, "notes.md", "not an article");
        ArticleSet set = ArticleSet.read(List.of(dir));
        assertFalse(set.hasErrors());
        assertEquals(1, set.articles().size());
    }
}
