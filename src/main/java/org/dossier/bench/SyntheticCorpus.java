package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.io.Json;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * A large corpus made from a few annotated articles without running CoreNLP: article
 * {@code i} is template {@code i mod T} told in "world" {@code i / T}, where every person and
 * every place that is not a country has another made-up name and every year is shifted back
 * by a multiple of four (so that 29 February stays a date). The same original word gets the
 * same new name in every article of a world, so the articles of one world still tell the same
 * cases to each other; different worlds share no names, so each world adds new people.
 *
 * <p>The body is rewritten token by token, the tokens' offsets, words, lemmas and SUTime values
 * and the sentences' texts follow, and the annotation is written to the cache under the key the
 * pipeline computes for the article as it reads it back, so a generate finds every article cached.
 */
public final class SyntheticCorpus {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "miss", "sir", "mme");
    private static final Set<String> DATE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final List<AnnotatedArticle> templates;
    private final Map<String, Integer> renamable = new HashMap<>();

    /**
     * @param templates the annotated articles to vary
     * @param keep      lower-cased words never renamed (the lexicons' words: countries, titles, facilities)
     */
    public SyntheticCorpus(List<AnnotatedArticle> templates, Set<String> keep) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no template articles");
        }
        this.templates = List.copyOf(templates);
        Set<String> words = new TreeSet<>();
        for (AnnotatedArticle a : templates) {
            String body = a.article().body();
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (!"PERSON".equals(t.ner()) && !"LOCATION".equals(t.ner())) {
                        continue;
                    }
                    Matcher m = LETTERS.matcher(body.substring(t.begin(), t.end()));
                    while (m.find()) {
                        String w = m.group();
                        String lower = w.toLowerCase(Locale.ROOT);
                        if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !keep.contains(lower)
                                && !HONORIFICS.contains(lower)) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        words.forEach(w -> renamable.put(w, renamable.size()));
    }

    /** The lower-cased words of every lexicon file in a folder: never renamed. */
    public static Set<String> lexiconWords(Path lexiconDir) throws IOException {
        Set<String> words = new TreeSet<>();
        if (!Files.isDirectory(lexiconDir)) {
            return words;
        }
        try (Stream<Path> files = Files.list(lexiconDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Matcher m = LETTERS.matcher(Files.readString(f));
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** The words that are given new names. */
    public Set<String> renamableWords() {
        return new TreeSet<>(renamable.keySet());
    }

    public int templateCount() {
        return templates.size();
    }

    /** One world's renaming: a new name for every renamable word, and a year shift. */
    public final class World {
        private final int index;
        private final int yearShift;

        World(int index) {
            this.index = index;
            this.yearShift = -4 * (1 + index % 5);
        }

        public String rename(String word) {
            Integer i = renamable.get(word);
            return i == null ? word : NameGenerator.name((long) index * renamable.size() + i);
        }

        public int yearShift() {
            return yearShift;
        }

        /** Every renamable word and every year in {@code text}, replaced. */
        public String apply(String text) {
            if (text == null) {
                return null;
            }
            return shiftYears(renameWords(text));
        }

        String renameWords(String text) {
            Matcher m = LETTERS.matcher(text);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                String renamed = rename(m.group());
                if (!renamed.equals(m.group())) {
                    if (out == null) {
                        out = new StringBuilder(text.length() + 16);
                    }
                    out.append(text, last, m.start()).append(renamed);
                    last = m.end();
                }
            }
            return out == null ? text : out.append(text, last, text.length()).toString();
        }

        String shiftYears(String text) {
            Matcher m = YEAR.matcher(text);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start()).append(Integer.parseInt(m.group()) + yearShift);
                last = m.end();
            }
            return out == null ? text : out.append(text, last, text.length()).toString();
        }
    }

    public World world(int index) {
        return new World(index);
    }

    /** One synthetic article: what its files say and its annotation. */
    public record Variant(String id, String body, LocalDate date, String outlet, String headline,
                          List<Sentence> sentences) {
    }

    /** Article number {@code i} of the synthetic corpus. */
    public Variant variant(int i) {
        AnnotatedArticle t = templates.get(i % templates.size());
        World w = world(i / templates.size());
        return variant(t, w, String.format(Locale.ROOT, "s%05d-%s", i / templates.size(), t.article().id()));
    }

    Variant variant(AnnotatedArticle template, World w, String id) {
        String body = template.article().body();
        StringBuilder out = new StringBuilder(body.length() + 64);
        int copied = 0;
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : template.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                out.append(body, copied, t.begin());
                String original = body.substring(t.begin(), t.end());
                boolean dated = DATE_TAGS.contains(t.ner());
                String text = rewrite(w, original, dated);
                int begin = out.length();
                out.append(text);
                copied = t.end();
                tokens.add(new Token(t.index(), rewrite(w, t.word(), dated), rewrite(w, t.lemma(), dated), t.pos(),
                        t.ner(), dated && t.normalized() != null ? w.shiftYears(t.normalized()) : t.normalized(),
                        begin, out.length()));
            }
            sentences.add(new Sentence(s.index(), null, tokens, s.dependencies()));
        }
        out.append(body, copied, body.length());
        String newBody = out.toString();
        List<Sentence> withText = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            String text = tokens.isEmpty() ? "" : newBody.substring(tokens.get(0).begin(),
                    tokens.get(tokens.size() - 1).end());
            withText.add(new Sentence(s.index(), text, tokens, s.dependencies()));
        }
        Article a = template.article();
        LocalDate date = a.date() == null ? null : a.date().plusYears(w.yearShift());
        return new Variant(id, newBody, date, a.outlet(), w.apply(a.headline()), withText);
    }

    private static String rewrite(World w, String text, boolean dated) {
        if (text == null) {
            return null;
        }
        String renamed = w.renameWords(text);
        return dated ? w.shiftYears(renamed) : renamed;
    }

    /** What {@link #write} made. */
    public record Written(int articles, int worlds, int dropped, long tokens, double seconds) {
    }

    /**
     * Writes articles 0..count-1 into {@code articlesDir} ({@code <id>.txt} holds the body,
     * {@code <id>.json} the date, outlet and headline) and their annotations into {@code cache},
     * keyed as the pipeline will key each article it reads back. An article whose text does
     * not read back as the same body is removed and counted as dropped.
     */
    public Written write(int count, Path articlesDir, AnnotationCache cache) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(articlesDir);
        for (int i = 0; i < count; i++) {
            Variant v = variant(i);
            Files.writeString(articlesDir.resolve(v.id() + ".txt"), v.body() + "\n");
            Map<String, String> sidecar = new LinkedHashMap<>();
            if (v.date() != null) {
                sidecar.put("date", v.date().toString());
            }
            sidecar.put("outlet", v.outlet());
            sidecar.put("headline", v.headline());
            Json.write(articlesDir.resolve(v.id() + ".json"), sidecar);
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < count; i++) {
            numbers.put(String.format(Locale.ROOT, "s%05d-%s", i / templates.size(),
                    templates.get(i % templates.size()).article().id()), i);
        }
        int dropped = 0;
        long tokens = 0;
        for (Article a : ArticleSet.read(List.of(articlesDir)).articles()) {
            Integer i = numbers.get(a.id());
            Variant v = i == null ? null : variant(i);
            if (v == null || !v.body().equals(a.body())) {
                Files.deleteIfExists(articlesDir.resolve(a.id() + ".txt"));
                Files.deleteIfExists(articlesDir.resolve(a.id() + ".json"));
                dropped++;
                continue;
            }
            cache.put(AnnotationCache.key(a.body(), a.date(), CoreNlpPipeline.SETTINGS), v.sentences());
            tokens += AnnotationBench.tokens(v.sentences());
        }
        int worlds = (count + templates.size() - 1) / templates.size();
        return new Written(count - dropped, worlds, dropped, tokens, (System.nanoTime() - start) / 1e9);
    }
}
