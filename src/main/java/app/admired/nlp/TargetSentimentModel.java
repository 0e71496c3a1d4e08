package app.admired.nlp;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The targeted sentiment classifier: CoreNLP's logistic regression ({@link LinearClassifier}) over
 * {@link TargetFeatures}, trained on NewsMTSC (MIT licence) by {@code admired train-sentiment}. The
 * trained model ships as the resource {@code target-sentiment.ser.gz}.
 */
public final class TargetSentimentModel {

    public static final String NEGATIVE = "negative";
    public static final String NEUTRAL = "neutral";
    public static final String POSITIVE = "positive";
    static final String RESOURCE = "target-sentiment.ser.gz";

    /** A labelled training example: the features of one target and its gold polarity. */
    public record Example(List<String> features, String polarity) {}

    /** The classifier's verdict: the most likely polarity and P(positive) - P(negative). */
    public record Prediction(String polarity, double score) {}

    private final LinearClassifier<String, String> classifier;

    private TargetSentimentModel(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** The model shipped in resources. */
    public static TargetSentimentModel bundled() {
        try (InputStream in = TargetSentimentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (run 'admired train-sentiment')");
            }
            try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
                @SuppressWarnings("unchecked")
                LinearClassifier<String, String> classifier = (LinearClassifier<String, String>) objects.readObject();
                return new TargetSentimentModel(classifier);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the bundled sentiment model is not readable", e);
        }
    }

    /** L2-regularised logistic regression; {@code sigma} is the prior's standard deviation. */
    public static TargetSentimentModel train(List<Example> examples, double sigma) {
        Dataset<String, String> dataset = new Dataset<>();
        for (Example example : examples) {
            dataset.add(new BasicDatum<>(example.features(), example.polarity()));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return new TargetSentimentModel(factory.trainClassifier(dataset));
    }

    public void save(Path file) throws IOException {
        IOUtils.writeObjectToFile(classifier, file.toFile());
    }

    /** The most likely polarity for a feature list (used to tune the model on held-out data). */
    public String classify(List<String> features) {
        return predict(features).polarity();
    }

    Prediction predict(List<String> features) {
        Counter<String> probabilities = classifier.probabilityOf(new BasicDatum<>(features));
        double positive = probabilities.getCount(POSITIVE);
        double negative = probabilities.getCount(NEGATIVE);
        double neutral = probabilities.getCount(NEUTRAL);
        String best = positive >= negative && positive >= neutral ? POSITIVE : negative >= neutral ? NEGATIVE : NEUTRAL;
        return new Prediction(best, positive - negative);
    }
}
