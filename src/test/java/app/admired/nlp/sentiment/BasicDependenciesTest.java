package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.admired.SuppressForbidden;
import app.admired.nlp.CoreNlpSettings;
import app.admired.nlp.NlpPipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our one basic graph must be exactly the graph CoreNLP's parse annotator builds when it builds
 * all five: the sentiment model was trained on features read from it.
 */
@Tag("corenlp")
class BasicDependenciesTest {

    @Test
    @SuppressForbidden("compares NlpPipeline's graphs with a second pipeline that CoreNLP builds them in")
    void sameGraphAsTheParseAnnotatorBuilds() {
        Properties props = CoreNlpSettings.judgePipeline();
        props.setProperty("parse.buildgraphs", "true");
        StanfordCoreNLP withGraphs = new StanfordCoreNLP(props);
        String text = "I admire Larry Ellison, but I can't stand Jeff Bezos. "
                + "\"Lisa Su is a role model for anyone in operations,\" Kowalczyk said. "
                + "Critics say Victor Crane, the CIO who joined in 2014, was arrogant and incompetent. "
                + "Many employees blamed Karl Young for the failed migration; others praised him (quietly).";
        Annotation annotation = new Annotation(text);
        NlpPipeline.shared().find(CoreNlpSettings.Sentences.PROSE).annotate(annotation);
        withGraphs.annotate(annotation);
        int compared = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph expected = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            SemanticGraph ours = BasicDependencies.of(sentence.get(TreeCoreAnnotations.TreeAnnotation.class));
            assertEquals(expected.toList(), ours.toList(), sentence.toString());
            compared++;
        }
        assertEquals(4, compared);
    }
}
