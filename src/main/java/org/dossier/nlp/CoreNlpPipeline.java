package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stanford CoreNLP, loaded once: tokens, sentences, lemmas, coarse NER with SUTime dates
 * resolved against the article's date, and dependency parses.
 *
 * <p>SUTime sees only the stretches of a sentence near a word a time expression can be made of
 * ({@link TemporalSentenceFilter}).
 *
 * <p>Fine-grained NER is off: it triples load time and halves throughput, and the extraction
 * rules match places and titles with their own lexicons under {@code rules/lexicon}.
 */
public final class CoreNlpPipeline implements TextAnnotator {

    /** {@code -Ddossier.sutime.allSentences=true} gives SUTime every sentence (see {@link TemporalSentenceFilter}). */
    private static final boolean SUTIME_ALL_SENTENCES = Boolean.getBoolean("dossier.sutime.allSentences");

    /** Prefix of system properties that override a CoreNLP property (for measuring alternatives). */
    public static final String OVERRIDE_PREFIX = "dossier.corenlp.";

    /**
     * The annotator settings; part of every cache key, so changing them re-annotates. Overrides
     * given as {@code -Ddossier.corenlp.<property>=<value>} are part of it too.
     */
    public static final String SETTINGS =
            "tokenize,ssplit,pos,national-as-noun,lemma,ner,depparse;fine=false;ssplit.newline=always;v1"
                    + (SUTIME_ALL_SENTENCES ? "" : ";sutime-stretches=" + TemporalWords.fingerprint()
                    + "/" + TemporalSentenceFilter.REACH) + overrides();

    /** The longest sentence, in tokens, that is tagged, recognised and parsed. */
    public static final int MAX_SENTENCE_TOKENS = 200;

    private static volatile CoreNlpPipeline shared;

    private final AnnotationPipeline pipeline;
    private final NERCombinerAnnotator recognizer;
    private final Annotator tokenizer;
    private final Annotator tagger;

    /** The one pipeline of this JVM, loaded on first use (it takes seconds and a gigabyte). */
    public static CoreNlpPipeline shared() {
        if (shared == null) {
            synchronized (CoreNlpPipeline.class) {
                if (shared == null) {
                    shared = new CoreNlpPipeline();
                }
            }
        }
        return shared;
    }

    public CoreNlpPipeline() {
        Properties props = properties();
        AnnotatorImplementations make = new AnnotatorImplementations();
        // The NER and parser models take about four seconds each to load: on threads of their own.
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "load-corenlp-model");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Annotator> ner = loaders.submit(() -> make.ner(props));
            Future<Annotator> parser = loaders.submit(() -> new EnhancedParseAnnotator(props));
            tokenizer = make.tokenizer(props);
            tagger = make.posTagger(props);
            recognizer = (NERCombinerAnnotator) ner.get();
            if (!SUTIME_ALL_SENTENCES) {
                TemporalSentenceFilter.install(recognizer);
            }
            // The tokenizer also splits sentences (CoreNLP 4.5), so there is no separate ssplit annotator.
            this.pipeline = new AnnotationPipeline(List.of(tokenizer,
                    tagger, new NationalAsNoun(), make.morpha(props, false), recognizer, parser.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CoreNLP", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            loaders.shutdown();
        }
    }

    /** Whether SUTime is given only the stretches of sentences near a temporal word. */
    boolean sutimeFiltered() {
        return TemporalSentenceFilter.installedIn(recognizer);
    }

    /** Only tokens, sentences and parts of speech (what SUTime needs), for tests of the SUTime filter. */
    Annotation tokensAndTags(String body) {
        Annotation doc = new Annotation(body);
        tokenizer.annotate(doc);
        tagger.annotate(doc);
        return doc;
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always"); // wrapped text is joined at ingest (WrappedLines)
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        // The parser caches the hidden-layer product of each (word, position) it meets; CoreNLP's
        // 5,000 entries were thrashed by news text (a miss is a 200x50 matrix product), 200,000
        // (about 180 MB) keep most of them. It changes no result, only speed.
        props.setProperty("depparse.numCached", "200000");
        // A "sentence" of thousands of words (a list, a table, text without full stops) costs the
        // tagger, the NER and SUTime time out of all proportion: longer ones are left untagged,
        // unrecognised and unparsed. News sentences run to 60 or 70 tokens, so no result changes.
        String maxTokens = Integer.toString(MAX_SENTENCE_TOKENS);
        props.setProperty("pos.maxlen", maxTokens);
        props.setProperty("ner.maxlen", maxTokens);
        props.setProperty("depparse.maxlen", maxTokens);
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE_PREFIX))
                .forEach(k -> props.setProperty(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k)));
        return props;
    }

    private static String overrides() {
        StringBuilder s = new StringBuilder();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(OVERRIDE_PREFIX)).sorted()
                .forEach(k -> s.append(';').append(k.substring(OVERRIDE_PREFIX.length())).append('=')
                        .append(System.getProperty(k)));
        return s.toString();
    }

    @Override
    public List<Sentence> annotate(String body, LocalDate date) {
        CoreDocument doc = new CoreDocument(body);
        if (date != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(doc.annotation());
        doc.wrapAnnotations();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            sentences.add(toSentence(sentences.size(), body, s));
        }
        return sentences;
    }

    private static Sentence toSentence(int index, String body, CoreSentence s) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : s.tokens()) {
            tokens.add(new Token(t.index() - 1, t.word(), t.lemma(), t.tag(), t.ner(),
                    t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    t.beginPosition(), t.endPosition()));
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, body.substring(begin, end), tokens, dependencies(s.dependencyParse()));
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> deps = new ArrayList<>();
        if (graph == null) {
            return deps;
        }
        for (IndexedWord root : graph.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                    e.getDependent().index() - 1));
        }
        return deps;
    }
}
