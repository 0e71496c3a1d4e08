package app.admired.spark;

import app.admired.ingest.SkippedFile;
import java.util.List;

/**
 * One corpus file indexed by a Spark task, as the driver reports it.
 *
 * @param path      relative path in the corpus
 * @param format    the reader's format, or empty when the file was skipped whole
 * @param encoding  the charset the text was decoded with
 * @param documents documents indexed
 * @param sentences sentences annotated
 * @param skips     what the file's records say was skipped
 */
public record FileDone(
        String path, String format, String encoding, int documents, int sentences, List<SkippedFile> skips) {

    public FileDone {
        skips = List.copyOf(skips);
    }
}
