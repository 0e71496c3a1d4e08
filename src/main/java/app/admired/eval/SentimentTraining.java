package app.admired.eval;

import app.admired.nlp.TargetSentimentModel;
import app.admired.nlp.TargetedSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Trains the targeted sentiment model on NewsMTSC: featurises each labelled target once (parse,
 * sentiment tree, dependencies, cues), then fits logistic regression for each regularisation value
 * and keeps the one with the best macro-F1 on the development file as a whole.
 */
public final class SentimentTraining {

    /** The chosen model and the development F1m of every sigma tried, in order. */
    public record Result(TargetSentimentModel model, double bestSigma, List<double[]> sigmaAndDevF1) {}

    private SentimentTraining() {}

    public static List<TargetSentimentModel.Example> examples(
            List<NewsMtsc.Sentence> sentences, TargetedSentiment sentiment, IntConsumer progress) {
        List<TargetSentimentModel.Example> examples = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            NewsMtsc.Sentence sentence = sentences.get(s);
            List<List<String>> features = sentiment.features(sentence.text(), sentence.targets());
            for (int i = 0; i < features.size(); i++) {
                examples.add(new TargetSentimentModel.Example(
                        features.get(i), sentence.polarities().get(i)));
            }
            progress.accept(s + 1);
        }
        return examples;
    }

    public static Result train(
            List<TargetSentimentModel.Example> train, List<TargetSentimentModel.Example> dev, List<Double> sigmas) {
        TargetSentimentModel best = null;
        double bestSigma = Double.NaN;
        double bestF1 = -1;
        List<double[]> tried = new ArrayList<>();
        for (double sigma : sigmas) {
            TargetSentimentModel model = TargetSentimentModel.train(train, sigma);
            Confusion confusion = new Confusion(SentimentEvaluation.LABELS);
            dev.forEach(e -> confusion.add(e.polarity(), model.classify(e.features())));
            double f1 = confusion.macroF1();
            tried.add(new double[] {sigma, f1});
            if (f1 > bestF1) {
                best = model;
                bestSigma = sigma;
                bestF1 = f1;
            }
        }
        return new Result(best, bestSigma, tried);
    }
}
