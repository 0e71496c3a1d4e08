package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.IndexUnavailableException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read an index. */
final class IndexOptions {

    @Option(
            names = "--index",
            defaultValue = "output/index",
            paramLabel = "DIR",
            description = "Index folder written by 'run' (default: ${DEFAULT-VALUE}).")
    Path index;

    /** Opens the index, or fails with exit code 4 and one plain line. */
    CorpusIndexReader open() {
        try {
            return CorpusIndexReader.open(index);
        } catch (IndexUnavailableException e) {
            throw new CommandFailure(ExitCodes.NO_INDEX, e.getMessage());
        }
    }
}
