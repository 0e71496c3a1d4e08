package app.admired.ingest;

import java.util.List;

/**
 * Reads one input format. Implementations are small, stateless and registered in
 * {@link DocumentReaders}; the first whose {@link #accepts} is true reads the file.
 */
public interface DocumentReader {

    /** A short name for the format, used in the run summary ({@code text}, {@code markdown} …). */
    String format();

    /** Whether this reader handles the file (by extension, and if need be by its content). */
    boolean accepts(InputFile file);

    /**
     * The documents in the file, in file order, and the records inside it that were skipped.
     *
     * @throws UnreadableInputException when the file holds nothing usable, with the reason
     */
    ReadResult read(InputFile file) throws UnreadableInputException;

    /** What a reader got out of one file. */
    record ReadResult(List<SourceDocument> documents, List<SkippedFile> skippedRecords) {
        public ReadResult {
            documents = List.copyOf(documents);
            skippedRecords = List.copyOf(skippedRecords);
        }

        public static ReadResult of(List<SourceDocument> documents) {
            return new ReadResult(documents, List.of());
        }
    }
}
