package app.admired.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admired run [CORPUS] [--out DIR]}: the whole batch. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read a corpus folder, annotate it, index it in Lucene and write the ranked reports.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS",
            description = "Folder of articles and comment threads, read recursively (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
            description = "Output folder for the index and reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--verbose", description = "Also show CoreNLP's own log lines (model loading and so on).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "corpus folder not found: " + corpus);
        }
        Batch.Result result = new Batch(spec.commandLine().getOut(), spec.commandLine().getErr()).run(corpus, out);
        return result.documents() == 0 ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
    }
}
