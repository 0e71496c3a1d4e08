package app.admired.eval;

import app.admired.nlp.sentiment.TargetSentimentModel;
import app.admired.nlp.sentiment.TargetedSentiment;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the targeted sentiment model on NewsMTSC: featurises each labelled target once (parse,
 * sentiment tree, dependencies, cues), then fits logistic regression for each regularisation value
 * and keeps the one with the best macro-F1 on the development file as a whole.
 */
public final class SentimentTraining {

    /** The chosen model and the development F1m of every sigma tried, in order. */
    public record Result(TargetSentimentModel model, Tried best, List<Tried> tried) {}

    /** One setting tried: the L2 prior's sigma, the dense features' scale, and the dev macro-F1. */
    public record Tried(double sigma, double denseScale, double devF1) {}

    private SentimentTraining() {}

    public static List<TargetSentimentModel.Example> examples(
            List<NewsMtsc.Sentence> sentences, TargetedSentiment sentiment, IntConsumer progress) {
        List<TargetSentimentModel.Example> examples = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            NewsMtsc.Sentence sentence = sentences.get(s);
            List<TargetSentimentModel.Features> features = sentiment.features(sentence.text(), sentence.targets());
            for (int i = 0; i < features.size(); i++) {
                examples.add(new TargetSentimentModel.Example(
                        features.get(i), sentence.polarities().get(i)));
            }
            progress.accept(s + 1);
        }
        return examples;
    }

    /** Fits one model per (sigma, dense scale) pair, in the order given, and keeps the best on dev. */
    public static Result train(
            List<TargetSentimentModel.Example> train,
            List<TargetSentimentModel.Example> dev,
            List<Double> sigmas,
            List<Double> denseScales) {
        TargetSentimentModel best = null;
        Tried bestTried = null;
        List<Tried> tried = new ArrayList<>();
        for (double scale : denseScales) {
            for (double sigma : sigmas) {
                TargetSentimentModel model = TargetSentimentModel.train(train, sigma, scale);
                Confusion confusion = new Confusion(SentimentEvaluation.LABELS);
                dev.forEach(e -> confusion.add(e.polarity(), model.classify(e.features())));
                Tried t = new Tried(sigma, scale, confusion.macroF1());
                tried.add(t);
                if (bestTried == null || t.devF1() > bestTried.devF1()) {
                    best = model;
                    bestTried = t;
                }
            }
        }
        return new Result(best, bestTried, tried);
    }

    /** Writes featurised example lists (gzip'd Java serialisation), for {@code --features-cache}. */
    public static void writeExamples(Path file, List<List<TargetSentimentModel.Example>> examples) throws IOException {
        try (ObjectOutputStream out =
                new ObjectOutputStream(new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file))))) {
            out.writeObject(
                    new ArrayList<>(examples.stream().map(ArrayList::new).toList()));
        }
    }

    /** Reads what {@link #writeExamples} wrote. */
    @SuppressWarnings("unchecked")
    public static List<List<TargetSentimentModel.Example>> readExamples(Path file) throws IOException {
        try (ObjectInputStream in =
                new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file))))) {
            return (List<List<TargetSentimentModel.Example>>) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("not a features cache: " + file, e);
        }
    }
}
