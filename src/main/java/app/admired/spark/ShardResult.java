package app.admired.spark;

import app.admired.ingest.SkippedFile;
import java.io.Serializable;
import java.util.List;

/**
 * What one task attempt sends back to the driver: where its committed shard is and what it did.
 * Plain serializable values only (an ingest record is not {@link Serializable}).
 */
record ShardResult(
        String shard,
        List<FileLine> files,
        long sentences,
        long parsedSentences,
        long tokens,
        long ingestNanos,
        long modelLoadMillis)
        implements Serializable {

    /** One file of the shard: its path, format, encoding, documents, sentences and skips. */
    record FileLine(String path, String format, String encoding, int documents, int sentences, List<SkipLine> skips)
            implements Serializable {

        FileDone toFileDone() {
            return new FileDone(
                    path,
                    format,
                    encoding,
                    documents,
                    sentences,
                    skips.stream()
                            .map(s -> new SkippedFile(s.path(), s.reason(), s.detail()))
                            .toList());
        }
    }

    /** A {@link SkippedFile}, serializable. */
    record SkipLine(String path, String reason, String detail) implements Serializable {}
}
