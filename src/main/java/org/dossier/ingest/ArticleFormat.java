package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file an input folder may hold as articles, told apart by the file name's ending. */
public enum ArticleFormat {
    TEXT(".txt"),
    PAGE(".html", ".htm"),
    PDF(".pdf");

    private final List<String> endings;

    ArticleFormat(String... endings) {
        this.endings = List.of(endings);
    }

    /** The list of feeds an input folder may hold ({@code dossier fetch}, {@code serve}): not an article. */
    public static final String FEEDS_FILE = "feeds.txt";

    /** The format of {@code file}; empty for sidecars, temporary (dot) files, the feeds list and anything else. */
    public static Optional<ArticleFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.equals(FEEDS_FILE)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.endings.stream().anyMatch(name::endsWith)).findFirst();
    }

    public static boolean isArticle(Path file) {
        return of(file).isPresent();
    }
}
