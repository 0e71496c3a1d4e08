package app.admired.bench;

import app.admired.SuppressForbidden;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The baseline a user would write first: one CoreNLP pipeline with
 * tokenize,ssplit,pos,lemma,ner,parse,sentiment and CoreNLP's default properties for them, over
 * the whole text of every file, on one thread. Usage: {@code NaiveBaseline CORPUS}.
 */
public final class NaiveBaseline {

    private NaiveBaseline() {}

    @SuppressForbidden("the baseline measures a stock CoreNLP pipeline, not admired's")
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Measure total = new Measure();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = total.seconds();
        Measure.resetPeaks();
        long tokens = 0;
        for (Path file : files) {
            Annotation annotation = new Annotation(Files.readString(file, StandardCharsets.UTF_8));
            pipeline.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        Measure.print("naive", files.size(), tokens, total.seconds(), load);
    }
}
