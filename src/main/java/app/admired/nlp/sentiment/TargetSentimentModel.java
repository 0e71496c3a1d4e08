package app.admired.nlp.sentiment;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The targeted sentiment classifier: CoreNLP's logistic regression ({@link LinearClassifier}) over
 * {@link TargetFeatures} (sparse CoreNLP features and the dense encoder vectors), trained on
 * NewsMTSC (MIT licence) by {@code admired train-sentiment}. The trained model ships as the
 * resource {@code target-sentiment.ser.gz}, with the scale its dense features were trained at.
 */
public final class TargetSentimentModel {

    public static final String NEGATIVE = "negative";
    public static final String NEUTRAL = "neutral";
    public static final String POSITIVE = "positive";
    public static final String RESOURCE = "target-sentiment.ser.gz";

    /**
     * One target's features: sparse binary feature names (a name may repeat: it then counts twice)
     * and a dense vector (the encoder's), both opaque to callers outside this package.
     */
    public record Features(List<String> sparse, float[] dense) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A labelled training example: the features of one target and its gold polarity. */
    public record Example(Features features, String polarity) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The classifier's verdict: the most likely polarity and P(positive) - P(negative). */
    public record Prediction(String polarity, double score) {}

    /**
     * What is serialised: the classifier, the factor the dense features are multiplied by (it sets
     * their regularisation relative to the sparse ones) and the layout of the dense vector.
     */
    private record Stored(LinearClassifier<String, String> classifier, double denseScale, String denseLayout)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Stored stored;

    private TargetSentimentModel(Stored stored) {
        this.stored = stored;
    }

    /** The model shipped in resources. */
    public static TargetSentimentModel bundled() {
        try (InputStream in = TargetSentimentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (run 'admired train-sentiment')");
            }
            try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
                Object read = objects.readObject();
                if (!(read instanceof Stored stored) || !TargetFeatures.DENSE_LAYOUT.equals(stored.denseLayout())) {
                    throw new IllegalStateException(
                            "the bundled sentiment model was trained on other features (run 'admired train-sentiment')");
                }
                return new TargetSentimentModel(stored);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the bundled sentiment model is not readable", e);
        }
    }

    /**
     * L2-regularised logistic regression; {@code sigma} is the prior's standard deviation, {@code
     * denseScale} multiplies every dense feature (a larger scale regularises them less).
     */
    public static TargetSentimentModel train(List<Example> examples, double sigma, double denseScale) {
        RVFDataset<String, String> dataset = new RVFDataset<>();
        for (Example example : examples) {
            dataset.add(datum(example.features(), denseScale, example.polarity()));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(dataset);
        return new TargetSentimentModel(new Stored(classifier, denseScale, TargetFeatures.DENSE_LAYOUT));
    }

    public void save(Path file) throws IOException {
        IOUtils.writeObjectToFile(stored, file.toFile());
    }

    /** The most likely polarity for a target's features (used to tune the model on held-out data). */
    public String classify(Features features) {
        return predict(features).polarity();
    }

    Prediction predict(Features features) {
        Counter<String> probabilities = stored.classifier().probabilityOf(datum(features, stored.denseScale(), null));
        double positive = probabilities.getCount(POSITIVE);
        double negative = probabilities.getCount(NEGATIVE);
        double neutral = probabilities.getCount(NEUTRAL);
        String best = positive >= negative && positive >= neutral ? POSITIVE : negative >= neutral ? NEGATIVE : NEUTRAL;
        return new Prediction(best, positive - negative);
    }

    private static final String[] DENSE_NAMES = denseNames(TargetFeatures.DENSE_SIZE);

    private static String[] denseNames(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "E" + i;
        }
        return names;
    }

    private static RVFDatum<String, String> datum(Features features, double denseScale, String label) {
        ClassicCounter<String> values = new ClassicCounter<>();
        for (String name : features.sparse()) {
            values.incrementCount(name);
        }
        float[] dense = features.dense();
        for (int i = 0; i < dense.length; i++) {
            values.setCount(DENSE_NAMES[i], dense[i] * denseScale);
        }
        return new RVFDatum<>(values, label);
    }
}
