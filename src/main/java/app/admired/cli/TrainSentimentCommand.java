package app.admired.cli;

import app.admired.eval.NewsMtsc;
import app.admired.eval.SentimentTraining;
import app.admired.nlp.TargetSentimentModel;
import app.admired.nlp.TargetedSentiment;
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
            defaultValue = "0.25,0.5,1,2",
            paramLabel = "S",
            description = "L2 prior standard deviations to try (default: ${DEFAULT-VALUE}).")
    List<Double> sigmas;

    @Option(
            names = "--out",
            defaultValue = "src/main/resources/app/admired/nlp/target-sentiment.ser.gz",
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
        SentimentTraining.Result result = SentimentTraining.train(trainExamples, devExamples, sigmas);
        PrintWriter stdout = spec.commandLine().getOut();
        for (double[] tried : result.sigmaAndDevF1()) {
            stdout.printf(Locale.ROOT, "sigma=%s dev F1m=%.4f%n", tried[0], tried[1]);
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        result.model().save(out);
        stdout.printf(Locale.ROOT, "kept sigma=%s, wrote %s%n", result.bestSigma(), out);
        stdout.flush();
        return ExitCodes.OK;
    }
}
