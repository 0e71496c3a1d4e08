package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.IndexUnavailableException;
import app.admired.report.ReportWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admired report}: rewrites the reports from the index, annotating nothing. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Regenerate the CSV reports from an existing index without annotating anything.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: OUT/index).")
    Path index;

    @Option(
            names = "--out",
            defaultValue = "output",
            paramLabel = "DIR",
            description = "Folder the reports are written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RunCommand.requireFolderOrAbsent(spec, "--out", out);
        Path indexDir = index != null ? index : out.resolve(Batch.INDEX_DIR);
        try (CorpusIndexReader reader = CorpusIndexReader.open(indexDir)) {
            ReportWriter.Written written = ReportWriter.write(reader, out);
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "admired: wrote the reports in %s (%d people, %d documents)%n",
                            out,
                            written.ranking().size(),
                            written.documents());
            return ExitCodes.OK;
        } catch (IndexUnavailableException e) {
            throw new CommandFailure(ExitCodes.NO_INDEX, e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            CommandFailure fault = Faults.ofWriting(e, out, Faults.Stage.AFTER_COMMIT);
            throw fault != null ? fault : e;
        }
    }
}
