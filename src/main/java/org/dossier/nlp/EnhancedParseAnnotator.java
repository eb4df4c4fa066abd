package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, keeping only the enhanced++ graph the extraction reads.
 * CoreNLP's own depparse annotator builds five graphs of each parse (basic, collapsed,
 * CC-processed, enhanced, enhanced++), which was about a tenth of all annotation time.
 */
final class EnhancedParseAnnotator extends SentenceAnnotator {

    private final DependencyParser parser;
    private final int maxTokens;

    /** Reads the {@code depparse.*} properties, as CoreNLP's depparse annotator does. */
    EnhancedParseAnnotator(Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, Annotator.STANFORD_DEPENDENCIES + '.');
        this.parser = DependencyParser.loadFromModelFile(
                PropertiesUtils.getString(own, "model", DependencyParser.DEFAULT_MODEL), own);
        this.maxTokens = PropertiesUtils.getInt(own, "maxlen", Integer.MAX_VALUE);
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens) {
            return; // too long to parse in reasonable time: the sentence has no dependencies
        }
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                        GrammaticalStructure.Extras.NONE, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // No time limit is set, so no sentence fails for lack of time.
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
