package app.admired.ingest;

import java.util.List;

/**
 * What ingest made of one corpus file.
 *
 * @param path        relative path with {@code /} separators
 * @param contentHash SHA-256 of the file's bytes, hex; empty when the file could not be read
 * @param format      the reader's format name, or empty when the file was skipped whole
 * @param encoding    the charset the text was decoded with, or empty
 * @param documents   the documents read, in file order
 * @param skipped     the whole file, or records inside it, that were skipped
 */
public record FileOutcome(
        String path,
        String contentHash,
        String format,
        String encoding,
        List<SourceDocument> documents,
        List<SkippedFile> skipped) {

    public FileOutcome {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }

    static FileOutcome skippedWhole(String path, String contentHash, String reason, String detail) {
        return new FileOutcome(path, contentHash, "", "", List.of(), List.of(new SkippedFile(path, reason, detail)));
    }
}
