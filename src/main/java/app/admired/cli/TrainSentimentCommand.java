package app.admired.cli;

import app.admired.eval.NewsMtsc;
import app.admired.eval.SentimentTraining;
import app.admired.nlp.sentiment.TargetSentimentModel;
import app.admired.nlp.sentiment.TargetedSentiment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code admired train-sentiment TRAIN --dev DEV}: the reproducible training command for the bundled
 * targeted sentiment model (docs/ACCURACY.md).
 */
@Command(
        name = "train-sentiment",
        mixinStandardHelpOptions = true,
        description = "Train the targeted sentiment model on NewsMTSC JSONL and write it as a gzip'd model file.")
final class TrainSentimentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TRAIN", description = "NewsMTSC training file (train.jsonl).")
    Path train;

    @Option(
            names = "--dev",
            required = true,
            split = ",",
            paramLabel = "FILE",
            description = "Development file(s), comma-separated: each sigma is scored on all of them as a whole,"
                    + " the best is kept.")
    List<Path> dev;

    @Option(
            names = "--sigma",
            split = ",",
            defaultValue = "0.05,0.1,0.15,0.25,0.5",
            paramLabel = "S",
            description = "L2 prior standard deviations to try (default: ${DEFAULT-VALUE}).")
    List<Double> sigmas;

    @Option(
            names = "--dense-scale",
            split = ",",
            defaultValue = "1,2,3",
            paramLabel = "X",
            description =
                    "Factors for the encoder's dense features to try with every sigma (default: ${DEFAULT-VALUE}).")
    List<Double> denseScales;

    @Option(
            names = "--features-cache",
            paramLabel = "FILE",
            description = "Keep the featurised training and dev examples in FILE: read them from it when it exists"
                    + " (to try other settings without parsing again), else write it. Delete it when the data,"
                    + " the features or the cue rules change.")
    Path featuresCache;

    @Option(
            names = "--out",
            defaultValue = "src/main/resources/app/admired/nlp/sentiment/target-sentiment.ser.gz",
            paramLabel = "FILE",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<NewsMtsc.Sentence> trainData =
                EvalCommand.readData(spec, () -> NewsMtsc.read(EvalCommand.existingFile(spec, train)));
        List<NewsMtsc.Sentence> devData = new java.util.ArrayList<>();
        for (Path file : dev) {
            devData.addAll(EvalCommand.readData(spec, () -> NewsMtsc.read(EvalCommand.existingFile(spec, file))));
        }
        List<List<TargetSentimentModel.Example>> examples;
        if (featuresCache != null && Files.isRegularFile(featuresCache)) {
            err.printf(Locale.ROOT, "admired: reading featurised examples from %s%n", featuresCache);
            err.flush();
            examples = SentimentTraining.readExamples(featuresCache);
        } else {
            examples = featurise(err, trainData, devData);
            if (featuresCache != null) {
                SentimentTraining.writeExamples(featuresCache, examples);
            }
        }
        List<TargetSentimentModel.Example> trainExamples = examples.get(0);
        List<TargetSentimentModel.Example> devExamples = examples.get(1);
        SentimentTraining.Result result = SentimentTraining.train(trainExamples, devExamples, sigmas, denseScales);
        PrintWriter stdout = spec.commandLine().getOut();
        for (SentimentTraining.Tried tried : result.tried()) {
            stdout.printf(
                    Locale.ROOT,
                    "sigma=%s dense-scale=%s dev F1m=%.4f%n",
                    tried.sigma(),
                    tried.denseScale(),
                    tried.devF1());
            stdout.flush();
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        result.model().save(out);
        stdout.printf(
                Locale.ROOT,
                "kept sigma=%s dense-scale=%s, wrote %s%n",
                result.best().sigma(),
                result.best().denseScale(),
                out);
        stdout.flush();
        return ExitCodes.OK;
    }

    private static List<List<TargetSentimentModel.Example>> featurise(
            PrintWriter err, List<NewsMtsc.Sentence> trainData, List<NewsMtsc.Sentence> devData) {
        TargetedSentiment sentiment = TargetedSentiment.forTraining();
        err.printf(
                Locale.ROOT,
                "admired: featurising %d training and %d development sentences%n",
                trainData.size(),
                devData.size());
        err.flush();
        List<TargetSentimentModel.Example> trainExamples = SentimentTraining.examples(trainData, sentiment, n -> {
            if (n % 1000 == 0) {
                err.printf(Locale.ROOT, "admired: %d / %d training sentences%n", n, trainData.size());
                err.flush();
            }
        });
        List<TargetSentimentModel.Example> devExamples = SentimentTraining.examples(devData, sentiment, n -> {});
        return List.of(trainExamples, devExamples);
    }
}
