package app.admired.cli;

import app.admired.eval.Confusion;
import app.admired.eval.Conll;
import app.admired.eval.NerEvaluation;
import app.admired.eval.NewsMtsc;
import app.admired.eval.QuoteEvaluation;
import app.admired.eval.QuoteSet;
import app.admired.eval.SentimentEvaluation;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.sentiment.TargetedSentiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code admired eval newsmtsc FILE} and {@code admired eval ner FILE}: accuracy on labelled data. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure accuracy on labelled data.",
        subcommands = {EvalCommand.NewsMtscCommand.class, EvalCommand.NerCommand.class, EvalCommand.QuotesCommand.class
        })
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing evaluation: newsmtsc, ner or quotes");
    }

    static Path existingFile(CommandLine.Model.CommandSpec spec, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "file not found: " + file);
        }
        return file;
    }

    static <T> T readData(CommandLine.Model.CommandSpec spec, DataReader<T> reader) {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot read the data: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    interface DataReader<T> {
        T read() throws IOException;
    }

    @Command(
            name = "newsmtsc",
            mixinStandardHelpOptions = true,
            description = "Targeted sentiment on NewsMTSC JSONL: accuracy, macro-F1 (F1m) and confusion matrix,"
                    + " ours and the CoreNLP sentence-level baseline. Last line: F1m=<value> accuracy=<value>.")
    static final class NewsMtscCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "NewsMTSC JSON Lines file.")
        Path file;

        @Override
        public Integer call() {
            List<NewsMtsc.Sentence> data = readData(spec, () -> NewsMtsc.read(existingFile(spec, file)));
            SentimentEvaluation.Result result = SentimentEvaluation.run(data, TargetedSentiment.standard());
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%s: %d targets in %d sentences%n",
                    file,
                    result.targeted().total(),
                    data.size());
            print(out, "targeted (admired)", result.targeted());
            print(out, "sentence-level baseline (CoreNLP sentiment of the whole sentence)", result.sentenceLevel());
            out.printf(
                    Locale.ROOT,
                    "F1m=%.4f accuracy=%.4f%n",
                    result.targeted().macroF1(),
                    result.targeted().accuracy());
            out.flush();
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, String title, Confusion confusion) {
            out.printf(
                    Locale.ROOT,
                    "%n%s%n  accuracy %.4f  F1m %.4f  (F1 negative %.4f, neutral %.4f, positive %.4f)%n",
                    title,
                    confusion.accuracy(),
                    confusion.macroF1(),
                    confusion.f1(0),
                    confusion.f1(1),
                    confusion.f1(2));
            confusion.table().lines().forEach(line -> out.println("  " + line));
        }
    }

    @Command(
            name = "ner",
            mixinStandardHelpOptions = true,
            description = "Person NER on CoNLL data (e.g. Wikigold): precision, recall and F1 on exact PER spans."
                    + " Last line: F1=<value>.")
    static final class NerCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(
                paramLabel = "FILE",
                description = "CoNLL file: 'token TAG' per line, blank line between sentences.")
        Path file;

        @Override
        public Integer call() {
            List<Conll.Sentence> data = readData(spec, () -> Conll.read(existingFile(spec, file)));
            NerEvaluation.Result result = NerEvaluation.run(data, PersonAnnotator.standard());
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%s: %d sentences, %d gold person spans, %d predicted, %d exact matches%n",
                    file,
                    data.size(),
                    result.gold(),
                    result.predicted(),
                    result.truePositives());
            out.printf(Locale.ROOT, "precision %.4f  recall %.4f%n", result.precision(), result.recall());
            out.printf(Locale.ROOT, "F1=%.4f%n", result.f1());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "quotes",
            mixinStandardHelpOptions = true,
            description = "Quote spans and speakers on a labelled JSON Lines file (docs/EVAL-QUOTES.md):"
                    + " precision and recall of spans, speaker accuracy, holder accuracy."
                    + " Last line: speaker_accuracy=<value>.")
    static final class QuotesCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Labelled quotes, JSON Lines.")
        Path file;

        @CommandLine.Option(names = "--errors", description = "Also list every miss.")
        boolean errors;

        @Override
        public Integer call() {
            List<QuoteSet.Document> data = readData(spec, () -> QuoteSet.read(existingFile(spec, file)));
            QuoteEvaluation.Result r = QuoteEvaluation.run(data, PersonAnnotator.standard(), true);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%s: %d documents, %d gold quotes, %d predicted, %d gold matched%n",
                    file,
                    data.size(),
                    r.gold(),
                    r.predicted(),
                    r.matchedGold());
            out.printf(Locale.ROOT, "spans: precision %.4f  recall %.4f%n", r.precision(), r.recall());
            out.printf(
                    Locale.ROOT,
                    "speakers: %d of %d gold quotes right (%.4f of the matched)%n",
                    r.rightSpeaker(),
                    r.gold(),
                    r.speakerAccuracyOnMatched());
            out.printf(
                    Locale.ROOT,
                    "holders: %d of %d first mentions right, holder_accuracy=%.4f%n",
                    r.rightHolders(),
                    r.holders(),
                    r.holderAccuracy());
            if (errors) {
                r.errors().forEach(e -> out.println("  " + e));
            }
            out.printf(Locale.ROOT, "speaker_accuracy=%.4f%n", r.speakerAccuracy());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
