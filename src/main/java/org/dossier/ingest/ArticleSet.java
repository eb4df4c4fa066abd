package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles of one or more input folders, read together so that an article without a
 * year can take it from another that reports the same event.
 *
 * @param articles the articles that could be read, sorted by id
 * @param errors   one entry per file or folder that could not be read
 */
public record ArticleSet(List<Article> articles, List<IngestError> errors) {

    /**
     * Reads every article file ({@code .txt}, {@code .html}, {@code .htm}, {@code .pdf}) directly inside
     * each folder; a bad file never stops the rest.
     */
    public static ArticleSet read(List<Path> inputDirs) {
        List<IngestError> errors = new ArrayList<>();
        List<ArticleDraft> drafts = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        long maxBytes = ArticleLimits.current().maxBytes();
        for (Path file : uniqueById(articleFiles(inputDirs, errors), errors)) {
            try {
                drafts.add(withinSize(reader.draft(file), maxBytes, errors));
            } catch (IngestException e) {
                errors.add(e.toError());
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Article a : new YearInference(Year.now()).resolve(drafts)) {
            if (a.date() != null && a.date().isAfter(LocalDate.now().plusDays(1))) {
                errors.add(new IngestException(a.source(), "is dated " + a.date() + ", after today; fix the date line or "
                        + "the sidecar's \"date\" (skipped)").toError());
            } else {
                articles.add(a);
            }
        }
        return new ArticleSet(SameStories.mark(articles), List.copyOf(errors));
    }

    /** The draft, its text cut at a sentence end when it is longer than {@code maxBytes}, which is reported. */
    private static ArticleDraft withinSize(ArticleDraft draft, long maxBytes, List<IngestError> errors) {
        Article a = draft.article();
        long size = LongArticles.bytes(a.body());
        if (size <= maxBytes) {
            return draft;
        }
        String cut = LongArticles.cut(a.body(), maxBytes);
        errors.add(new IngestException(a.source(), "is " + kb(size) + " KB, over the limit of " + kb(maxBytes)
                + " KB (--max-article-kb): only its first " + kb(LongArticles.bytes(cut))
                + " KB were read, up to a sentence end; split it into several articles to read it all").toError());
        return new ArticleDraft(new Article(a.id(), cut, a.date(), a.dateInferred(), a.outlet(), a.headline(),
                a.dateline(), a.url(), a.source()), draft.yearless());
    }

    private static long kb(long bytes) {
        return (bytes + 1023) / 1024;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static List<Path> articleFiles(List<Path> inputDirs, List<IngestError> errors) {
        List<Path> files = new ArrayList<>();
        for (Path dir : inputDirs) {
            if (!Files.isDirectory(dir)) {
                String problem = Files.exists(dir) ? "is not a folder" : "input folder does not exist";
                errors.add(new IngestException(dir, problem).toError());
                continue;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(ArticleFormat::isArticle).forEach(files::add);
            } catch (IOException e) {
                errors.add(new IngestException(dir, "input folder cannot be listed: " + e.getMessage()).toError());
            }
        }
        files.sort(Comparator.comparing(ArticleReader::idOf).thenComparing(f -> f.getFileName().toString()));
        return files;
    }

    /** Ids name articles in the facts, so two files with one id would be confused: keep the first. */
    private static List<Path> uniqueById(List<Path> files, List<IngestError> errors) {
        Map<String, Path> seen = new HashMap<>();
        List<Path> unique = new ArrayList<>();
        for (Path file : files) {
            Path earlier = seen.putIfAbsent(ArticleReader.idOf(file), file);
            if (earlier == null) {
                unique.add(file);
            } else {
                errors.add(new IngestException(file, "has the same id as " + earlier + "; skipped").toError());
            }
        }
        return unique;
    }
}
