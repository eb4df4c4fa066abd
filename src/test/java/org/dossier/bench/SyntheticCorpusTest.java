package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.facts.FactsDocument;
import org.dossier.facts.Person;
import org.dossier.ingest.Article;
import org.dossier.ingest.ArticleSet;
import org.dossier.nlp.AnnotatedArticle;
import org.dossier.nlp.AnnotationCache;
import org.dossier.nlp.CoreNlpPipeline;
import org.dossier.nlp.Dependency;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;
import org.dossier.pipeline.FactsPipeline;
import org.dossier.pipeline.FactsRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    /** A hand-annotated article, as CoreNLP would have annotated it, so no pipeline is needed. */
    static AnnotatedArticle template() {
        String body = "Roman Seleznev was arrested in Moscow on March 3, 2014.\n\n"
                + "Mr. Seleznev's lawyer said Seleznev denied the charges.";
        List<Sentence> sentences = new ArrayList<>();
        TokenMaker t1 = new TokenMaker(body);
        t1.add("Roman", "Roman", "NNP", "PERSON", null);
        t1.add("Seleznev", "Seleznev", "NNP", "PERSON", null);
        t1.add("was", "be", "VBD", "O", null);
        t1.add("arrested", "arrest", "VBN", "O", null);
        t1.add("in", "in", "IN", "O", null);
        t1.add("Moscow", "Moscow", "NNP", "LOCATION", null);
        t1.add("on", "on", "IN", "O", null);
        t1.add("March", "March", "NNP", "DATE", "2014-03-03");
        t1.add("3", "3", "CD", "DATE", "2014-03-03");
        t1.add(",", ",", ",", "DATE", "2014-03-03");
        t1.add("2014", "2014", "CD", "DATE", "2014-03-03");
        t1.add(".", ".", ".", "O", null);
        sentences.add(new Sentence(0, body.substring(0, t1.end()), t1.tokens, List.of(
                new Dependency("root", -1, 3), new Dependency("compound", 1, 0), new Dependency("nsubj:pass", 3, 1),
                new Dependency("aux:pass", 3, 2), new Dependency("case", 5, 4), new Dependency("obl:in", 3, 5),
                new Dependency("case", 7, 6), new Dependency("obl:on", 3, 7), new Dependency("nummod", 7, 8),
                new Dependency("punct", 7, 9), new Dependency("nummod", 7, 10), new Dependency("punct", 3, 11))));
        TokenMaker t2 = new TokenMaker(body, t1.end());
        t2.add("Mr.", "Mr.", "NNP", "O", null);
        t2.add("Seleznev", "Seleznev", "NNP", "PERSON", null);
        t2.add("'s", "'s", "POS", "O", null);
        t2.add("lawyer", "lawyer", "NN", "O", null);
        t2.add("said", "say", "VBD", "O", null);
        t2.add("Seleznev", "Seleznev", "NNP", "PERSON", null);
        t2.add("denied", "deny", "VBD", "O", null);
        t2.add("the", "the", "DT", "O", null);
        t2.add("charges", "charge", "NNS", "O", null);
        t2.add(".", ".", ".", "O", null);
        int begin = t2.tokens.get(0).begin();
        sentences.add(new Sentence(1, body.substring(begin, t2.end()), t2.tokens, List.of(
                new Dependency("root", -1, 4), new Dependency("compound", 1, 0), new Dependency("nmod:poss", 3, 1),
                new Dependency("case", 1, 2), new Dependency("nsubj", 4, 3), new Dependency("nsubj", 6, 5),
                new Dependency("ccomp", 4, 6), new Dependency("det", 8, 7), new Dependency("obj", 6, 8),
                new Dependency("punct", 4, 9))));
        Article a = new Article("t1", body, LocalDate.of(2014, 3, 4), false, "Outlet", "Seleznev held in Moscow",
                null, null, Path.of("t1.txt"));
        return new AnnotatedArticle(a, sentences);
    }

    /** Finds each word in the body after the previous one and makes its token with the right offsets. */
    static final class TokenMaker {
        final String body;
        final List<Token> tokens = new ArrayList<>();
        int at;

        TokenMaker(String body) {
            this(body, 0);
        }

        TokenMaker(String body, int from) {
            this.body = body;
            this.at = from;
        }

        void add(String word, String lemma, String pos, String ner, String normalized) {
            int begin = body.indexOf(word, at);
            at = begin + word.length();
            tokens.add(new Token(tokens.size(), word, lemma, pos, ner, normalized, begin, at));
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }

    private static SyntheticCorpus corpus() {
        return new SyntheticCorpus(List.of(template()), Set.of("russia", "mr"));
    }

    @Test
    void offsetsAndSentenceTextsMatchTheRewrittenBody() {
        SyntheticCorpus.Variant v = corpus().variant(7);
        for (Sentence s : v.sentences()) {
            List<Token> tokens = s.tokens();
            assertEquals(v.body().substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()), s.text());
            for (Token t : tokens) {
                assertEquals(t.word(), v.body().substring(t.begin(), t.end()), "token " + t.index());
            }
        }
    }

    @Test
    void namesPlacesAndYearsAreRenamedConsistently() {
        SyntheticCorpus corpus = corpus();
        assertEquals(Set.of("Moscow", "Roman", "Seleznev"), corpus.renamableWords());
        SyntheticCorpus.Variant v = corpus.variant(3);
        SyntheticCorpus.World w = corpus.world(3);
        String surname = w.rename("Seleznev");
        assertNotEquals("Seleznev", surname);
        assertFalse(v.body().contains("Seleznev") || v.body().contains("Roman") || v.body().contains("Moscow"), v.body());
        assertTrue(v.body().startsWith(w.rename("Roman") + " " + surname + " was arrested in " + w.rename("Moscow")));
        assertTrue(v.body().contains("Mr. " + surname + "'s lawyer said " + surname + " denied"), v.body());
        int year = 2014 + w.yearShift();
        assertTrue(v.body().contains("March 3, " + year + "."), v.body());
        assertEquals(year + "-03-03", v.sentences().get(0).tokens().get(10).normalized());
        assertEquals(LocalDate.of(year, 3, 4), v.date());
        assertEquals(surname + " held in " + w.rename("Moscow"), v.headline());
        assertNotEquals(surname, corpus.world(4).rename("Seleznev"), "each world has its own people");
    }

    @Test
    void generatedNamesAreDistinct() {
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(names.add(NameGenerator.name(i)), "duplicate name for " + i);
        }
    }

    @Test
    void writtenArticlesAreAllCachedAndTheRenamedPersonIsInTheFacts(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        Path output = dir.resolve("out");
        SyntheticCorpus corpus = corpus();
        SyntheticCorpus.Written written = corpus.write(3, articles, new AnnotationCache(FactsPipeline.cacheDir(output)));
        assertEquals(3, written.articles());
        assertEquals(0, written.dropped());
        assertEquals(3, Files.list(articles).filter(p -> p.toString().endsWith(".txt")).count());

        AnnotationCache cache = new AnnotationCache(FactsPipeline.cacheDir(output));
        for (Article a : ArticleSet.read(List.of(articles)).articles()) {
            assertTrue(cache.get(AnnotationCache.key(a.body(), a.date(), CoreNlpPipeline.SETTINGS)).isPresent(), a.id());
        }

        FactsPipeline pipeline = FactsPipeline.create(Path.of("rules"), output);
        FactsRun run = new FactsPipeline(org.dossier.extract.ExtractionRules.load(Path.of("rules")),
                FactsPipeline.cacheDir(output), () -> {
                    throw new AssertionError("CoreNLP must not be needed: every article is cached");
                }).run(List.of(articles));
        assertEquals(3, run.cached());
        assertEquals(0, run.annotated());
        FactsDocument doc = run.document();
        for (int world = 0; world < 3; world++) {
            String full = corpus.world(world).rename("Roman") + " " + corpus.world(world).rename("Seleznev");
            assertTrue(doc.people().stream().map(Person::name).anyMatch(full::equals), full + " in " + doc.people());
        }
        assertFalse(pipeline.pipelineLoaded());
    }
}
